def entry_point(argv):
    total = 0
    for a in argv:
        total += len(a)
    print(totl)
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: undefined_name.py:5:
# expect: 'totl' is not defined
