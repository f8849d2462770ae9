import sys

# Text processing: word frequencies with normalisation, top-k by (count desc, word asc).

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""


def normalise(word):
    out = []
    for c in word.lower():
        if c.isalpha():
            out.append(c)
    return "".join(out)


def sort_key(item):
    return (-item[1], item[0])


def entry_point(argv):
    counts = {}
    total = 0
    for line in TEXT.split("\n"):
        for raw in line.split():
            w = normalise(raw)
            if w == "":
                continue
            counts[w] = counts.get(w, 0) + 1
            total += 1
    print("words", total, "distinct", len(counts))
    items = list(counts.items())
    items.sort(key=sort_key)
    for w, n in items[:6]:
        print("%-8s %3d %5.1f%%" % (w, n, 100.0 * n / total))
    longest = ""
    for w in counts:
        if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
            longest = w
    print("longest", longest)
    caps = [w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
    print(" ".join(caps))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
