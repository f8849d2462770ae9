# hello.py -- the CPython program whose output tests/program/hello.c reproduces
# (python3 hello.py > hello.out).
import sys
lit = "h\u00e9llo w\u00f6rld \u4e2d"
print(lit.upper())
print(repr(lit))
x, n, s = 3.14159, 1234567, "ab"
print(f"{x:>10.3f}|{n:,}|{s!r:^12}")
print("|".join(["%5d" % 42, "%-8s" % "x", "%.2f" % 2.675]))
print(0.1 + 0.2)
print(1e16)
print(" ".join(sorted("bb a ccc dd e".split(), key=len, reverse=True)))
d = {}
for c in "abracadabra":
    d[c] = d.get(c, 0) + 1
print("".join("%s=%d " % (k, v) for k, v in d.items()))
try:
    n = int("12x")
except ValueError as e:
    print("ValueError: %s" % e)
    n = -1
print(n + len(sys.argv))
print(hash((1, 2)))
