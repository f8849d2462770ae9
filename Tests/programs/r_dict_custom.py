import sys
from rlib.objectmodel import r_dict

# r_dict with custom equality and hash functions: case-insensitive string keys and point keys.

def ci_eq(a, b):
    return a.lower() == b.lower()


def ci_hash(a):
    return hash(a.lower())


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def pt_eq(a, b):
    return a.x == b.x and a.y == b.y


def pt_hash(p):
    return p.x * 1000003 + p.y


def entry_point(argv):
    d = r_dict(ci_eq, ci_hash)
    d["Hello"] = 1
    d["WORLD"] = 2
    d["hello"] = 3
    print(len(d), d["HELLO"], d["world"], "World" in d, "x" in d)
    print(d.get("nope", -1), d.get("Hello", -1))
    del d["hello"]
    print(len(d), "Hello" in d)
    for k in d:
        print("key", k)
    pts = r_dict(pt_eq, pt_hash)
    pts[Point(1, 2)] = "a"
    pts[Point(3, 4)] = "b"
    pts[Point(1, 2)] = "c"
    print(len(pts), pts[Point(1, 2)], pts.get(Point(9, 9), "none"))
    try:
        print(pts[Point(0, 0)])
    except KeyError:
        print("KeyError")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
