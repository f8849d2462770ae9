import sys

# bytes: literals, len, indexing (gives int), slicing, comparison, concatenation, iteration.

def checksum(b):
    s = 0
    for i in range(len(b)):
        s = (s * 31 + b[i]) % 65521
    return s


def entry_point(argv):
    b = b"hello\x00\xff"
    print(len(b), b[0], b[5], b[6], b[-1])
    print(b[1:4] == b"ell", b + b"!" == b"hello\x00\xff!", b"abc" < b"abd")
    print(checksum(b"The quick brown fox"), checksum(b""))
    parts = [b"ab", b"", b"c"]
    whole = b""
    for p in parts:
        whole = whole + p
    print(len(whole), whole == b"abc", whole != b"abd", whole[::-1] == b"cba")
    total = 0
    for byte in b"\x01\x02\x03":
        total += byte
    print(total)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
