# Subscripts of exact lists, tuples and dicts (run inline by the eval loop) next to the
# cases that take the general path: negative and out-of-range indices, big ints, subclasses;
# str(), repr() and formatting of str subclasses with their own __str__ / __repr__.
l = [1, 2, 3]
t = (4, 5, 6)
print(l[0], l[-1], l[-3], t[1], t[-1], t[-3])
for bad in (3, -4, 10**20):
    for seq in (l, t):
        try:
            seq[bad]
        except IndexError as e:
            print("IndexError:", e)
l[-1] = 30
l[0] = 10
print(l)
try:
    l[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    l[-4] = 0
except IndexError as e:
    print("IndexError:", e)
class L(list):
    def __getitem__(self, i):
        return "L[%r]" % (i,)
    def __setitem__(self, i, v):
        print("L set", i, v)
x = L([1, 2])
print(x[0], x[-1])
x[0] = 5
print(True and l[True], l[False])
d = {"a": 1, 2: "two"}
print(d["a"], d[2])
d["b"] = 3
d["a"] += 10
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)


class D(dict):
    def __missing__(self, key):
        return "missing " + key


class S(str):
    def __hash__(self):
        return hash(str(self))


dd = D(a=1)
print(dd["a"], dd["zz"], d[S("a")])
g = {}
for w in "the quick the lazy the end".split():
    g[w] = g.get(w, 0) + 1
print(g)


class R(str):
    def __repr__(self):
        return "R-repr"


class T(str):
    def __str__(self):
        return "T-str"


for v in (S("s"), R("r"), T("t")):
    print(type(str(v)).__name__, str(v), "%s" % v, f"{v}", repr(v), [v])
