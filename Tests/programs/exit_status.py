import sys

# The entry point's result is the process exit status.

def entry_point(argv):
    total = 0
    for i in range(4):
        total += i
    print("total", total)
    if total == 6:
        return 3
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
