import sys

# Memoisation in dicts keyed by tuples, functions returning tuples with None-able parts,
# tuples stored in lists and dicts, and %-formatting with a tuple built at run time.

def grid_paths(r, c, memo):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    memo[key] = v
    return v


def split_name(full):
    parts = full.split(" ")
    if len(parts) == 1:
        return (parts[0], None)
    return (parts[0], parts[-1])


def stats(values):
    lo = values[0]
    hi = values[0]
    total = 0
    for v in values:
        lo = min(lo, v)
        hi = max(hi, v)
        total += v
    return lo, hi, total, float(total) / len(values)


def entry_point(argv):
    memo = {}
    print(grid_paths(10, 10, memo), grid_paths(16, 16, memo), len(memo))
    for full in ["Ada Lovelace", "Plato", "Guido van Rossum"]:
        first, last = split_name(full)
        if last is None:
            print(first, "(no last name)")
        else:
            print(first, "/", last, len(last))
    row = stats([4, 8, 15, 16, 23, 42])
    print("min=%d max=%d sum=%d mean=%.3f" % row)
    lo, hi, total, mean = row
    print(lo + hi, total, mean)
    history = []
    for i in range(4):
        history.append((i, "step%d" % i, i * 0.25))
    history[2] = (20, "changed", -1.0)
    for n, label, w in history:
        print(n, label, w)
    best = {}
    for n, label, w in history:
        best[label] = (n, w)
    print(best["changed"][0], best["step3"][1])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
