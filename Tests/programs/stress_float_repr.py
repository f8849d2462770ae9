import sys
import math

# Shortest-repr stress: many floats from a deterministic generator, printed with repr, str,
# %-formats and f-strings; arithmetic results that land between representable values.

class Gen(object):
    def __init__(self):
        self.state = 12345

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state


def entry_point(argv):
    g = Gen()
    checksum = 0
    lines = []
    for i in range(400):
        a = g.next()
        b = g.next() % 1000 + 1
        e = g.next() % 40 - 20
        x = float(a) / float(b) * math.pow(10.0, float(e))
        if i % 3 == 0:
            x = -x
        r = repr(x)
        checksum = (checksum * 31 + len(r)) % 1000003
        if i % 20 == 0:
            lines.append("%s %s %.17g %.3e %g %s" % (r, str(x * 3.0), x, x, x, f"{x:.6}"))
        if float(r) != x:
            lines.append("roundtrip failed for " + r)
    for l in lines:
        print(l)
    print("checksum", checksum)
    print(0.1 * 3, 1.1 * 1.1, 1e23, 2.0 ** 53 + 1.0, 1.0 / 3.0 * 3.0, 100.0 / 7.0, 5e-324 * 3.0)
    print(math.sqrt(2.0) * math.sqrt(2.0), math.exp(-20.0), math.log(1e-300), 1e15 / 3.0)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
