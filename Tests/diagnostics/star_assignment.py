def entry_point(argv):
    first, *rest = [1, 2, 3]
    print(first, len(rest))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: star_assignment.py:2:
# expect: starred
