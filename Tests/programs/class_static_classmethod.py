import sys

# @staticmethod and @classmethod, called on classes and on instances, and inherited.

class Temperature(object):
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9.0 / 5.0 + 32.0

    @classmethod
    def label(cls):
        return "scale " + cls.scale

    def show(self):
        return "%.1f%s" % (self.degrees, self.scale)


class Kelvin(Temperature):
    scale = "K"


class MathUtil(object):
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a

    @staticmethod
    def lcm(a, b):
        return a // MathUtil.gcd(a, b) * b


def entry_point(argv):
    print(Temperature.c_to_f(100.0), Temperature.c_to_f(-40.0))
    t = Temperature(100.0)
    print(t.show(), t.c_to_f(t.degrees))
    k = Kelvin(0.0)
    print(k.show(), isinstance(k, Kelvin))
    print(Temperature.label(), Kelvin.label())
    print(MathUtil.gcd(84, 36), MathUtil.lcm(4, 6), MathUtil.gcd(17, 5))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
