import sys

# `*args` at call sites with a tuple; functions returning tuples fed to others.

def add3(a, b, c):
    return a + b + c


def fmt(name, count, price):
    return "%s x%d @ %.2f" % (name, count, price)


def divmod_pair(a, b):
    return (a // b, a % b)


def combine(q, r):
    return q * 100 + r


def entry_point(argv):
    t = (1, 2, 3)
    print(add3(*t))
    items = [("apple", 3, 0.5), ("pear", 1, 1.25)]
    for item in items:
        print(fmt(*item))
    print(combine(*divmod_pair(17, 5)))
    args = (10, 20)
    print(add3(5, *args))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
