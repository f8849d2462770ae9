import sys

# Shifts and bit operations, including negative operands and large shift counts.

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def entry_point(argv):
    vals = [0, 1, 5, 255, 1024, -1, -2, -256, 123456789]
    for v in vals:
        print(v, v << 3, v >> 2, v & 0xF0, v | 0x0F, v ^ 0x55, ~v)
    for n in [0, 1, 31, 62, 63, 64, 100]:
        print("shift", n, 1 >> n, -1 >> n, 12345 >> n, -12345 >> n)
    print(1 << 62, (1 << 62) >> 61, -(1 << 62) >> 3)
    for v in [0, 1, 7, 255, 65535, 123456789]:
        print("popcount", v, popcount(v))
    mask = 0
    for i in range(0, 60, 3):
        mask |= 1 << i
    print("mask", mask, "%x" % mask)
    print("%x %x %x" % (255, 4096, 3735928559))
    print(f"{255:08b} {10:#x} {10:#o} {-5:b} {5:4x}|")
    print(0x7f & ~0x0f, 0b1010 ^ 0b0110, 0o17)
    try:
        print(1 << -1)
    except ValueError:
        print("negative shift count")
    try:
        print(8 >> -2)
    except ValueError:
        print("negative shift count again")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
