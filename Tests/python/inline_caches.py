# The same instruction run on objects, classes and globals that change between runs: each
# answer must be the current one (the interpreter caches attribute, method and global lookups
# per instruction).


class P:
    kind = "class-level"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def describe(self):
        return "P(%r)" % (self.x,)


def read_x(o):
    return o.x


def read_kind(o):
    return o.kind


def call_describe(o):
    return o.describe()


def set_y(o, v):
    o.y = v


ps = [P(i) for i in range(3)]
print([read_x(p) for p in ps])
print([read_kind(p) for p in ps])

# an instance attribute shadows the class attribute, on one object only
ps[1].kind = "instance-level"
print([read_kind(p) for p in ps])
del ps[1].kind
print([read_kind(p) for p in ps])

# the class attribute changes
P.kind = "changed"
print([read_kind(p) for p in ps])

# a method replaced on the class, then shadowed on an instance
print([call_describe(p) for p in ps])
P.describe = lambda self: "new describe %d" % self.x
print([call_describe(p) for p in ps])
ps[2].describe = lambda: "instance function"
print([call_describe(p) for p in ps])

# attributes added in different orders give different maps
a = P(1)
a.y = 2
b = P(3)
b.z = 4
b.y = 5
for o in (a, b, a, b):
    print(o.y, read_x(o))
    set_y(o, o.y + 10)
    print(o.y)

# __dict__ taken: attributes then live in the dict
c = P(7)
set_y(c, 1)
d = c.__dict__
d["x"] = 70
print(read_x(c), c.y)
set_y(c, 2)
print(c.y, d)
e = P(8)
e.__dict__
set_y(e, 3)
print(e.y, e.__dict__)


# a data descriptor added to the class later wins over the instance attribute
class Loud:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        print("descriptor set", value)


q = P(9)
print(read_x(q))
P.x = Loud()
print(read_x(q))
set_y(q, 1)
P.y = Loud()
set_y(q, 2)
print(q.y)
del P.x
del P.y
print(read_x(q), q.y)


# __getattribute__ and __setattr__ added after the caches were filled
def peek(o):
    return o.x


r = P(11)
print(peek(r), peek(r))
P.__getattribute__ = lambda self, name: "intercepted " + name
print(peek(r))
del P.__getattribute__
print(peek(r))
set_y(r, 1)
P.__setattr__ = lambda self, name, value: print("setattr", name, value)
set_y(r, 2)
del P.__setattr__
set_y(r, 3)
print(r.y)

# __class__ assignment
class Q:
    def describe(self):
        return "Q"

s = P(12)
print(call_describe(s))
s.__class__ = Q
print(call_describe(s), type(s).__name__)
for bad in (5, int, ValueError):
    try:
        s.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)

# built-in methods through the same instruction
def app(l, v):
    l.append(v)
    return l


print(app([], 1), app([2], 3))


class MyList(list):
    pass


ml = MyList()
print(app(ml, 4))
ml.append = lambda v: print("shadowed append", v)
app(ml, 5)
print(ml)

# globals and builtins
counter = 0


def bump():
    return counter + 1


for i in range(3):
    counter = bump()
print(counter)


def uses_len(x):
    return len(x)


print(uses_len("abc"))
len = lambda x: "global len"
print(uses_len("abc"))
del len
print(uses_len("abc"))
import builtins
saved = builtins.abs
builtins.abs = lambda x: "patched abs"


def uses_abs(x):
    return abs(x)


print(uses_abs(-3))
builtins.abs = saved
print(uses_abs(-3))

g = {"counter": 100}
exec("def f():\n    return counter\n", g)
print(g["f"](), bump())


# one instruction, many classes: each answer must belong to its own class
class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return 0

    def describe(self):
        return "%s n=%d area=%r" % (type(self).__name__, self.n, self.area())


class Sq(Shape):
    def area(self):
        return self.n * self.n


class Tri(Shape):
    def __init__(self, n):
        self.extra = "t"
        self.n = n

    def area(self):
        return self.n * self.n / 2


class Circ(Shape):
    area = property(lambda self: "property, not method")

    def describe(self):
        return "Circ " + self.area


class Weird(Shape):
    def __getattribute__(self, name):
        if name == "n":
            return 99
        return object.__getattribute__(self, name)


shapes = [Shape(1), Sq(2), Tri(3), Circ(4), Weird(5)]
for rnd in range(3):
    print([s.describe() for s in shapes])
    print([s.n for s in shapes])
    for s in shapes:
        s.n = s.n + 1
    if rnd == 1:
        Sq.area = lambda self: -1
        Tri.n = property(lambda self: 7, lambda self, v: None)


# truth and missing-attribute hooks added and removed after objects were tested
class T:
    pass


t = T()
print(bool(t), "yes" if t else "no")
T.__len__ = lambda self: 0
print(bool(t), "yes" if t else "no")
T.__bool__ = lambda self: True
print(bool(t), "yes" if t else "no")
del T.__bool__
del T.__len__
print(bool(t), "yes" if t else "no")
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
T.__getattr__ = lambda self, name: "computed " + name
print(t.missing)
del T.__getattr__
print(hasattr(t, "missing"))


# two kinds of objects through one instruction, then one of them changes
class Box:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v * 10)


boxes = [[], Box(), [], Box()]
for rnd in range(3):
    for b in boxes:
        b.append(rnd)
    if rnd == 1:
        Box.append = lambda self, v: self.items.append(-v)
        boxes[1].append = lambda v: print("instance append", v)
print(boxes[0], boxes[1].items, boxes[2], boxes[3].items)
