TABLE = [1, 2, 3]
SCALE = 10 // (len(TABLE) - 3)


def entry_point(argv):
    return SCALE


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: init_time_exception.py:2:
# expect: ZeroDivisionError
