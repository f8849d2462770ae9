import sys

# Bound methods of prebuilt instances, taken at init time and stored in a dict and a list,
# called at run time.

class Counter(object):
    def __init__(self, name):
        self.name = name
        self.n = 0

    def hit(self):
        self.n += 1
        return self.n


A = Counter("a")
B = Counter("b")
HANDLERS = {"a": A.hit, "b": B.hit}
ORDER = [A.hit, B.hit, A.hit]


def entry_point(argv):
    for f in ORDER:
        f()
    print(HANDLERS["a"](), HANDLERS["b"](), A.n, B.n)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
