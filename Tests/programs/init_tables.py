import sys

# Tables computed by module-level code at init time, read at run time.

PRIMES = []
_n = 2
while len(PRIMES) < 25:
    _is_prime = True
    for _p in PRIMES:
        if _p * _p > _n:
            break
        if _n % _p == 0:
            _is_prime = False
            break
    if _is_prime:
        PRIMES.append(_n)
    _n += 1

SQUARES = {i: i * i for i in range(20)}
HEX = "0123456789abcdef"
HEX_VALUE = {}
for _i in range(len(HEX)):
    HEX_VALUE[HEX[_i]] = _i
    HEX_VALUE[HEX[_i].upper()] = _i

FIB = [0, 1]
for _ in range(40):
    FIB.append(FIB[-1] + FIB[-2])

CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        if _c & 1:
            _c = 0xEDB88320 ^ (_c >> 1)
        else:
            _c = _c >> 1
    CRC_TABLE.append(_c)

NAMES = tuple(["zero", "one", "two", "three"])
TRIANGLE = [[1]]
for _row in range(1, 10):
    _prev = TRIANGLE[-1]
    TRIANGLE.append([1] + [_prev[_j] + _prev[_j + 1] for _j in range(len(_prev) - 1)] + [1])


def crc32(s):
    c = 0xFFFFFFFF
    for ch in s:
        c = CRC_TABLE[(c ^ ord(ch)) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def parse_hex(s):
    n = 0
    for ch in s:
        n = n * 16 + HEX_VALUE[ch]
    return n


def entry_point(argv):
    print(" ".join([str(p) for p in PRIMES]))
    print(SQUARES[7], SQUARES[19], len(SQUARES))
    print(parse_hex("ff"), parse_hex("DeadBeef"), parse_hex("0"))
    print(FIB[10], FIB[40], len(FIB))
    print(crc32("hello world"), crc32(""), "%x" % crc32("The quick brown fox"))
    print(NAMES[2], len(NAMES))
    for row in TRIANGLE[-3:]:
        print(" ".join([str(x) for x in row]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
