import sys

# `with`: __exit__ receives (None, None, None) or (exception class, exception, None); its
# result decides whether the exception is suppressed; __enter__'s result is bound by `as`.

class Problem(Exception):
    def __init__(self, code):
        self.code = code


class Guard(object):
    def __init__(self, name, swallow_problems):
        self.name = name
        self.swallow_problems = swallow_problems
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self.log.append("clean")
            return False
        self.log.append("type-ok" if exc_type is Problem else "other-type")
        if isinstance(exc_value, Problem):
            self.log.append("code %d" % exc_value.code)
            return self.swallow_problems
        return False


def body(kind, g):
    with g as label:
        g.log.append("body " + label)
        if kind == 1:
            raise Problem(7)
        if kind == 2:
            raise KeyError()
        g.log.append("body done")
    g.log.append("after")


def entry_point(argv):
    for kind in [0, 1, 2]:
        for swallow in [False, True]:
            g = Guard("g%d" % kind, swallow)
            try:
                body(kind, g)
            except Problem as p:
                g.log.append("caught Problem %d" % p.code)
            except KeyError:
                g.log.append("caught KeyError")
            print(kind, swallow, "; ".join(g.log))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
