def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def entry_point(argv):
    print(average([1.5, 2.5]))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: float_accumulator.py:2:
# expect: float_accumulator.py:4:
# expect: 'total'
# expect: int and float cannot be mixed
