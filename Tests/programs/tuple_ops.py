import sys

# Tuples: packing, unpacking (also nested), comparison, indexing, as dict keys, returned from
# functions.

def min_max(lst):
    lo = lst[0]
    hi = lst[0]
    for x in lst:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def swap(t):
    a, b = t
    return (b, a)


def entry_point(argv):
    lo, hi = min_max([4, -2, 9, 0])
    print(lo, hi)
    t = (1, "one", 1.5)
    n, s, f = t
    print(n, s, f, t[0], t[1], t[2], len(t))
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (x, y), z = (3, 4), 5
    print(x, y, z)
    p = swap(("left", "right"))
    print(p[0], p[1])
    print((1, 2) < (1, 3), (1, 2) < (1, 2), (2, 0) > (1, 9), (1, 2) == (1, 2), (1, 2) != (2, 1))
    print(("a", 1) < ("a", 2), ("b", 0) > ("a", 9), (1, 2) <= (1, 2), (3, 1) >= (3, 2))
    nums = (10, 20, 30, 40)
    total = 0
    for v in nums:
        total += v
    print(total, nums[-1], 20 in nums, 25 in nums)
    i = 2
    print(nums[i], nums[i - 1])
    points = [(1, 2), (0, 5), (1, -1)]
    points.sort()
    for px, py in points:
        print("point", px, py)
    for idx, (px, py) in enumerate(points):
        print(idx, px + py)
    single = (7,)
    print(single[0], len(single), len(()))
    nested = ((1, 2), (3, 4))
    print(nested[1][0])
    print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
