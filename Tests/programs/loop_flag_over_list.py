import sys

# A bool flag rebound inside a for loop over a list or a string (the loop's next() can raise
# StopIteration): the flag's new value must be seen by the next iteration.

def join_with_bars(row):
    out = []
    first = True
    for cell in row:
        if not first:
            out.append("|")
        first = False
        out.append(cell)
    return "".join(out)


def count_first(row):
    flag = True
    count = 0
    for c in row:
        if flag:
            count += 1
        flag = False
    return count


def after_space(text):
    out = []
    seen = False
    for c in text:
        if seen:
            out.append(c)
        if c == " ":
            seen = True
    return "".join(out)


def mode_switch(items):
    state = 0
    out = []
    for x in items:
        if state == 0:
            out.append("a" + x)
            state = 1
        else:
            out.append("b" + x)
            state = 0
    return ",".join(out)


def entry_point(argv):
    print(join_with_bars(["a", "b", "c"]))
    print(count_first(["x", "y", "z"]))
    print(after_space("hello big world"))
    print(mode_switch(["1", "2", "3", "4"]))
    total = 0
    d = {"k": 1, "j": 2}
    first = True
    for k in d:
        if first:
            first = False
            continue
        total += d[k]
    print(total)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
