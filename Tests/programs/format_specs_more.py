import sys

# More format specs: %r with widths, %c, %i, %e, %#x, f-string conversions with specs, fill
# and alignment characters, = alignment, zero padding, grouping, %, g and e presentation.



def entry_point(argv):
    s = "héllo"
    n = 255
    x = -12.5
    print("%r|%10r|%-10r|%.3r|" % (s, s, "a'b", s))
    print("%c%c|%i|%5.1f%%|%+.2e|%#x|%#o|%X" % (65, "z", 42, 99.44, x, n, n, n))
    print(f"{s!r:>12}|{n:c}|{n:#010x}|{n:=+8}|{x:=12.3f}|{x:012.3f}|{-n:^9}|")
    print(f"{n:>+7,}|{1e6:,.1f}|{x:.0f}|{0.000123:.2g}|{123456789.0:.3g}|{x:%}|{n:e}")
    print(f"{'abc':-^9}|{'abc':!<6}|{True:>6}|{3.0:g}|{1e-5:g}|{100000.0:g}|{1e16:g}")
    print("%s %s" % (1e16, 1e-5), "%.0e" % 12345.0, "%g" % 0.0001, "%10.4g|" % 3.14159265)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
