import sys

# __slots__/_attrs_, _immutable_fields_, a class-level list shared by all instances and
# mutated at run time, None-able instance attributes, attributes first set outside __init__.

class Registry(object):
    all_names = []

    def __init__(self, name):
        self.name = name
        Registry.all_names.append(name)


class Vec(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Frozen(object):
    _immutable_fields_ = ["key", "items[*]"]
    _attrs_ = ["key", "items", "cache"]

    def __init__(self, key, items):
        self.key = key
        self.items = items
        self.cache = None

    def total(self):
        if self.cache is None:
            self.cache = [sum(self.items)]
        return self.cache[0]


class Lazy(object):
    def __init__(self):
        self.ready = False

    def prepare(self):
        self.data = "prepared"
        self.ready = True


def entry_point(argv):
    for n in ["x", "y", "z"]:
        Registry(n)
    print(" ".join(Registry.all_names), len(Registry.all_names))
    v = Vec(1, 2).add(Vec(3, 4))
    print(v.x, v.y, v.dot(Vec(-1, 1)))
    f = Frozen("k", [1, 2, 3])
    print(f.key, f.total(), f.total(), f.cache is not None)
    z = Lazy()
    z.prepare()
    print(z.ready, z.data)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
