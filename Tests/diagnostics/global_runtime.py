COUNTER = 0


def bump():
    global COUNTER
    COUNTER += 1


def entry_point(argv):
    bump()
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: global_runtime.py:5:
# expect: global COUNTER
