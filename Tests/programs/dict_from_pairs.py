import sys

# dict() built from a list of pairs and from zip(), and list(zip(...)).

def entry_point(argv):
    d = dict([("x", 1), ("y", 2), ("x", 3)])
    print(len(d), d["x"], d["y"])
    e = dict(zip(["c", "a", "b"], [3, 1, 2]))
    print(" ".join(["%s%d" % (k, v) for k, v in e.items()]))
    pairs = list(zip(range(3), "abc"))
    print(len(pairs), pairs[1][0], pairs[2][1])
    f = dict(pairs)
    print(f[0], f[2])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
