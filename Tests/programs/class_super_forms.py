import sys

# The two-argument form super(Class, self), and super() inside a classmethod.

class Base(object):
    def __init__(self, x):
        self.x = x

    @classmethod
    def make(cls, x):
        return cls(x)

    def show(self):
        return "Base(%d)" % self.x


class Child(Base):
    def __init__(self, x):
        super(Child, self).__init__(x * 10)

    @classmethod
    def make(cls, x):
        return super().make(x + 1)

    def show(self):
        return "Child<" + super(Child, self).show() + ">"


def entry_point(argv):
    print(Child.make(2).show(), Base.make(2).show(), Child(5).show())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
