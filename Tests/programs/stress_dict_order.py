import sys

# Dict and set stress: many insertions, deletions and re-insertions; iteration order and
# contents must match CPython's insertion order exactly.

def entry_point(argv):
    d = {}
    state = 7
    for i in range(6000):
        state = (state * 48271) % 2147483647
        k = state % 700
        if state % 5 == 0 and k in d:
            del d[k]
        elif state % 7 == 0:
            d.pop(k, 0)
        else:
            d[k] = d.get(k, 0) + i
    order = 0
    for k in d:
        order = (order * 131 + k) % 1000000007
    vals = 0
    for v in d.values():
        vals = (vals * 17 + v) % 1000000007
    print(len(d), order, vals)
    first = [str(k) for k in d][:10]
    print(" ".join(first))
    sd = {}
    for i in range(2000):
        key = "k%d" % ((i * 37) % 501)
        if key in sd and i % 3 == 0:
            del sd[key]
        else:
            sd[key] = i
    print(len(sd), " ".join(list(sd.keys())[:8]), sum(sd.values()))
    s = set()
    for i in range(3000):
        s.add((i * 7919) % 1013)
        if i % 4 == 0:
            s.discard((i * 31) % 1013)
    ordered = sorted(s)
    print(len(s), sum(ordered), ordered[0], ordered[-1])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
