import sys

# Building strings: += in loops, join of pieces, repeated concatenation, str() of mixed values,
# a text-wrapping routine and a centered banner.

def wrap(text, width):
    lines = []
    current = ""
    for word in text.split():
        if current == "":
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current != "":
        lines.append(current)
    return lines


def banner(text, width):
    pad = width - len(text) - 2
    left = pad // 2
    right = pad - left
    return "*" * width + "\n" + "*" + " " * left + text + " " * right + "*" + "\n" + "*" * width


def entry_point(argv):
    text = ("RPython is a restricted subset of Python that is amenable to static analysis "
            "and can be translated to efficient C code")
    for line in wrap(text, 24):
        print("|" + line + " " * (24 - len(line)) + "|")
    print(banner("héllo", 13))
    s = ""
    for i in range(20):
        s += chr(ord("a") + i % 26)
        if i % 5 == 4:
            s += "-"
    print(s, len(s))
    parts = []
    for i in range(5):
        parts.append(str(i) + ":" + str(i * 0.5) + ":" + str(i % 2 == 0))
    print(";".join(parts))
    big = "ab" * 5000
    print(len(big), big[4999:5003], big.count("ba"))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
