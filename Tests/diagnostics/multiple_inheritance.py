class A(object):
    def f(self):
        return 1


class B(object):
    def g(self):
        return 2


class C(A, B):
    pass


def entry_point(argv):
    c = C()
    print(c.f() + c.g())
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: multiple_inheritance.py:11:
# expect: single inheritance
