import sys

# Default argument values are evaluated once (at init time): a mutable default is shared by
# every call, as on CPython; the `None` default idiom makes a fresh list per call.

def accumulate(x, into=[]):
    into.append(x)
    return len(into)


def fresh(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return len(into)


class Registry(object):
    def __init__(self, items=None):
        self.items = items if items is not None else []


DEFAULT_SCALE = {"factor": 2}


def scaled(x, config=DEFAULT_SCALE):
    return x * config["factor"]


def entry_point(argv):
    print(accumulate(1), accumulate(2), accumulate(3))
    print(fresh(1), fresh(2), fresh(3, [0, 0]))
    a = Registry()
    b = Registry()
    a.items.append("x")
    print(len(a.items), len(b.items), len(Registry(["p", "q"]).items))
    print(scaled(5))
    DEFAULT_SCALE["factor"] = 10
    print(scaled(5), scaled(5, {"factor": -1}))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
