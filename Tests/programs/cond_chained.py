import sys

# Conditional expressions, chained comparisons, and/or returning operand values.

def sign(n):
    return "neg" if n < 0 else ("zero" if n == 0 else "pos")


def in_range(x, lo, hi):
    return lo <= x < hi


def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 0 <= score < 80:
        return "C"
    return "?"


def first_nonempty(a, b):
    return a or b


def both(a, b):
    return a and b


def entry_point(argv):
    for n in [-5, 0, 7]:
        print(n, sign(n), in_range(n, -1, 7), in_range(n, -10, 10))
    for s in [95, 85, 50, 101, -1, 90, 80]:
        print(s, grade(s))
    print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2, 1 < 2 <= 2 < 3)
    print("[" + first_nonempty("", "default") + "]", "[" + first_nonempty("x", "y") + "]")
    print("[" + both("", "y") + "]", "[" + both("x", "y") + "]")
    print(0 or 5, 3 or 5, 0 and 5, 3 and 5, 0 or 0)
    n = len(argv)
    v = 10 if n > 100 else -10
    print(v, abs(v) if v < 0 else v * 2)
    x = 5
    print(0 < x < 10 and x != 3, not 0 < x < 3)
    items = [1, 2, 3]
    e = []
    print(len(items or e), len(e or items), len(e and items))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
