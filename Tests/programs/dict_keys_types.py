import sys

# Dicts keyed by ints (incl. negative), strings and tuples; float values; re-insertion order.

def entry_point(argv):
    squares = {}
    for i in range(-5, 6):
        squares[i] = i * i
    print(" ".join(["%d:%d" % (k, v) for k, v in squares.items()]))
    print(squares[-3], squares[0], -5 in squares, 6 in squares)
    grid = {}
    for x in range(3):
        for y in range(3):
            grid[(x, y)] = x * 10 + y
    print(grid[(2, 1)], (1, 1) in grid, (3, 0) in grid, len(grid))
    del grid[(0, 0)]
    for (x, y), v in grid.items():
        if x == y:
            print("diag", x, y, v)
    names = {"b": 2.5, "a": 1.0}
    names["c"] = -0.5
    del names["b"]
    names["b"] = 9.0
    print(" ".join(["%s=%s" % (k, v) for k, v in names.items()]))
    big = {}
    for i in range(1000):
        big[i * 7919 % 1009] = i
    total = 0
    for k in big:
        total += k * big[k]
    print(len(big), total)
    for i in range(0, 1000, 2):
        del big[i * 7919 % 1009]
    print(len(big), list(big.keys())[:5] == [7919 % 1009, 3 * 7919 % 1009, 5 * 7919 % 1009, 7 * 7919 % 1009, 9 * 7919 % 1009])
    pairs = {("a", 1): "x", ("b", 2): "y"}
    print(pairs[("b", 2)], pairs.get(("c", 3), "none"))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
