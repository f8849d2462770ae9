def entry_point(argv):
    s = "Hello"
    print(s.casefold())
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: str_unsupported_method.py:3:
# expect: 'casefold'
