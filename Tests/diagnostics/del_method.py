class Handle(object):
    def __init__(self, fd):
        self.fd = fd

    def __del__(self):
        print("closing", self.fd)


def entry_point(argv):
    h = Handle(3)
    print(h.fd)
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: del_method.py:5:
# expect: __del__
