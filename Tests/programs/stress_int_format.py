import sys

# Integer formatting stress: str, %d with widths and flags, %x/%o, f-string specs, int()
# round trips, on values from small to near 2**62, positive and negative.

def entry_point(argv):
    state = 1
    h = 0
    shown = 0
    for i in range(500):
        state = (state * 1103515245 + 12345) % 2147483648
        hi = state
        state = (state * 1103515245 + 12345) % 2147483648
        shift = i % 62
        v = ((hi << 31) | state) >> shift
        if i % 2:
            v = -v
        s = str(v)
        if int(s) != v:
            print("roundtrip failed", s)
        parts = ["%d" % v, "%12d" % v, "%-12d|" % v, "%+d" % v, "%x" % v, "%o" % v,
                 f"{v:,}", f"{v:>20}", f"{v:_x}", f"{v:#b}"[:12], "%020d" % v]
        for p in parts:
            h = (h * 257 + len(p) + ord(p[len(p) // 2])) % 1000000007
        if i % 60 == 0:
            print(" ".join(parts))
            shown += 1
    print("hash", h, shown)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
