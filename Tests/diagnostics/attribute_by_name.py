class Config(object):
    def __init__(self):
        self.width = 1
        self.height = 2


def entry_point(argv):
    c = Config()
    name = argv[0]
    print(getattr(c, name))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: attribute_by_name.py:10:
# expect: getattr
# expect: constant
