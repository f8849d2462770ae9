# Calls and instantiations that the interpreter runs through fast paths, and the cases next to
# them that must still take the general way (wrong argument counts, defaults, custom __new__,
# metaclasses, __init__ replaced or returning a value, swaps of two and three targets).


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def make(n):
    return [Point(i, i * 2) for i in range(n)]


print(make(3))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Defaults:
    def __init__(self, a, b=10):
        self.total = a + b


print(Defaults(1).total, Defaults(1, 2).total, Defaults(b=5, a=1).total)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, v):
        print("__new__", cls.__name__, v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(WithNew(5).v)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Managed(7).a)


class Later:
    def __init__(self, a):
        self.a = a


objs = [Later(i) for i in range(2)]


def new_init(self, a):
    self.a = a * 100


Later.__init__ = new_init
objs.append(Later(3))
print([o.a for o in objs])
del Later.__init__
try:
    Later(4)
except TypeError as e:
    print("TypeError:", e)
print(type(Later()).__name__)


class Base:
    def __init__(self, a):
        self.base = a


class Derived(Base):
    pass


print(Derived(9).base)
Base.__init__ = lambda self, a: setattr(self, "base", -a)
print(Derived(9).base)


def f(a, b):
    return a - b


def g(a, b=2):
    return a * b


def h(*args):
    return len(args)


def k(a, *, key):
    return (a, key)


print(f(5, 3), g(4), g(4, 3), h(1, 2, 3), k(1, key=2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def cell_arg(x):
    def inner():
        return x
    return inner


print(cell_arg(11)())


def gen(n):
    yield n
    yield n + 1


print(list(gen(3)))


class Ops:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Ops(self.v + other.v)

    def __lt__(self, other):
        return self.v < other.v


print((Ops(1) + Ops(2)).v, Ops(1) < Ops(2), sorted([Ops(3), Ops(1), Ops(2)])[0].v)

a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
p = Point(0, 0)
p.x, p.y = p.y + 1, p.x + 2
print(p)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
[m, n] = [n2 for n2 in (5, 6)]
print(m, n)
try:
    q, r = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)

# built-in list methods called as methods (run inline by the eval loop)
stack = []
for i in range(4):
    stack.append(i * i)
print(stack, stack.pop(), stack.pop(0), stack)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    stack.append()
except TypeError as e:
    print("TypeError:", e)
try:
    stack.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(list.append(stack, 9), stack, list.pop(stack), stack)


class Loud(list):
    def append(self, x):
        print("Loud.append", x)
        super().append(x)


ld = Loud()
ld.append(1)
print(ld, ld.pop())
app = stack.append
app(42)
print(stack)

# unpacking tuples and lists of the right and the wrong length
for pair in [(1, 2), [3, 4], "ab", range(2)]:
    u, v = pair
    print(u, v)
for bad in [(1, 2, 3), [1], "abc"]:
    try:
        u, v = bad
    except ValueError as e:
        print("ValueError:", e)


# exceptions with an __init__ of their own (instantiated through the fast path too)
class AppError(Exception):
    def __init__(self, code, msg=""):
        Exception.__init__(self, code, msg)
        self.code = code


class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b          # BaseException.__init__ not called: args are still (a, b)


class Custom(AppError):
    pass


for exc in (AppError(1), AppError(2, "two"), Quiet(3, 4), Custom(5, "five")):
    try:
        raise exc
    except AppError as e:
        print("AppError", type(e).__name__, e.args, e.code, str(e))
    except Exception as e:
        print("Exception", type(e).__name__, e.args, getattr(e, "total", None), repr(e))
e = Custom(6)
e.code = 60
e.extra = "x"
print(e.code, e.extra, e.args, Custom(7, msg="kw").args)


# defaults filled by the fast path: shared default objects, __defaults__ replaced, sorting
# with tuple keys (compared element by element)
def acc(x, into=[]):
    into.append(x)
    return into


print(acc(1), acc(2), acc(3, []))
acc.__defaults__ = ([100],)
print(acc(4))
adders = [(lambda x, k=k: x + k) for k in range(3)]
print([f(10) for f in adders], [f(10, 1) for f in adders])
print(sorted([(3, -1), (1, 5), (3, -2), (1, 4)]), sorted([3, 1, 2], key=lambda v: (v % 2, -v)))
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), (1, "a") < (1, "b"), (2,) > (1, 9), () < (0,))


# len() and isinstance() (inline for the common operands)
class Sized:
    def __len__(self):
        return 42


class SubList(list):
    def __len__(self):
        return -1 + 100


print(len([1, 2]), len((1,)), len("h\u00e9llo"), len({1: 2}), len({1, 2, 3}), len(Sized()),
      len(SubList([1])), len(range(5)), len(b"ab"))
for bad in ((), (1, 2)):
    try:
        len(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, str | int),
      isinstance(SubList(), list), isinstance([], SubList), isinstance(Sized, type),
      isinstance(ValueError("x"), Exception))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)


# bound methods called as values
class Acc:
    def __init__(self):
        self.items = []

    def add(self, x, times=1):
        self.items.extend([x] * times)
        return len(self.items)


a = Acc()
add = a.add
print(add(1), add(2, 3), add(x=4), a.items)
try:
    add()
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
cm = [Acc().add for _ in range(3)]
print([f(7) for f in cm])
