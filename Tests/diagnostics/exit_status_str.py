def entry_point(argv):
    print("hello")
    return "ok"


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: exit_status_str.py:
# expect: int exit status
