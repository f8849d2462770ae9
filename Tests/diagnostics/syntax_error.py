def entry_point(argv):
    x = (1 +
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: syntax_error.py:
# expect: SyntaxError
