import sys

# Integer arithmetic with Python's floor semantics on negative operands.

def show_divmod(a, b):
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r)


def power_table():
    total = 0
    for base in range(-3, 4):
        for exp in range(0, 6):
            total += base ** exp
            print("%d**%d=%d" % (base, exp, base ** exp))
    return total


def entry_point(argv):
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 3), (-1, 3),
             (100, 7), (-100, 7), (100, -7), (-100, -7), (6, 3), (-6, 3), (6, -3)]
    for a, b in pairs:
        show_divmod(a, b)
    print(power_table())
    print(abs(-5), abs(5), abs(0))
    print(min(3, -4), max(3, -4), min(-1, -1))
    print(-7 // 1, -7 % 1, 7 // -1)
    n = 12345
    digits = 0
    while n > 0:
        digits += n % 10
        n //= 10
    print("digit sum", digits)
    x = 10
    x += 5
    x -= 3
    x *= 4
    x //= 5
    x %= 7
    print("aug", x)
    print(-(-3), +4, -0)
    print(2 ** 62, -(2 ** 62))
    big = 3037000499
    print(big * big)
    print(10 / 4, -10 / 4, 7 / 7, 1 / 3)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
