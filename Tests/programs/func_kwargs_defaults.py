import sys

# Keyword arguments and defaults, resolved statically at each call site.

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def box(width, height=1, fill="#", border=False):
    lines = []
    for i in range(height):
        if border and (i == 0 or i == height - 1):
            lines.append("+" * width)
        else:
            lines.append(fill * width)
    return "\n".join(lines)


def scale(values, factor=2, offset=0):
    return [v * factor + offset for v in values]


class Config(object):
    def __init__(self, name, verbose=False, level=1):
        self.name = name
        self.verbose = verbose
        self.level = level

    def render(self, prefix="", suffix=""):
        return "%s%s(v=%s, l=%d)%s" % (prefix, self.name, self.verbose, self.level, suffix)


def entry_point(argv):
    print(greet("ann"))
    print(greet("bob", "Hi"))
    print(greet("cy", punct="?"))
    print(greet(punct=".", name="di", greeting="Yo"))
    print(box(4))
    print(box(3, 3, border=True))
    print(box(width=2, height=2, fill="*"))
    print(" ".join([str(v) for v in scale([1, 2, 3])]))
    print(" ".join([str(v) for v in scale([1, 2, 3], offset=1)]))
    print(" ".join([str(v) for v in scale([1, 2, 3], 10, -1)]))
    print(Config("a").render())
    print(Config("b", level=3).render(suffix=";"))
    print(Config("c", True).render("> "))
    print(sorted([3, 1, 2], reverse=True)[0])
    print("x", "y", "z", sep="-", end=".\n")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
