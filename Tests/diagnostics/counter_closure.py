def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
    bump()
    return n


def entry_point(argv):
    print(counter())
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: counter_closure.py:5:
# expect: nonlocal
