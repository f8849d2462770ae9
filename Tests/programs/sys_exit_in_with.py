import sys

# sys.exit inside a `with` block: __exit__ sees the SystemExit; catching SystemExit; the
# final exit status comes from the uncaught one.

class Res(object):
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit " + ("clean" if t is None else "with exception"))
        return False


LOG = []


def quit_inside_with(code):
    with Res(LOG):
        LOG.append("body")
        sys.exit(code)


def entry_point(argv):
    try:
        quit_inside_with(2)
    except SystemExit:
        print("caught SystemExit:", " / ".join(LOG))
    del LOG[:]
    try:
        quit_inside_with(3)
    finally:
        print("finally:", " / ".join(LOG))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
