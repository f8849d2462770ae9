import sys

# Classes used as values: a registry of classes instantiated at run time; x.__class__.

class Op(object):
    symbol = "?"

    def apply(self, a, b):
        return 0


class Add(Op):
    symbol = "+"

    def apply(self, a, b):
        return a + b


class Mul(Op):
    symbol = "*"

    def apply(self, a, b):
        return a * b


class Sub(Op):
    symbol = "-"

    def apply(self, a, b):
        return a - b


OPS = {"add": Add, "mul": Mul, "sub": Sub}
ORDER = [Sub, Add, Mul]


def make(name):
    cls = OPS[name]
    return cls()


def entry_point(argv):
    for name in ["add", "mul", "sub", "mul"]:
        op = make(name)
        print(name, op.symbol, op.apply(6, 7))
    acc = 1
    for cls in ORDER:
        op = cls()
        acc = op.apply(acc, 3)
        print(cls.symbol, acc)
    o = make("sub")
    print(o.__class__ is Sub, o.__class__ is Add)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
