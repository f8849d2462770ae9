def add(a, b):
    return a + b


def entry_point(argv):
    print(add(1, 2, 3))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: wrong_arg_count.py:6:
# expect: takes 2 positional arguments but 3 were given
