def entry_point(argv):
    items = [1, "two", 3]
    print(len(items))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: list_mixed_types.py:2:
# expect: int and str
