import sys

# A dict (and a list) created empty and filled inside nested for loops, read afterwards.

def entry_point(argv):
    counts = {}
    total = 0
    for line in ["a b", "a c a"]:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
            total += 1
    for w, n in counts.items():
        print(w, n, 100.0 * n / total)
    lengths = []
    for line in ["xy z", "w"]:
        for word in line.split():
            lengths.append(len(word) * 1.5)
    print(sum(lengths), len(lengths))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
