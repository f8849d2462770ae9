import sys
from rlib.rstring import StringBuilder

# StringBuilder from rlib.rstring: append, append_slice, append_multiple_char, getlength, build.

def render_table(rows):
    sb = StringBuilder()
    for row in rows:
        for j in range(len(row)):
            cell = row[j]
            if j > 0:
                sb.append(" | ")
            sb.append(cell)
            sb.append_multiple_char(" ", 6 - len(cell))
        sb.append("\n")
    return sb.build()


def escape(s):
    sb = StringBuilder(len(s))
    start = 0
    for i in range(len(s)):
        c = s[i]
        if c == "<" or c == ">" or c == "&":
            sb.append_slice(s, start, i)
            if c == "<":
                sb.append("&lt;")
            elif c == ">":
                sb.append("&gt;")
            else:
                sb.append("&amp;")
            start = i + 1
    sb.append_slice(s, start, len(s))
    return sb.build()


def entry_point(argv):
    print(render_table([["a", "bb", "ccc"], ["dddd", "e", "ñ"]]), end="")
    print(escape("<b>fish & chips</b>"), escape("plain"), escape(""))
    sb = StringBuilder()
    for i in range(1000):
        sb.append(str(i % 10))
    print(sb.getlength())
    s = sb.build()
    print(len(s), s[:15], s[-5:])
    sb.append("!")
    print(sb.getlength(), sb.build()[-3:])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
