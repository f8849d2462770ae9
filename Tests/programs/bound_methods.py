import sys

# Bound methods as values: stored in variables, lists and dicts, used as sort keys.

class Counter(object):
    def __init__(self, name, step):
        self.name = name
        self.step = step
        self.value = 0

    def tick(self):
        self.value += self.step
        return self.value

    def distance(self, x):
        return abs(x - self.step)


def call_n(f, n):
    r = 0
    for i in range(n):
        r = f()
    return r


def entry_point(argv):
    a = Counter("a", 1)
    b = Counter("b", 10)
    t = a.tick
    t()
    t()
    print(a.value, call_n(b.tick, 3), b.value)
    ticks = [a.tick, b.tick, a.tick]
    print(" ".join([str(f()) for f in ticks]))
    table = {"a": a.tick, "b": b.tick}
    print(table["b"](), table["a"]())
    nums = [1, 9, 4, 12, 7]
    nums.sort(key=b.distance)
    print(" ".join([str(n) for n in nums]))
    print(sorted(["ccc", "a", "bb"], key=len)[0])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
