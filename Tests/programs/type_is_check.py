import sys

# type(x) is C (exact class test, unlike isinstance) at run time.

class Base(object):
    pass


class Derived(Base):
    pass


def kind(x):
    if type(x) is Derived:
        return "derived"
    if type(x) is Base:
        return "base"
    return "other"


def entry_point(argv):
    objs = [Base(), Derived(), Base()]
    print(" ".join([kind(o) for o in objs]))
    d = objs[1]
    print(type(d) is Base, isinstance(d, Base), type(d) is not Base, type(d) == Derived)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
