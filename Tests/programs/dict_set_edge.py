import sys

# Dict and set details: sorted(d.items()), a dict comprehension over zip, re-insertion order, set of tuples,
# set comprehension of strings, dict of sets, pop/setdefault interplay.

def entry_point(argv):
    d = {k: v for k, v in zip(["c", "a", "b"], [3, 1, 2])}
    print(" ".join(["%s%d" % (k, v) for k, v in sorted(d.items())]))
    d["a"] = 10
    del d["c"]
    d["c"] = 30
    d.pop("b")
    d["b"] = 20
    print(" ".join(["%s%d" % (k, v) for k, v in d.items()]))
    print(len(d), "c" in d, d.setdefault("z", 0), list(d.keys())[-1])
    pts = set()
    for x in range(3):
        for y in range(3):
            pts.add((x * y, x + y))
    print(len(pts), (2, 3) in pts, (3, 2) in pts)
    print(" ".join(["%d,%d" % (a, b) for a, b in sorted(pts)]))
    words = {w.lower() for w in ["Apple", "apple", "APPLE", "Pear"]}
    print(" ".join(sorted(words)))
    groups = {}
    for w in ["ant", "bee", "asp", "bat", "cow"]:
        groups.setdefault(w[0], set()).add(w)
    for k in sorted(groups.keys()):
        print(k, " ".join(sorted(groups[k])))
    e = {1: "x"}
    e.update({2: "y", 1: "z"})
    print(" ".join(["%d%s" % (k, v) for k, v in e.items()]))
    s1 = {1, 2, 3}
    s2 = {3, 4}
    s3 = s1 | s2
    s3 -= {1}
    s3 &= {2, 3, 4, 5}
    s3 ^= {4, 9}
    print(" ".join([str(x) for x in sorted(s3)]), s1 == {3, 2, 1}, s1 != s2)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
