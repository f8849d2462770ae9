# unpacking
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
[x, y] = "xy"
print(x, y)
for (i, j), k in [((1, 2), 3)]:
    print(i, j, k)
print(*[1, 2], *"ab", sep="-")
print(*range(3), end="!\n")
t = 1,
print(t, (*t, 2), [*t, *t], {*t}, {**{"a": 1}, "b": 2})
# chained assignment & augmented on subscripts/attrs
p = q = []
p.append(1)
print(q)
m = {"k": [0]}
m["k"][0] += 5
print(m)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
# conditional expressions and short-circuit values
print(0 or None, "" and 1, [] or {} or "z", 3 and 0)
# string multiplication and negative indexes
print("ab" * 0, "ab" * -1, [1] * 0, "hello"[-3:-1], "hello"[5:], "hello"[::-2])
# slices with steps and negative
r = list(range(10))
print(r[8:2:-2], r[-3:], r[:-7], r[::-3], r[100:], r[-100:2])
# integer/float corner cases
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 2 ** -2, 0 ** 0, (-2) ** 3, -2 ** 2)
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1 / 3 * 3, 5 // 2.0, -5 % 3.0)
print(int(-0.5), round(-1.5), round(0.125, 2), abs(-0.0), 3 / 2, 4 / 2)
print(True + 1, False * 5, True == 1, hash(True) == hash(1))
# comparisons of different types
print(1 == 1.0, "1" == 1, None == 0, [] == [], [1] != [1.0], (1, 2) == (1, 2.0))
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([] < {})
except TypeError as e:
    print(e)
# repr of recursive structure
rec = [1]
rec.append(rec)
print(rec)
dd = {}
dd["self"] = dd
print(dd)
# nested functions and defaults evaluated once
def outer(n):
    def inner(k=n * 2):
        return k
    return inner
print(outer(3)(), outer(3)(1))
# star args in various positions
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(1, *[2, 3], 4, a=1, **{"b": 2}, c=3))
# global in nested function
G = 0
def bump():
    def inner():
        global G
        G += 10
    inner()
bump()
print(G)
# while-else with break in nested try
def search(xs, target):
    i = 0
    while i < len(xs):
        try:
            if xs[i] == target:
                break
        finally:
            i += 1
    else:
        return -1
    return i - 1
print(search([5, 6, 7], 6), search([5], 9))
# return inside finally overrides
def override():
    try:
        return 1
    finally:
        return 2
print(override())
# exception in finally replaces
def replace():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except Exception as e:
        return type(e).__name__, type(e.__context__).__name__
print(replace())
# exception variable is deleted after except
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError:
    print("err deleted")
# bool subclass of int in collections
print(sum([True, True, False]), sorted([True, False, 2]), {True: "t", 1: "one"})
print(isinstance(True, int), type(True) is bool, bool.__mro__)
print(divmod(-7, 2), divmod(7.5, 2), max("b", "a"), min(2, 1.5))
