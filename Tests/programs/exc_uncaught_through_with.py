import sys

# An uncaught KeyError leaving through a finally clause inside a `with` block and an outer
# finally: every cleanup prints, in order, before the process stops with status 1.

class R(object):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t is not None)
        return False


def inner(d):
    with R():
        try:
            return d["missing"]
        finally:
            print("inner finally")


def entry_point(argv):
    try:
        print(inner({"a": 1}))
    finally:
        print("outer finally")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
