import sys

# int * list and int * str (the sequence on the right), also with negative counts.

def entry_point(argv):
    a = 3 * [1, 2]
    print(len(a), a[4], a[5])
    b = 0 * [7]
    print(len(b))
    n = len(argv)
    c = (n + 1) * ["x"]
    print(len(c) == n + 1)
    print(2 * "ab", -1 * "ab" == "", n * "")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
