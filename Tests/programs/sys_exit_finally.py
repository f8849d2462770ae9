import sys

# sys.exit raises SystemExit: finally clauses run on the way out, as on CPython.

def work():
    try:
        print("working")
        sys.exit(5)
    finally:
        print("cleanup runs")


def entry_point(argv):
    try:
        work()
    finally:
        print("outer cleanup runs")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
