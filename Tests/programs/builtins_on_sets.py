import sys

# sum/min/max/len/sorted/list over sets and dict views.

def entry_point(argv):
    s = {4, 8, 15, 16, 23, 42}
    print(sum(s), len(s), min(s), max(s))
    print(" ".join([str(x) for x in sorted(s)]))
    d = {"a": 3, "b": 9, "c": 1}
    print(sum(d.values()), max(d.values()), min(d.keys()), len(d.items()))
    lst = list(s)
    lst.sort()
    print(lst[0], lst[-1])
    print(sorted(d)[0], sorted(d.values())[1])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
