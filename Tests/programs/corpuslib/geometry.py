"""Shapes with a module-level registry, imported by multi_module.py."""

import math

REGISTRY = []


class Shape(object):
    kind = "shape"

    def area(self):
        return 0.0


class Circle(Shape):
    kind = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


class Rect(Shape):
    kind = "rect"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def register(shape):
    REGISTRY.append(shape)
    return len(REGISTRY)


UNIT = Circle(1.0)
register(UNIT)
