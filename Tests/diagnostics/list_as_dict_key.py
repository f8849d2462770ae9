def entry_point(argv):
    seen = {}
    seen[[1, 2]] = True
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: list_as_dict_key.py:3:
# expect: hash
