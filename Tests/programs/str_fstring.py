import sys

# f-strings and format() with format specs.

class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def entry_point(argv):
    x = 3.14159
    n = 42
    s = "hi"
    print(f"{x:.3f} {x:>10} {n:5d} {s!r} {n:x}")
    print(f"[{n:<6}] [{n:^6}] [{n:>6}] [{n:06}] [{n:+}] [{-n:5}]")
    print(f"[{s:<5}] [{s:^5}] [{s:>5}] [{s:*^7}] [{s:.1}]")
    print(f"[{x:10.2f}] [{x:<10.4f}] [{x:e}] [{x:.2%}] [{x:g}]")
    print(f"{n:,} {1234567:,} {1234567.891:,.2f} {1234567:_}")
    print(f"{n} {x} {s} {True} {n * 2 + 1} {s + s} {len(s)}")
    print(f"{{literal}} {n}{n}")
    p = Point(1, 2)
    print(f"Point({p.x}, {p.y})")
    print(f"{0.1 + 0.2}", f"{1e16}", f"{-0.0}")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
