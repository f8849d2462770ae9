import sys

# Tuple and list unpacking: nested targets, swaps, fixed-length lists, run-time length mismatch.

def parse_pair(s):
    parts = s.split("=")
    key, value = parts
    return key, value


def entry_point(argv):
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    (p, q), r = (4, 5), 6
    print(p, q, r)
    x, (y, z) = "s", (7, "t")
    print(x, y, z)
    first, second = [10, 20]
    print(first, second)
    k, v = parse_pair("name=value")
    print(k, v)
    try:
        k, v = parse_pair("a=b=c")
        print(k, v)
    except ValueError:
        print("too many values")
    try:
        k, v = parse_pair("novalue")
        print(k, v)
    except ValueError:
        print("not enough values")
    rows = [(1, ("a", 2.5)), (2, ("b", -1.0))]
    for n, (name, val) in rows:
        print(n, name, val)
    lst = [3, 1, 2]
    lst[0], lst[2] = lst[2], lst[0]
    print(lst[0], lst[1], lst[2])
    m, n = divmod(17, 5)
    print(m, n)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
