class Cell(object):
    def __init__(self):
        self.content = 0

    def fill(self):
        self.content = "full"


def entry_point(argv):
    c = Cell()
    c.fill()
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: attribute_conflicting_types.py:6:
# expect: attribute_conflicting_types.py:3:
# expect: content
# expect: int and str
