import sys

# repr/str of floats must be CPython's shortest round-tripping repr.

def entry_point(argv):
    values = [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 100.0, 1e16, 1e15, 123456789012345678.0,
              1e-5, 1e-4, 0.0001234, 1e22, 1e23, 1.7976931348623157e308, 5e-324,
              -0.0, 0.0, -1.25, 3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3,
              float('inf'), -float('inf'), 9007199254740993.0, 0.5, 123.456, 1e100]
    for v in values:
        print(v, repr(v), str(v))
    print(float(7), float(-3), float("2.5"), float("1e3"), float("  -0.25 "))
    print(1e16 + 1.0, 2.0 ** 0.5, 10.0 ** -3, 2.0 ** 10)
    print(float("inf") > 1e308, -float("inf") < -1e308)
    nan = float("inf") - float("inf")
    print(nan == nan, nan != nan)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
