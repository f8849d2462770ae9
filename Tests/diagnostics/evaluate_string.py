def entry_point(argv):
    n = eval("1 + 2")
    print(n)
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: evaluate_string.py:2:
# expect: eval
# expect: not supported
