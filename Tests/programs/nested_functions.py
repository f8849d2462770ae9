import sys

# Nested functions defined at run time that read (never rebind) names of the enclosing
# function, called locally.

def outer(values, scale):
    offset = len(values)

    def transform(v):
        return v * scale + offset

    def total():
        s = 0
        for v in values:
            s += transform(v)
        return s

    return total()


def make_report(title, rows):
    width = len(title)

    def line(text):
        return "| " + text + " " * (width - len(text)) + " |"

    out = [line(title)]
    for r in rows:
        out.append(line(r))
    return "\n".join(out)


def entry_point(argv):
    print(outer([1, 2, 3], 10))
    print(make_report("Results...", ["a", "bcd", "efghij"]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
