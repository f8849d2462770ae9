def entry_point(argv):
    x = 1
      y = 2
    return x + y


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: indentation_error.py:3:
# expect: unexpected indent
