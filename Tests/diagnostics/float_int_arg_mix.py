def scale(x, k):
    return x * k


def entry_point(argv):
    print(scale(2, 3))
    print(scale(2.5, 3))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: float_int_arg_mix.py:7:
# expect: float_int_arg_mix.py:6:
# expect: int and float cannot be mixed
