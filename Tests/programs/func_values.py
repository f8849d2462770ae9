import sys

# Functions as values: a list and a dict of functions built at init time, called at run time.

def double(x):
    return x * 2


def square(x):
    return x * x


def negate(x):
    return -x


def inc(x):
    return x + 1


PIPELINE = [double, inc, square, negate]
TABLE = {"double": double, "square": square, "neg": negate, "inc": inc}
PAIRS = [("d", double), ("s", square)]


def make_adder(n):
    def add(x):
        return x + n
    return add


ADDERS = [make_adder(i) for i in range(3)]


def apply_all(funcs, x):
    for f in funcs:
        x = f(x)
    return x


def compose(name1, name2, x):
    return TABLE[name2](TABLE[name1](x))


def entry_point(argv):
    print(apply_all(PIPELINE, 3))
    print(compose("double", "square", 5), compose("neg", "inc", 5))
    for name in ["square", "inc", "neg", "double"]:
        f = TABLE[name]
        print(name, f(7))
    for tag, fn in PAIRS:
        print(tag, fn(9))
    print(" ".join([str(a(10)) for a in ADDERS]))
    chosen = square if len(argv) > 5 else double
    print(chosen(21))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
