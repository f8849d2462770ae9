import sys

# Containers that stay empty: sorting, len, iteration, comparison.

def entry_point(argv):
    empty = []
    empty.sort()
    print(len(empty), len(sorted(empty)))
    for x in empty:
        print("never", x)
    d = {}
    print(len(d), len(d.keys()))
    s = set()
    print(len(s))
    e2 = []
    print(empty == e2)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
