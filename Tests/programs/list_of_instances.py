import sys

# A list of instances of several subclasses, processed polymorphically.

class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"


def area_of(s):
    return s.area()


def entry_point(argv):
    shapes = [Rect(2.0, 3.0), Circle(1.0), Square(2.5), Shape("blob")]
    shapes.append(Circle(0.5))
    for s in shapes:
        print(s.describe())
    total = 0.0
    for s in shapes:
        total += s.area()
    print("total %.3f" % total)
    biggest = shapes[0]
    for s in shapes:
        if s.area() > biggest.area():
            biggest = s
    print("biggest", biggest.name)
    shapes.sort(key=area_of)
    print(" ".join([s.name for s in shapes]))
    rects = [s for s in shapes if isinstance(s, Rect)]
    print(len(rects), rects[0].name)
    print(shapes.index(biggest), biggest in shapes)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
