import sys

# Every list method of the contract.

def show(lst):
    return "[" + ", ".join([str(x) for x in lst]) + "]"


def entry_point(argv):
    a = [3, 1, 4]
    a.append(1)
    a.extend([5, 9, 2])
    a.insert(0, 6)
    a.insert(-1, 7)
    a.insert(100, 8)
    print(show(a), len(a))
    print(a.pop(), a.pop(0), a.pop(-2), show(a))
    a.remove(1)
    print(show(a), a.index(4), a.index(1), a.count(1), a.count(42))
    a.reverse()
    print(show(a))
    a.sort()
    print(show(a))
    b = a.copy()
    b.append(100)
    print(show(a), show(b))
    c = a + b
    print(show(c), len(c))
    d = [0] * 5
    d[2] = 7
    print(show(d), show([1, 2] * 3), show([9] * 2))
    print(a == [1, 3, 4, 5, 7, 9], a != b, [1, 2] == [1, 2], [] == [])
    print(3 in a, 42 in a, 42 not in a)
    b.clear()
    print(show(b), len(b))
    try:
        a.remove(42)
    except ValueError:
        print("remove missing: ValueError")
    try:
        a.index(42)
    except ValueError:
        print("index missing: ValueError")
    e = []
    try:
        e.pop()
    except IndexError:
        print("pop empty: IndexError")
    a += [10, 11]
    print(show(a), a[-1], a[0])
    strs = ["x", "y"]
    strs.extend(["z"])
    print(", ".join(strs))
    print(sum(a), min(a), max(a), sum([]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
