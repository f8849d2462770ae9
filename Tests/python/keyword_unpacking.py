# ** arguments and dict merging: keyword names copied without wrapping each key, and
# CPython's messages for duplicates (they name the function as module.qualname()).
def f(a, b=2, **kw):
    return a, b, sorted(kw.items())
row = {"a": 1, "b": 3, "c": 4}
print(f(**row), f(1, **{"z": 9}), f(**{"a": 5}, **{"q": 1}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
d = {"x": 1}
d.update({"y": 2, "x": 3})
d.update({4: 5})
print(d, dict(d, w=6), {**d, **{"y": 7}})
print("{a}-{b}".format(**{"a": 1, "b": 2}))
class K:
    def m(self, **kw):
        return kw
    def __init__(self, **kw):
        pass
for call in (lambda: K().m(**{"a": 1}, **{"a": 2}), lambda: K(**{"a": 1}, **{"a": 2}),
             lambda: dict(**{"a": 1}, **{"a": 2}), lambda: f(*[1], **{"b": 1}, **{"b": 2})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
