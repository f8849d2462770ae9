# Subclasses of int, float and bool values: overridden operators win over the built-in
# arithmetic (which the interpreter runs through fast paths for exact ints and floats).


class I(int):
    def __add__(self, other):
        return "I.__add__"

    def __lt__(self, other):
        return "I.__lt__"

    def __radd__(self, other):
        return "I.__radd__"


class F(float):
    def __mul__(self, other):
        return "F.__mul__"

    def __eq__(self, other):
        return "F.__eq__"

    def __truediv__(self, other):
        return "F.__truediv__"


class Plain(int):
    pass


print(I(3) + 4, I(3) < 4, 4 + I(3), I(3) - 1)
print(F(2.0) * 3.0, F(2.0) == 2.0, F(1.0) / 0.0, F(2.0) + 1)
x = I(5)
x += 1
print(x)
y = F(1.5)
y *= 2
print(y)
p = Plain(7)
print(p + 1, p * 2.5, type(p + 1).__name__, p < 8, p == 7)
print(True + True, True * 2.5, False - 1, True < 2, True == 1.0, 2 ** 0.5, 2.0 ** -1)
print(1 / 4, 7 // 2, -7 // 2, 7 % -3, 2 ** 62 * 4, 1.5 + 2, 3 - 0.5, 10 * 0.1)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(float("inf") - float("inf") != 0, 0.1 + 0.2, 1e308 * 10, -0.0 * 1)
