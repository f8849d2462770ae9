class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
a = Animal("generic")
d = Dog("rex")
p = Puppy("bit")
print(a.describe(), d.describe(), p.describe())
print(Animal.count, a.kind, d.kind, p.kind, Puppy.kind)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy))
print(type(p).__name__, p.__class__.__name__, Puppy.__mro__)
print(repr(a), str(d), [p])
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __contains__(self, v):
        return v == self.x or v == self.y
    def __call__(self, k):
        return self.x * k
p1 = Point(1, 2)
p2 = Point(3, 4)
print(p1 + p2, p1 == Point(1, 2), p1 != p2, p1 < p2, len(p1), p1[1], list(p1))
print(sorted([p2, p1])[0], {p1: "a"}[Point(1, 2)], bool(Point(0, 0)), 2 in p1, p1(10))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t
t = Temp.make(100)
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit())
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Slots:
    pass
s = Slots()
s.a = 1
s.b = 2
del s.a
print(hasattr(s, "a"), getattr(s, "b"), getattr(s, "zz", "dflt"))
setattr(s, "c", 3)
print(s.c, vars(s))
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
w1 = WithClassAttr()
w2 = WithClassAttr()
w1.add(1)
w2.add(2)
print(WithClassAttr.items)
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
dd = Derived(1, 2)
print(dd.v, dd.w)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n
print(list(Counter()), sum(Counter()))
class Meta:
    def __getattr__(self, name):
        return "dyn_" + name
print(Meta().anything)
print(Point.__name__, Point.__qualname__, type(Point).__name__, type(3))
class Empty:
    pass
print(Empty.__module__, str(Empty).startswith("<class '__main__.Empty'"))
