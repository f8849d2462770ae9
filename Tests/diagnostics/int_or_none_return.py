def find(lst, x):
    for i in range(len(lst)):
        if lst[i] == x:
            return i
    return None


def entry_point(argv):
    print(find([1, 2, 3], 2))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: int_or_none_return.py:5:
# expect: int_or_none_return.py:4:
# expect: None
