import sys

# A value that is a bool on one path and an int on another (the contract merges int and bool
# into int): CPython still prints True/False for the bool values.

def pick(n):
    if n > 0:
        return True
    if n < 0:
        return False
    return 5


def entry_point(argv):
    print(pick(1), pick(-1), pick(0))
    values = [pick(1), 7, pick(-2)]
    print(values[0] + values[1], str(values[0]), "%s" % values[2])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
