import sys

# assert statements: passing, failing and caught as AssertionError.

def check_positive(n):
    assert n > 0
    return n


def check_msg(n):
    assert n % 2 == 0, "odd"
    return n // 2


def entry_point(argv):
    print(check_positive(5))
    try:
        check_positive(-1)
        print("not reached")
    except AssertionError:
        print("assertion failed")
    print(check_msg(10))
    try:
        check_msg(7)
    except AssertionError:
        print("assertion with message failed")
    n = 0
    for i in range(10):
        try:
            check_positive(i - 5)
            n += 1
        except AssertionError:
            n += 100
    print(n)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
