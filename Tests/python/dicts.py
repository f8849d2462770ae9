d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
del d["b"]
print(d, d.pop("a"), d, d.pop("zz", "default"))
d.update({"x": 10}, y=20)
print(d, d.setdefault("x", 0), d.setdefault("new", []), d)
e = dict(a=1, b=2)
f = dict([("k", "v"), ("k2", "v2")])
print(e, f, dict(e) == e, {} == {})
g = {1: "one", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool?"}
print(g, g[1], g[(1, 2)])
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
sq = {n: n * n for n in range(5)}
print(sq, {k: v for k, v in sq.items() if v > 4})
m = {"a": 1}
m2 = {**m, "b": 2}
print(m2, m | {"c": 3})
print(dict.fromkeys("ab", 0), d.copy() == d)
print(list(reversed({1: 2, 3: 4})))
keys = d.keys()
d["later"] = 1
print("later" in keys, len(keys))
print(d.popitem(), {"a": [1, 2]}["a"][1])
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"])
d2 = {}
d2[1] = "int"
d2[1.0] = "float"
print(d2)
try:
    {}["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
