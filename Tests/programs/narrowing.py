import sys

# Type narrowing: isinstance and `is not None` tests in if/while/and/or/assert/conditional
# expressions; getattr with a constant attribute name.

class Base(object):
    def __init__(self, tag):
        self.tag = tag


class Leaf(Base):
    def __init__(self, value):
        Base.__init__(self, "leaf")
        self.value = value


class Pair(Base):
    def __init__(self, left, right):
        Base.__init__(self, "pair")
        self.left = left
        self.right = right


class Holder(object):
    def __init__(self):
        self.item = None
        self.name = None


def total(node):
    if isinstance(node, Leaf):
        return node.value
    assert isinstance(node, Pair)
    return total(node.left) + total(node.right)


def leaf_value_or(node, default):
    return node.value if isinstance(node, Leaf) else default


def name_length(h):
    if h.name is not None and len(h.name) > 3:
        return len(h.name)
    return -1


def first_leaf(node):
    while not isinstance(node, Leaf):
        assert isinstance(node, Pair)
        node = node.left
    return node.value


def entry_point(argv):
    tree = Pair(Pair(Leaf(1), Leaf(2)), Pair(Leaf(3), Pair(Leaf(4), Leaf(5))))
    print(total(tree), leaf_value_or(tree, -1), leaf_value_or(Leaf(7), -1), first_leaf(tree))
    h = Holder()
    print(name_length(h), h.item is None)
    h.name = "ab"
    print(name_length(h))
    h.name = "abcdef"
    h.item = Leaf(9)
    print(name_length(h), h.item is not None and isinstance(h.item, Leaf))
    it = h.item
    if it is not None and isinstance(it, Leaf):
        print("item value", it.value)
    print(getattr(tree, "tag"), getattr(Leaf(3), "value"), getattr(h, "name"))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
