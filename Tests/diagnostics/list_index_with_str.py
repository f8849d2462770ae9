def entry_point(argv):
    items = [1, 2, 3]
    key = "first"
    print(items[key])
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: list_index_with_str.py:4:
# expect: str
