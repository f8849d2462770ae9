def describe(n):
    if n < 0:
        return "negative"
    return n


def entry_point(argv):
    print(describe(len(argv)))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: return_str_or_int.py:3:
# expect: return_str_or_int.py:4:
# expect: str and int
