def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": px, **others}:
            return f"point x={px} others={others}"
        case {"name": str(name)}:
            return f"named {name}"
        case (1, 2, 3):
            return "never: tuple of 3 is also a sequence"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case int(n) if n > 100:
            return f"big int {n}"
        case float():
            return "a float"
        case _:
            return "other"
for v in [0, 2, -1, None, "hello", [1, 2], [5, 6, 7], (9,), {"type": "point", "x": 1, "y": 2},
          {"name": "bo"}, {"name": 5}, "abcdef", "ab", 500, 50, 2.5, True]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Color:
    RED = "red"
    GREEN = "green"
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
    return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), "x"]:
    print(where(p))
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
match = 5
print(match)
def f(match):
    return match + 1
print(f(1))
