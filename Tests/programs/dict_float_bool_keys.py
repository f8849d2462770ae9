import sys

# Dicts and sets keyed by floats (with -0.0 == 0.0), bools and tuples containing floats.

def entry_point(argv):
    d = {1.5: "a", -0.0: "z", 2.0: "b"}
    d[0.0] = "zero"
    print(len(d), d[1.5], d[0.0], d.get(2.0, "?"), 3.0 in d)
    b = {True: 1, False: 0}
    print(b[True], b[1 > 2])
    s = {0.1 + 0.2, 0.3, 0.30000000000000004}
    print(len(s))
    t = {(1.5, "x"): 1}
    print(t[(1.5, "x")])
    h = {}
    for c in "hello":
        h[ord(c) * 0.5] = c
    print(" ".join(["%s:%s" % (k, v) for k, v in h.items()]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
