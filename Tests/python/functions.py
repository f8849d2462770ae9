def add(a, b=10, *args, key="k", **kw):
    return (a, b, args, key, kw)
print(add(1))
print(add(1, 2, 3, 4, key="x", extra=5))
print(add(b=3, a=4))
print(add(*[1, 2, 3], **{"key": "z", "q": 1}))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))
def posonly(a, b, /, c):
    return a * b * c
print(posonly(2, 3, c=4))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
sq = lambda x: x * x
print(sq(7), (lambda *a: sum(a))(1, 2, 3), list(map(lambda x: x + 1, [1, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, [1, 2, 3])))
def doc():
    "A docstring."
    return None
print(doc.__doc__, doc.__name__, doc())
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
def varargs(*args):
    return len(args), args
print(varargs(), varargs(1, "a"))
def outer():
    def inner():
        return "inner"
    return inner()
print(outer())
def apply(f, *a, **k):
    return f(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
print(add.__name__, callable(add), callable(3))
def rec(n):
    if n == 0:
        return []
    return [n] + rec(n - 1)
print(rec(5))
def many_returns(x):
    return x, x * 2, x * 3
a, b, c = many_returns(2)
print(a, b, c)
print((lambda: "no args")(), (lambda a, b=2: a + b)(1))
