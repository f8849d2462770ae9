import sys

# An implicit KeyError escaping entry_point.

TABLE = {"x": 1}


def entry_point(argv):
    print(TABLE["x"])
    key = "y" * len(argv)
    print(TABLE[key])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
