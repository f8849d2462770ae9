import sys

# Mixins marked _mixin_ = True as extra bases: their methods are copied into the class.

class ComparableMixin(object):
    _mixin_ = True

    def less_than(self, other):
        return self.key() < other.key()

    def equals(self, other):
        return self.key() == other.key()


class PrintableMixin(object):
    _mixin_ = True

    def render(self):
        return "<" + self.label() + ">"


class Item(object):
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def label(self):
        return self.name


class Box(Item, ComparableMixin, PrintableMixin):
    def key(self):
        return self.weight


class Tag(PrintableMixin):
    def __init__(self, text):
        self.text = text

    def label(self):
        return "#" + self.text


def entry_point(argv):
    a = Box("a", 3)
    b = Box("b", 5)
    c = Box("c", 3)
    print(a.less_than(b), b.less_than(a), a.equals(c), a.render(), b.render())
    t = Tag("x")
    print(t.render(), isinstance(a, Item))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
