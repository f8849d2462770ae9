def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def make():
    return numbers(3)


def entry_point(argv):
    total = 0
    for x in make():
        total += x
    print(total)
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: generator_returned.py:
# expect: escape
