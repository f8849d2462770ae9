import sys

# Nested dicts and dicts of lists: grouping and an index.

def group_by_length(words):
    groups = {}
    for w in words:
        n = len(w)
        if n not in groups:
            groups[n] = []
        groups[n].append(w)
    return groups


def entry_point(argv):
    words = "a bb cc ddd e fff gggg hh".split()
    groups = group_by_length(words)
    for n in sorted(groups.keys()):
        print(n, ",".join(groups[n]))
    index = {}
    text = ["the quick fox", "the lazy dog", "quick quick dog"]
    for lineno, line in enumerate(text):
        for w in line.split():
            per = index.setdefault(w, {})
            per[lineno] = per.get(lineno, 0) + 1
    for w in index:
        per = index[w]
        print(w, " ".join(["%d:%d" % (k, v) for k, v in per.items()]))
    index["fox"][2] = 5
    print(index["fox"][2], len(index["fox"]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
