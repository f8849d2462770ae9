import sys

# The built-in exception hierarchy: LookupError catches IndexError and KeyError,
# ArithmeticError catches ZeroDivisionError and OverflowError, Exception catches everything.
# Exceptions raised in constructors and in finally clauses.

from rlib.rarithmetic import ovfcheck, maxint


class Widget(object):
    def __init__(self, size):
        if size < 0:
            raise ValueError()
        self.size = size


def lookup(kind):
    lst = [1]
    d = {"a": 1}
    if kind == 0:
        return lst[5]
    if kind == 1:
        return d["zz"]
    if kind == 2:
        return 1 // (kind - 2)
    if kind == 3:
        return ovfcheck(maxint + kind)
    if kind == 4:
        return int("bad")
    raise NotImplementedError()


def classify(kind):
    try:
        lookup(kind)
        return "none"
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "other"


def precise(kind):
    try:
        lookup(kind)
    except IndexError:
        return "IndexError"
    except KeyError:
        return "KeyError"
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except OverflowError:
        return "OverflowError"
    except ValueError:
        return "ValueError"
    except NotImplementedError:
        return "NotImplementedError"
    return "none"


def raise_in_finally():
    try:
        try:
            raise KeyError()
        finally:
            raise IndexError()
    except IndexError:
        return "IndexError replaced KeyError"
    except KeyError:
        return "KeyError"


def entry_point(argv):
    for kind in range(6):
        print(kind, classify(kind), precise(kind))
    try:
        w = Widget(-1)
        print(w.size)
    except ValueError:
        print("constructor raised")
    print(Widget(3).size)
    print(raise_in_finally())
    try:
        raise RuntimeError()
    except RuntimeError:
        print("RuntimeError")
    try:
        raise TypeError()
    except (ValueError, TypeError):
        print("TypeError in tuple")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
