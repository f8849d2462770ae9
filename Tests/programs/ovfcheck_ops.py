import sys
from rlib.rarithmetic import ovfcheck, maxint, intmask, r_uint

# ovfcheck around <<, unary minus and *, at the exact boundaries; r_uint division, modulo
# and wrap-around.


def shl(x, n):
    try:
        return ovfcheck(x << n)
    except OverflowError:
        return -1


def neg(x):
    try:
        return ovfcheck(-x)
    except OverflowError:
        return 0


def mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -7


def entry_point(argv):
    print(shl(1, 62), shl(1, 63), shl(3, 62), shl(-1, 63), shl(5, 2), shl(-4, 61), shl(-5, 61))
    print(neg(5), neg(-maxint - 1), neg(maxint))
    print(mul(-1, -maxint - 1), mul(2, -(1 << 62)), mul(3037000499, 3037000499), mul(3037000500, 3037000500))
    print(intmask(r_uint(1) << 63), r_uint(-5) // r_uint(3), r_uint(7) % r_uint(4))
    x = r_uint(3)
    x -= r_uint(5)
    print(x, x > r_uint(0), x >> 62, intmask(x * x))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
