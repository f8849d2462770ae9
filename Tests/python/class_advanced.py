def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class Rec:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
print(Rec(a=1, b="x"))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    x = 1
print(WithMeta.x, type(WithMeta).__name__ in ("Meta", "type"))
class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
class C(A):
    def __init__(self):
        super().__init__()
        self.log.append("C")
class D(B, C):
    def __init__(self):
        super().__init__()
        self.log.append("D")
print(D().log, [c.__name__ for c in D.mro()])
class Prop:
    def __init__(self):
        self._v = 1
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    def _del(self):
        print("deleting")
        del self._v
    v = property(_get, _set, _del, "the v")
p = Prop()
p.v = 5
print(p.v, Prop.v.__doc__)
del p.v
print(hasattr(p, "_v"))
class StaticAndClass:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        cls.count += 1
        return cls.count
class Sub(StaticAndClass):
    pass
print(StaticAndClass.s(2), StaticAndClass().s(3), Sub.c(), Sub.c(), StaticAndClass.c(), Sub.count)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __iadd__(self, other):
        self.v += other
        return self
    def __repr__(self):
        return f"Num({self.v})"
n = Num(1)
n += 5
print(1 + n, n, sum([Num(1), Num(2)], 0) if False else "skip")
class Attr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
a = Attr()
print(a.dyn_hello, getattr(a, "nothing", "default"))
class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
print(Slotted().a)
class Base:
    def template(self):
        return f"{self.name()}-{self.suffix}"
    suffix = "base"
class Impl(Base):
    suffix = "impl"
    def name(self):
        return "impl"
print(Impl().template())
class Container:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(self.data)
    def __contains__(self, k):
        return k in self.data
c = Container()
c["x"] = 1
c["y"] = 2
del c["x"]
print(len(c), list(c), "y" in c, "x" in c, c["y"])
class Callable:
    def __call__(self, *args, **kwargs):
        return args, kwargs
print(Callable()(1, k=2))
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Outer().make().hello(), Outer.Inner.__qualname__)
def make_class(n):
    class Dyn:
        value = n
        def get(self):
            return self.value * 10
    return Dyn
print(make_class(3)().get(), make_class(4)().get())
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
print(Ordered(1) < Ordered(2), Ordered(3) > Ordered(2), Ordered(2) >= Ordered(2))
print(type(Ordered) is type, isinstance(Ordered, type), Ordered.__bases__, object.__name__)
class Init:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
Init(5)
