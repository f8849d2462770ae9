def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
print(read_global())
write_global()
print(x, read_global())
def outer():
    v = 1
    def middle():
        def inner():
            return v + 1
        return inner()
    return middle()
print(outer())
def shadow():
    x = "local"
    def f():
        return x
    x = "rebound"
    return f()
print(shadow())
def accumulator(start):
    total = [start]
    def add(n):
        total[0] += n
        return total[0]
    return add
acc = accumulator(10)
print(acc(5), acc(5))
def compose(f, g):
    return lambda v: f(g(v))
print(compose(str, lambda v: v * 2)(21))
def decorator(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@decorator
def greet(name):
    return "hi " + name
print(greet("bob"))
def param_decorator(n):
    def deco(fn):
        def w(x):
            return fn(x) * n
        return w
    return deco
@param_decorator(3)
def ident(x):
    return x
print(ident(5))
def cell_in_loop():
    results = []
    for i in range(3):
        def f(j=i):
            return j * 10
        results.append(f())
    return results
print(cell_in_loop())
