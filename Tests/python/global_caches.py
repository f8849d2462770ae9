# Globals read by functions while they change in every way a dict can change: plain stores,
# `global` statements, globals() as a dict, deletion, keys equal to the name but of a str
# subclass, builtins shadowed and restored, other modules' globals, exec with its own dict.
import builtins

counter = 0
limit = 3


def read():
    return counter, limit


def bump():
    global counter
    counter += 1


for i in range(3):
    bump()
    print(read())

globals()["counter"] = 100
print(read())
g = globals()
g.update({"counter": 200, "limit": 4})
print(read())
g.setdefault("fresh", "new")
print(fresh)
del g["limit"]
try:
    read()
except NameError as e:
    print("NameError:", e)
limit = 5
print(read())


class Key(str):
    pass


g[Key("counter")] = 300
print(read())
counter = 301
print(read(), g[Key("counter")])
print(g.pop("counter"), "counter" in g)
try:
    read()
except NameError as e:
    print("NameError:", e)
counter = 7
print(read())


def uses_len():
    return len("abcd")


print(uses_len())
len = lambda s: -1
print(uses_len())
g.pop("len")
print(uses_len())
builtins.len = lambda s: "patched builtin"
print(uses_len())
del builtins.len
try:
    uses_len()
except NameError as e:
    print("NameError:", e)
import sys
builtins.len = type(sys.argv).__len__.__get__ if False else (lambda s: s.__len__())
print(uses_len())

ns = {"counter": "exec's own"}
exec("def f():\n    return counter\nprint(f())\ncounter = 'changed in exec'\nprint(f())", ns)
print(ns["f"](), read())
g.clear() if False else None
for name in ("a_%d" % i for i in range(50)):
    g[name] = name
print(read(), a_49)
