import sys


def pick(flag):
    if flag:
        x = 1
    else:
        x = 2.5
    return x


def entry_point(argv):
    print(pick(len(argv) > 1))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: union_int_float.py:6:
# expect: union_int_float.py:8:
# expect: int and float cannot be mixed
