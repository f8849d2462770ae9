import sys
import corpuslib
import corpuslib.geometry as geo
from corpuslib.textutil import title_case, WORDS, LENGTHS, BANNER
from corpuslib import textutil

# A program split over modules: `import a.b as c`, `from x import y`, module-level prebuilt
# state in another module mutated at run time, classes defined in another module.

class Square(geo.Rect):
    kind = "square"

    def __init__(self, side):
        geo.Rect.__init__(self, side, side)


def entry_point(argv):
    print(corpuslib.VERSION, BANNER)
    print(title_case("hello wide  WORLD"), textutil.longest(WORDS), LENGTHS["gamma"])
    n = geo.register(geo.Rect(2.0, 3.0))
    n = geo.register(Square(1.5))
    print("registered", n)
    for s in geo.REGISTRY:
        print(s.kind, "%.4f" % s.area(), isinstance(s, geo.Rect))
    print(geo.UNIT.r, geo.Circle.kind)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
