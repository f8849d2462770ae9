import sys

# sys.exit(n) called deep inside run-time code ends the process with status n.

def check(values):
    for v in values:
        if v < 0:
            print("negative value", v)
            sys.exit(4)
    return len(values)


def entry_point(argv):
    print(check([1, 2, 3]))
    print(check([5, -1, 7]))
    print("not reached")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
