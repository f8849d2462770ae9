import sys

# `is` between prebuilt functions (and classes): closures made at init time that test which
# function they wrap.


def plus(a, b):
    return a + b


def times(a, b):
    return a * b


def make(op):
    def apply(a, b):
        if op is plus:
            return "plus %d" % op(a, b)
        if op is not times:
            return "other"
        return "times %d" % op(a, b)
    return apply


APPLIERS = [make(plus), make(times)]


class A(object):
    pass


class B(A):
    pass


def entry_point(argv):
    for f in APPLIERS:
        print(f(6, 7))
    print(plus is plus, plus is times, A is B, A is A)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
