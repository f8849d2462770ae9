def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(3)
print(next(g), next(g), next(g), next(g, "done"))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def gen_return():
    yield 1
    return "result"
def delegator():
    r = yield from gen_return()
    yield r
print(list(delegator()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
squares = (x * x for x in range(6))
print(list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc"]))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fibs():
    if f > 50:
        break
    out.append(f)
print(out)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
c = closer()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower()
print(next(t), t.throw(ValueError("boom")))
def genexp_scope():
    n = 3
    return list(x * n for x in range(3))
print(genexp_scope())
it = iter([1, 2, 3])
print(next(it), list(it))
print(list(zip(count(3), "abc")), list(enumerate(count(2))))
def inner():
    x = yield 1
    print("inner got", x)
    return 7
def outer():
    v = yield from inner()
    print("outer got", v)
o = outer()
next(o)
try:
    o.send("hello")
except StopIteration:
    print("outer finished")
g2 = count(2)
print(iter(g2) is g2, type(g2).__name__)
