import sys

# The built-in format(value, spec) at run time.

def entry_point(argv):
    n = 42
    x = 3.14159
    s = "ab"
    print(format(n, "08d"), format(x, ".1f"), format(s, ">4"), format(255, "x"))
    print(format(n, ""), format(x, "e"), format(-n, "+d"), format(1234567, ","))
    print("[" + format(s, "^6") + "]", format(n, "b"), format(0.5, ".0%"))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
