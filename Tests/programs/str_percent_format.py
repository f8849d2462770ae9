import sys

# %-formatting with widths, precisions and flags.

def entry_point(argv):
    print("%d %s %r %f %.2f %x %%" % (42, "str", "rep", 3.5, 2.345, 255))
    print("[%5d] [%-5d] [%05d] [%+d] [%d]" % (42, 42, 42, 42, -42))
    print("[%8s] [%-8s] [%.2s] [%8.3s]" % ("abc", "abc", "abcdef", "abcdef"))
    print("[%.0f] [%.1f] [%.3f] [%10.3f] [%-10.2f] [%f]" % (2.5, 0.05, 3.14159, -2.5, 1.0, 1e10))
    print("[%e] [%.2e] [%g] [%g] [%g]" % (12345.678, 0.000123, 0.0001, 1e20, 123.0))
    print("%s %s %s" % (1.5, True, -0.0))
    print("%d%%" % 50)
    print("%s" % "alone")
    print("%d items" % 3)
    print("%x %X %o" % (3054, 3054, 8))
    print("%5.1f|%-7s|%3d" % (9.87, "ab", 7))
    name = "n"
    for i in range(3):
        print("%s%d = %.3f" % (name, i, i / 7))
    print("%c%c" % ("a", "b"))
    print("%s" % 12 + "%d" % -1)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
