import sys


def describe(x):
    return len(x)


def entry_point(argv):
    print(describe("abc"))
    print(describe([1, 2]))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: call_incompatible_types.py:10:
# expect: call_incompatible_types.py:9:
# expect: str and list[int]
