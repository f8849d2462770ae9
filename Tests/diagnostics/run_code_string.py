def entry_point(argv):
    exec("print(1)")
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: run_code_string.py:2:
# expect: exec
# expect: not supported
