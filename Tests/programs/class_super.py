import sys

# super() without arguments in methods and constructors (CPython semantics).

class Base(object):
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + self.name


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def greet(self):
        return super().greet() + " (%d)" % self.age


class GrandChild(Child):
    def greet(self):
        return "<" + super().greet() + ">"


def entry_point(argv):
    for o in [Base("a"), Child("b", 3), GrandChild("c", 1)]:
        print(o.greet())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
