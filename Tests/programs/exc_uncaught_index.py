import sys

# An implicit IndexError escaping entry_point: exit status 1, the error names IndexError.

def nth(lst, n):
    return lst[n]


def entry_point(argv):
    lst = [1, 2, 3]
    print(nth(lst, 2))
    print(nth(lst, len(lst) + 2))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
