class Point(object):
    def __init__(self, x):
        self.x = x


def entry_point(argv):
    p = Point(1)
    print(p.y)
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: missing_attribute.py:8:
# expect: 'y'
