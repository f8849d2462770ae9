import sys

# `with` on instances with __enter__/__exit__: normal exit, exception passing through,
# exception suppressed by a true result.

class Resource(object):
    def __init__(self, name, log, suppress):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self.log.append("exit " + self.name + " clean")
        else:
            self.log.append("exit " + self.name + " with error")
        return self.suppress

    def use(self, n):
        if n < 0:
            raise ValueError()
        self.log.append("use %d" % n)


def run(n, suppress):
    log = []
    try:
        with Resource("r", log, suppress) as r:
            r.use(n)
            log.append("after use")
        log.append("after with")
    except ValueError:
        log.append("caught outside")
    return "; ".join(log)


def nested(log):
    with Resource("outer", log, False):
        with Resource("inner", log, False) as inner:
            inner.use(1)
            return 5
    return -1


def entry_point(argv):
    print(run(1, False))
    print(run(-1, False))
    print(run(-1, True))
    log = []
    print(nested(log))
    print("; ".join(log))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
