from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["RED"])
print(list(Color), len(Color), Color.RED in Color, Color.RED == Color.RED, Color.RED is Color(1))
print(Color.GREEN.describe(), [c.name for c in Color], isinstance(Color.RED, Color))
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.CIRCLE.value, Shape.SQUARE.value, {Color.RED: "r"}[Color.RED])
try:
    Color(9)
except ValueError as e:
    print(e)
def paint(c):
    match c:
        case Color.RED:
            return "hot"
        case _:
            return "cool"
print(paint(Color.RED), paint(Color.BLUE))
