import sys

# An uncaught user exception with fields, raised through several frames after output.

class InvalidInput(Exception):
    def __init__(self, value):
        self.value = value


def validate(x):
    if x > 10:
        raise InvalidInput(x)
    return x


def process(items):
    total = 0
    for x in items:
        total += validate(x)
        print("ok", x, total)
    return total


def entry_point(argv):
    process([1, 5, 20, 3])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
