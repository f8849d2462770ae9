import sys

# Special methods other than __init__ are ordinary methods in RPython: called directly by
# name they behave as on CPython (==, len(), str() of instances are not used here).

class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __len__(self):
        return len(str(self.cents))

    def __getitem__(self, i):
        return str(self.cents)[i]


def entry_point(argv):
    a = Money(1999)
    b = Money(1)
    c = a.__add__(b)
    print(c.__str__(), c.__len__(), c.__getitem__(0), c.__getitem__(-1))
    print(a.__eq__(b), c.__eq__(Money(2000)), b.__lt__(a), a.__lt__(b))
    total = Money(0)
    for m in [a, b, c]:
        total = total.__add__(m)
    print(total.__str__())
    print(a is a, a is not c)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
