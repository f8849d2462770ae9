import sys

# Calling a class held in a variable: cls(...) inside a classmethod, x.__class__(...), and a
# class passed as an argument.

class Animal(object):
    noise = "?"

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        return cls(name)

    def clone(self):
        return self.__class__(self.name + "2")

    def speak(self):
        return self.name + " " + self.noise


class Cat(Animal):
    noise = "meow"


class Cow(Animal):
    noise = "moo"


def build(cls, name):
    return cls(name)


def entry_point(argv):
    a = Cat.create("tom")
    b = Cow.create("bess")
    print(a.speak(), b.speak(), isinstance(a, Cat))
    c = b.clone()
    print(c.speak(), isinstance(c, Cow))
    d = build(Cat, "felix")
    e = build(Animal, "generic")
    print(d.speak(), e.speak())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
