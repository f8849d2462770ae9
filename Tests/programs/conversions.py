import sys

# Conversions between int, float, str and bool; int() of malformed strings raises ValueError.

def try_int(s):
    try:
        return "%d" % int(s)
    except ValueError:
        return "ValueError"


def try_float(s):
    try:
        return repr(float(s))
    except ValueError:
        return "ValueError"


def entry_point(argv):
    for s in ["0", "-0", "42", "  17  ", "+5", "-123456789012", "1_000", "12a", "", " ", "3.0", "0x1f", "٣"]:
        print("[%s] %s" % (s, try_int(s)))
    for s in ["1.5", "-2", "1e-3", "inf", "-inf", "  2.25 ", "abc", "1.2.3", "nan", "1_0.5", ".5", "5."]:
        print("[%s] %s" % (s, try_float(s)))
    print(int(2.9), int(-2.9), int(True), int(1e18), float(3), float(-0))
    print(str(123), str(-4), str(0.5), str(1e20), str(False), repr(12), repr(-1.5))
    print(int("  -9 "), int("007"), str(int("10") + 5))
    print(bool(int("0")), bool(float("0.1")))
    print(chr(ord("a") + 1), ord("€"), str(ord("Z")))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
