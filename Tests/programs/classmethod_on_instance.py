import sys

# A @classmethod called through an instance receives the instance's class; a @staticmethod
# called through an instance receives no self.

class Shape(object):
    sides = 0

    def __init__(self, size):
        self.size = size

    @classmethod
    def describe(cls):
        return "%d sides" % cls.sides

    @classmethod
    def make(cls, size):
        return cls(size)

    @staticmethod
    def unit():
        return "cm"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


def entry_point(argv):
    shapes = [Triangle(1), Square(2), Shape(0)]
    for s in shapes:
        print(s.describe(), s.unit(), s.size)
    t = shapes[0].make(9)
    print(isinstance(t, Triangle), t.size, t.describe())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
