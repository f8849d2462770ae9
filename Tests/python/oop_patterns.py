class Shape:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(2)]
print(shapes, Shape.registry)
print(sorted(shapes, key=lambda s: s.area()))
try:
    Shape().area()
except NotImplementedError:
    print("abstract")
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(reversed(self._items))
    def __repr__(self):
        return "Stack(" + ", ".join(map(repr, self._items)) + ")"
s = Stack().push(1).push("two").push(3.0)
print(s, len(s), list(s), s.pop(), s)
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
v = Vector(3, 4)
print(v + v, v - Vector(1, 1), v * 2, 2 * v, -v, abs(v), v == Vector(3, 4))
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def walk(self):
        yield self.val
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
class Registry:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            inst = super().__new__(cls)
            cls._instances[key] = inst
        return cls._instances[key]
    def __init__(self, key):
        self.key = key
print(Registry("a") is Registry("a"), Registry("a") is Registry("b"))
class Descriptor:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0) * 10
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Holder:
    d = Descriptor()
h = Holder()
h.d = 4
print(h.d, h._d)
class Comparable:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"C{self.v}"
print(sorted([Comparable(3), Comparable(1), Comparable(2)]), max([Comparable(5), Comparable(9)]))
class Ctx:
    level = 0
    def __enter__(self):
        Ctx.level += 1
        return Ctx.level
    def __exit__(self, *exc):
        Ctx.level -= 1
with Ctx() as a:
    with Ctx() as b:
        print("levels", a, b)
print("after", Ctx.level)
print(isinstance(Square(1), Shape), Square.__mro__[1].__name__, Square.__bases__)
