import sys

# Init-time metaprogramming: a class factory, closures over constants, setattr on classes,
# tables of generated functions. Everything built at init time is a prebuilt constant.

def make_binop(name, symbol):
    def compute(a, b):
        if symbol == "+":
            return a + b
        if symbol == "-":
            return a - b
        if symbol == "*":
            return a * b
        return a // b
    compute.__name__ = "op_" + name
    return compute


BINOPS = {}
for _name, _sym in [("add", "+"), ("sub", "-"), ("mul", "*"), ("div", "/")]:
    BINOPS[_sym] = make_binop(_name, _sym)


class Unit(object):
    factor = 1
    name = "unit"

    def convert(self, n):
        return n * self.factor


def make_unit_class(name, factor):
    class NewUnit(Unit):
        pass
    NewUnit.factor = factor
    NewUnit.name = name
    NewUnit.__name__ = name.capitalize()
    return NewUnit


UNITS = [make_unit_class(n, f) for n, f in [("meter", 1), ("km", 1000), ("mm", 0)]]
INSTANCES = [cls() for cls in UNITS]


class Flags(object):
    pass


for _i, _flag in enumerate(["read", "write", "exec"]):
    setattr(Flags, _flag.upper(), 1 << _i)


def make_multiplier(k):
    return lambda x: x * k


MULTIPLIERS = [make_multiplier(k) for k in range(1, 4)]


def entry_point(argv):
    for sym in ["+", "-", "*", "/"]:
        print(sym, BINOPS[sym](17, 5))
    for u in INSTANCES:
        print(u.name, u.convert(3))
    print(Flags.READ, Flags.WRITE, Flags.EXEC, Flags.READ | Flags.EXEC)
    print(" ".join([str(m(7)) for m in MULTIPLIERS]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
