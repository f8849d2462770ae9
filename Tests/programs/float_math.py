import sys
import math

# Float arithmetic, round, divmod, floor division and the math module.

def entry_point(argv):
    xs = [2.5, -2.5, 3.5, 0.5, 1.49999, -0.5, 7.0, 2.675]
    for x in xs:
        print(x, round(x), round(x, 1), round(x, 2), math.floor(x), math.ceil(x))
    print(round(1234.5678, -2), round(0.125, 2), round(-7.5))
    for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1.0, 0.3), (-1.0, 0.3)]:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r)
    print(math.sqrt(2.0), math.sqrt(16.0))
    print(math.sin(0.5), math.cos(0.5), math.tan(0.5))
    print(math.atan2(1.0, -1.0), math.atan(1.0), math.asin(0.5), math.acos(0.5))
    print(math.exp(1.0), math.log(10.0), math.log10(1000.0), math.log(8.0, 2.0))
    print(math.pow(2.0, 0.5), math.fabs(-3.25), math.hypot(3.0, 4.0))
    print(math.pi, math.e)
    print(math.isinf(float("inf")), math.isnan(float("inf")), math.isnan(0.0))
    print(math.fmod(-7.0, 3.0), -7.0 % 3.0)
    print(abs(-2.5), max(1.5, -2.0), min(1.5, -2.0))
    total = 0.0
    for i in range(1, 101):
        total += 1.0 / i
    print("harmonic", total)
    print(int(3.99), int(-3.99), int(1e15))
    print(float(10) / 4, 10 / 4.0, 2.0 * 3, 1.0 - 0.9)
    try:
        print(1.0 / 0.0)
    except ZeroDivisionError:
        print("float division by zero")
    try:
        print(5.0 % 0.0)
    except ZeroDivisionError:
        print("float modulo by zero")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
