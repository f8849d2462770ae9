import sys

# Booleans: printing, arithmetic as ints, not/and/or, bool() of various values.

def is_even(n):
    return n % 2 == 0


def entry_point(argv):
    t = True
    f = False
    print(t, f, not t, not f)
    print(t and f, t or f, f or t, t and t)
    print(t + t, t * 5, f + 1, t - f)
    count = 0
    for i in range(10):
        count += is_even(i)
    print("evens", count)
    print(bool(0), bool(3), bool(-1), bool(""), bool("x"), bool(0.0), bool(0.5))
    lst = []
    print(bool(lst))
    lst.append(1)
    print(bool(lst))
    print(str(True), str(False), repr(True))
    print(True == 1, False == 0, True is True, t != f)
    print(int(True), int(False), float(True))
    flags = [True, False, True, True]
    print(sum([1 for b in flags if b]), all(flags), any(flags))
    print("%s %d" % (True, True))
    print(f"{t} {f!r}")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
