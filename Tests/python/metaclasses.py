class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        Registry.classes.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(Registry.classes, type(Child).__name__, isinstance(Child, Registry), isinstance(Child, type))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class WithInit(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = name.lower()
    def describe(cls):
        return "class " + cls.__name__
class Tagged(metaclass=WithInit):
    pass
print(Tagged.tag, Tagged.describe())
Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x * 2})
print(Dyn().get(), Dyn.__name__)
