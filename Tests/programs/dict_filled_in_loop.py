import sys

# A dict filled in a loop with keys returned by a function, then read through items() in a
# comprehension. (Reading it must not be treated as unreachable.)

def classify(c):
    if c.isdigit():
        return "digit"
    return "upper" if c.isupper() else "lower"


def entry_point(argv):
    print("start")
    counts = {}
    text = "aB3cD4e"
    for i in range(len(text)):
        k = classify(text[i])
        counts[k] = counts.get(k, 0) + 1
    print(" ".join(["%s=%d" % (k2, v) for k2, v in counts.items()]))
    print(sorted(counts.keys())[0], sum([v for v in counts.values()]))
    print("end")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
