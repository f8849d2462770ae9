import no_such_module_here


def entry_point(argv):
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: import_missing.py:1:
# expect: No module named 'no_such_module_here'
