import sys
import math

# Float formatting edge cases: %e/%g, f-string specs, nan/inf, tiny and huge values, rounding.

def entry_point(argv):
    inf = float("inf")
    nan = inf - inf
    for v in [0.0, -0.0, 1e-7, 1.1e-10, 123456789.123, 1e21, 1e-320, 0.30000000000000004, 2.5e-5,
              100.0, 99.99999999999999, 1.0e16 - 2.0, 4.35, 0.045, 1234.5]:
        print(repr(v), "%.3e" % v, "%g" % v, "%.10g" % v, "%.2f" % v, f"{v:10.3e}|{v:<12g}|{v:+.1f}")
    print(inf, -inf, nan, repr(nan), "%f" % inf, "%.2f" % -inf, f"{nan:>6}", str(inf))
    print(1e308 * 10.0, -1e308 * 10.0, math.isnan(nan), nan == nan, inf == inf)
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005]:
        print(x, round(x), round(x, 1), round(x, 2), "%.0f" % x, "%.1f" % x, "%.2f" % x)
    print(round(12345.6789, -1), round(-12345.6789, -2), round(0.0), round(-0.4))
    print(int(round(2.5)), int(round(3.5)), round(7, -1) if False else round(7.0))
    print(float("1e500"), float("-1e500"), float("1e-500"))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
