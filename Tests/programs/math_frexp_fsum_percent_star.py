import sys
import math
def entry_point(argv):
    for p in range(4):
        print("%.*f|%5.*e" % (p, math.pi, p + 1, 12345.678))
    m, e = math.frexp(48.0)
    f, i = math.modf(-3.75)
    print(m, e, f, i, math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.gcd(12, -18))
    return 0
def target(*args):
    return entry_point

if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
