import sys

# Every dict method of the contract; insertion order kept like CPython.

def show(d):
    return "{" + ", ".join(["%s: %d" % (k, v) for k, v in d.items()]) + "}"


def entry_point(argv):
    d = {"one": 1, "two": 2}
    d["three"] = 3
    d["one"] = 11
    print(show(d), len(d))
    print(d.get("two", 0), d.get("four", -1), d.get("one", 0))
    print(d.setdefault("four", 4), d.setdefault("one", 100), show(d))
    print(d.pop("two"), d.pop("nine", 9), show(d))
    del d["three"]
    print(show(d), "three" in d, "four" in d, "x" not in d)
    d["two"] = 22
    print(" ".join(d.keys()), " ".join([str(v) for v in d.values()]))
    for k in d:
        print("key", k)
    for k, v in d.items():
        print("item", k, v)
    e = d.copy()
    e["new"] = 0
    print(show(d), show(e))
    d.update(e)
    d.update({"z": 26})
    print(show(d))
    try:
        print(d["missing"])
    except KeyError:
        print("KeyError")
    try:
        d.pop("missing")
    except KeyError:
        print("pop KeyError")
    try:
        del d["missing"]
    except KeyError:
        print("del KeyError")
    d.clear()
    print(show(d), len(d))
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    print(show(counts))
    print(show(dict(counts)))
    opt = {"a": "x"}
    v = opt.get("b")
    print(v is None, opt.get("a") == "x")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
