class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)


def entry_point(argv):
    s = Stack()
    s.push(1)
    print(s.peek())
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: undefined_method.py:12:
# expect: 'peek'
