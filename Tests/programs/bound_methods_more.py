import sys

# Bound methods of run-time instances of several subclasses: collected in lists, stored in
# instance attributes, used as sort keys, called after the instance was mutated.


class Shape(object):
    def __init__(self, s):
        self.s = s

    def area(self):
        return 0

    def scaled(self, k):
        return self.area() * k


class Sq(Shape):
    def area(self):
        return self.s * self.s


class Tri(Shape):
    def area(self):
        return self.s * self.s // 2


class Sorter(object):
    def __init__(self, center):
        self.center = center
        self.calls = 0

    def dist(self, x):
        self.calls += 1
        return abs(x - self.center)

    def run(self, items):
        return sorted(items, key=self.dist)


class Button(object):
    def __init__(self, label, action):
        self.label = label
        self.action = action

    def press(self):
        return self.label + ":" + str(self.action())


def entry_point(argv):
    shapes = [Sq(3), Tri(4), Shape(5)]
    methods = [s.area for s in shapes]
    print(" ".join([str(m()) for m in methods]))
    shapes[0].s = 10
    print(methods[0](), [s.scaled for s in shapes][1](3))
    so = Sorter(5)
    print(" ".join([str(x) for x in so.run([1, 9, 4, 6, 5])]), so.calls)
    b = Button("sq", shapes[0].area)
    c = Button("tri", shapes[1].area)
    print(b.press(), c.press())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
