def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_with_finally()
for v in g:
    print("got", v)
    break
g.close()
print("closed")
def catcher():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("caught in gen", e)
c = catcher()
next(c)
c.send(1)
c.throw(ValueError("oops"))
c.send(2)
def stop_early():
    yield 1
    return
print(list(stop_early()))
def raising():
    yield 1
    raise KeyError("inside")
try:
    for x in raising():
        print("x", x)
except KeyError as e:
    print("caught", repr(e))
def inner():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("inner exit")
        raise
def outer():
    yield from inner()
o = outer()
print(next(o))
o.close()
def gen_stopiter():
    yield 1
    raise StopIteration
try:
    list(gen_stopiter())
except RuntimeError as e:
    print("RuntimeError:", e)
def delegate_throw():
    try:
        yield from catcher_once()
    except TypeError:
        print("outer caught TypeError")
        yield "recovered"
def catcher_once():
    try:
        yield "first"
    except ValueError:
        yield "inner handled ValueError"
d = delegate_throw()
print(next(d), d.throw(ValueError), end=" | ")
print(d.throw(TypeError("t")))
gen = (i * i for i in range(3))
print(next(gen), list(gen), next(gen, "exhausted"))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def with_in_gen():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
    with CM():
        yield 1
        yield 2
w = with_in_gen()
print(next(w))
w.close()
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib_gen(), 10)))
g2 = gen_with_finally()
print(g2.__name__, type(g2).__name__)
