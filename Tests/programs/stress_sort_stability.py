import sys

# Sorting stress: stability with keys that collide, reverse=True stability, sorting strings
# with non-ASCII characters, tuples with mixed fields.

class Rec(object):
    def __init__(self, ident, group, name):
        self.ident = ident
        self.group = group
        self.name = name


def group_of(r):
    return r.group


def name_len(r):
    return len(r.name)


def entry_point(argv):
    recs = []
    state = 99
    syll = ["ka", "lo", "mé", "zu", "ñi", "be", "日"]
    for i in range(300):
        state = (state * 1103515245 + 12345) % 2147483648
        name = syll[state % 7] + syll[(state >> 8) % 7] * ((state >> 16) % 3)
        recs.append(Rec(i, (state >> 4) % 5, name))
    by_group = sorted(recs, key=group_of)
    print(" ".join([str(r.ident) for r in by_group[:20]]))
    by_group_rev = sorted(recs, key=group_of, reverse=True)
    print(" ".join([str(r.ident) for r in by_group_rev[:20]]))
    names = sorted([r.name for r in recs])
    print(" ".join(names[:12]), names[-1])
    recs.sort(key=name_len)
    print(" ".join([str(r.ident) for r in recs[:15]]))
    tuples = [(r.group, r.name, r.ident) for r in recs]
    tuples.sort()
    print(" ".join(["%d%s%d" % t for t in tuples[:8]]))
    tuples.sort(reverse=True)
    print(" ".join(["%d%s%d" % t for t in tuples[:8]]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
