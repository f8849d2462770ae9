import sys
from rlib.rarithmetic import intmask, ovfcheck, r_uint, LONG_BIT, maxint

# Values near 2**63: wrapping with intmask, checked arithmetic with ovfcheck, unsigned r_uint.

def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def checked_mul(a, b):
    try:
        r = ovfcheck(a * b)
    except OverflowError:
        print("mul overflow", a, b)
        return 0
    return r


def checked_sub(a, b):
    try:
        r = ovfcheck(a - b)
    except OverflowError:
        print("sub overflow")
        return 0
    return r


FNV_OFFSET = -3750763034362895579  # intmask(0xcbf29ce484222325)


def fnv_hash(s):
    h = FNV_OFFSET
    for c in s:
        h = intmask(h ^ ord(c))
        h = intmask(h * 1099511628211)
    return h


def entry_point(argv):
    print(LONG_BIT, maxint, -maxint - 1)
    big = maxint
    print(intmask(big + 1), intmask(big * 2), intmask(-big - 2))
    print(checked_add(big, 1), checked_add(big - 5, 5), checked_add(-big, -1))
    print(checked_mul(1 << 32, 1 << 31), checked_mul(1 << 32, 1 << 30), checked_mul(-3, big))
    print(checked_sub(-big - 1, 1), checked_sub(0, big))
    print(fnv_hash("hello"), fnv_hash("world"), fnv_hash(""))
    u = r_uint(0)
    u = u - r_uint(1)
    print(u)
    print(r_uint(5) + r_uint(7), r_uint(1) << 63, r_uint(maxint) + r_uint(1))
    v = r_uint(1234567890123456789) * r_uint(10)
    print(v, v >> 1, intmask(v))
    print(intmask(r_uint(-1)))
    x = 1
    for i in range(70):
        x = intmask(x * 3 + 1)
    print("wrap", x)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
