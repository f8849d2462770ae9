import sys

# Arbitrary-precision arithmetic on digit lists: factorials and powers of two.

BASE = 10000


def mul_small(num, k):
    carry = 0
    for i in range(len(num)):
        v = num[i] * k + carry
        num[i] = v % BASE
        carry = v // BASE
    while carry:
        num.append(carry % BASE)
        carry //= BASE


def add(a, b):
    out = []
    carry = 0
    for i in range(max(len(a), len(b))):
        v = carry
        if i < len(a):
            v += a[i]
        if i < len(b):
            v += b[i]
        out.append(v % BASE)
        carry = v // BASE
    if carry:
        out.append(carry)
    return out


def to_str(num):
    parts = [str(num[-1])]
    for i in range(len(num) - 2, -1, -1):
        parts.append("%04d" % num[i])
    return "".join(parts)


def entry_point(argv):
    f = [1]
    for k in range(1, 51):
        mul_small(f, k)
        if k % 10 == 0:
            print(k, to_str(f))
    p = [1]
    for i in range(200):
        mul_small(p, 2)
    print(to_str(p))
    a = [1]
    b = [1]
    for i in range(200):
        a, b = b, add(a, b)
    print(to_str(b), len(to_str(b)))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
