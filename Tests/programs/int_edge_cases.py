import sys
from rlib.rarithmetic import maxint

# Integer edge cases that stay in range: extremes, str/int round trips, floor semantics on
# large values, comparisons, formatting of negatives.

def entry_point(argv):
    lo = -maxint - 1
    print(maxint, lo, str(lo), repr(maxint), int(str(lo)), int(str(maxint)))
    print(lo // 2, lo % 7, maxint // -3, maxint % -3, lo // maxint, lo % maxint)
    print(abs(lo + 1), -maxint, maxint - 1 > lo, lo < -maxint)
    print(lo >> 1, lo >> 63, maxint >> 62, lo & maxint, lo | maxint, lo ^ -1)
    print("%d|%5d|%-5d|%05d|%x|%o" % (-7, -7, -7, -7, -255, -8))
    print(f"{-7:5}|{-7:<5}|{-7:05}|{-255:x}|{-5:+}|{5:+}|{0:+}")
    print(int("-9223372036854775808"), int("9223372036854775807"), int("-0"), int("0000"))
    print(divmod(-maxint, 10), divmod(maxint, -10), divmod(lo, 10))
    print(7 // 7, -1 // 7, 1 // -7, 0 // -7, -1 % 7, 1 % -7, 0 % -7)
    print(2 ** 0, 2 ** 1, (-2) ** 3, (-2) ** 62, 3 ** 39, 0 ** 0)
    print(min(lo, maxint), max(lo, maxint), abs(-0))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
