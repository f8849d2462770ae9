import sys

# A failed assert escaping entry_point.

def entry_point(argv):
    n = len(argv)
    print("args", n)
    assert n > 5
    print("not reached")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
