import sys

# List, dict and set comprehensions, nested and with conditions.

def entry_point(argv):
    squares = [x * x for x in range(10)]
    evens = [x for x in squares if x % 2 == 0]
    print(" ".join([str(x) for x in evens]))
    pairs = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2 == 1]
    print(" ".join(["%d-%d" % (i, j) for i, j in pairs]))
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    flat = [v for row in matrix for v in row]
    print(" ".join([str(v) for v in flat]))
    diag = [matrix[i][i] for i in range(len(matrix))]
    print(" ".join([str(v) for v in diag]))
    lengths = {w: len(w) for w in ["apple", "fig", "banana"]}
    print(" ".join(["%s=%d" % (k, v) for k, v in lengths.items()]))
    inverse = {v: k for k, v in lengths.items() if v > 3}
    print(" ".join(["%d=%s" % (k, v) for k, v in inverse.items()]))
    letters = {c for c in "abracadabra" if c != "a"}
    print("".join(sorted(letters)))
    mods = {x % 5 for x in range(100)}
    print(len(mods), sum([m for m in mods]))
    words = ["Hello", "World", "foo"]
    print(" ".join([w.upper() if len(w) > 3 else w for w in words]))
    strs = [str(x) for x in range(3)]
    print("".join(strs))
    fl = [x / 2 for x in range(5)]
    print(" ".join([str(f) for f in fl]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
