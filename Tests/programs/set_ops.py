import sys

# Sets: methods and operators; always sorted before printing.

def show(s):
    return "{" + ", ".join([str(x) for x in sorted(s)]) + "}"


def entry_point(argv):
    a = set([1, 2, 3, 4])
    b = {3, 4, 5, 6}
    print(show(a | b), show(a & b), show(a - b), show(b - a), show(a ^ b))
    a.add(10)
    a.add(1)
    a.discard(2)
    a.discard(99)
    a.remove(3)
    print(show(a), len(a), 10 in a, 3 in a, 3 not in a)
    try:
        a.remove(99)
    except KeyError:
        print("remove missing: KeyError")
    c = a.copy()
    c.update([7, 8])
    c.update({9})
    print(show(a), show(c))
    print(set([1, 10]).issubset(a), a.issubset(c), c.issuperset(a), a.issuperset(c))
    x = c.pop()
    print(x in c, len(c))
    c.clear()
    print(len(c), show(c))
    words = set("mississippi")
    print("".join(sorted(words)))
    seen = set()
    dups = []
    for n in [3, 1, 3, 2, 1, 5]:
        if n in seen:
            dups.append(n)
        seen.add(n)
    print(show(seen), " ".join([str(d) for d in dups]))
    names = {"x", "y"}
    names |= {"z"}
    total = 0
    for n in a:
        total += n
    print(" ".join(sorted(names)), total)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
