import sys

# del of list slices with a constant step (the contract allows del of slices and constant
# steps in slices).

def entry_point(argv):
    a = list(range(10))
    del a[::2]
    print(" ".join([str(x) for x in a]))
    b = list(range(10))
    del b[1:8:3]
    print(" ".join([str(x) for x in b]))
    c = list(range(6))
    del c[::-2]
    print(" ".join([str(x) for x in c]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
