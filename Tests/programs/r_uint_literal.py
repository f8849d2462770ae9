import sys
from rlib.rarithmetic import r_uint, intmask

# r_uint built from literals above 2**63 (valid unsigned words).

MASK64 = r_uint(0xFFFFFFFFFFFFFFFF)


def entry_point(argv):
    v = r_uint(12345678901234567890)
    print(v, v >> 3, intmask(v))
    print(MASK64, MASK64 & r_uint(255), intmask(MASK64))
    w = r_uint(0x8000000000000000)
    print(w, w >> 63)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
