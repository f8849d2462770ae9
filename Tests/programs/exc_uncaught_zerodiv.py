import sys

# An implicit ZeroDivisionError escaping entry_point.

def average(values):
    total = 0
    for v in values:
        total += v
    return total // len(values)


def entry_point(argv):
    print(average([1, 2, 3, 6]))
    print(average([]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
