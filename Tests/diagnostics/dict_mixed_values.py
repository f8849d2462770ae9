def entry_point(argv):
    d = {}
    d["a"] = 1
    d["b"] = "two"
    print(len(d))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: dict_mixed_values.py:4:
# expect: dict_mixed_values.py:3:
# expect: int and str
