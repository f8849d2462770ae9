import sys

# Nested functions and lambdas that read outer names without rebinding them, used locally.

def process(values, threshold):
    def keep(v):
        return v > threshold

    def describe(v):
        return "%d%s" % (v, "*" if v > 2 * threshold else "")

    return " ".join([describe(v) for v in values if keep(v)])


def sort_by_distance(points, cx):
    return sorted(points, key=lambda p: abs(p - cx))


def count_if(lst, pred):
    n = 0
    for x in lst:
        if pred(x):
            n += 1
    return n


GT3 = lambda x: x > 3


def is_odd(x):
    return x % 2 == 1


def entry_point(argv):
    print(process([1, 5, 9, 3, 12, 7], 4))
    print(" ".join([str(p) for p in sort_by_distance([10, 1, 7, 4, 6], 5)]))
    print(count_if([1, 2, 3, 4, 5], is_odd))
    print(count_if([1, 2, 3, 4, 5], GT3))
    sq = lambda x: x * x
    print(sq(12))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
