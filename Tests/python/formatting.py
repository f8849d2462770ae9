vals = [0, 1, -1, 42, 3.14159, -2.5, 1e-7, 123456789.0, 1e22, float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v!r:>14}|{v:>10}|")
for v in [0.5, 1.25, 2.675, 1e-5, 12345.6789, -0.0]:
    print(f"{v:.2f} {v:.0f} {v:e} {v:.3e} {v:g} {v:.3g} {v:10.4f} {v:<10.1f}| {v:+.1f} {v:%}")
for n in [0, 7, -7, 255, 1000000]:
    print(f"{n:d} {n:5d} {n:<5d}| {n:^7d} {n:+d} {n: d} {n:x} {n:X} {n:#o} {n:#b} {n:,} {n:_} {n:08d} {n:e}")
print(f"{'s':5}|{'s':>5}|{'s':^5}|{'long string':.4}|{'x':*<4}")
print("%d %i %5.2f %-6s| %06.2f %+d %x %o %c %c %%" % (1, 2, 3.14159, "ab", 2.5, 5, 255, 8, 65, "z"))
print("%s %r %a" % ("é", "é", "é"))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
print("{:.2%} {:,.2f} {:>+8.2f} {:^10}|".format(0.1234, 1234567.891, 3.14159, "mid"))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{w}}|".format("a", w=4))
print(format(True), format(None, ""), str(True), f"{True}", f"{None}", f"{1 == 1}")
print(repr(1e16), repr(1.5e-10), repr(123.0), repr(0.1 + 0.7), repr(2 ** 0.5), 1/7)
print(round(1e15 + 0.3, 1), 1e15 + 0.3, 9007199254740993.0)
print(str(12345678901234567.0), 1e-4, 0.0001234, 1e-5 * 3)
print("{!s:>5}{!r:>6}".format(1, "x"), f"{3!r}", f"{'q'!a}")
print(f"{12:#x} {12:#X} {-12:#x} {0:#b}")
print("a{}b{}c".format(*"XY"), "{0}{0}{1}".format("p", "q"))
