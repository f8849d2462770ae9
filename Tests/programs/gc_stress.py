import sys

# Allocation stress: many short-lived lists, strings, tuples and instances while a few
# long-lived structures are kept and checked (the collector must not free live objects).

class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next
        self.payload = [value] * 3


def churn(rounds):
    keep = []
    table = {}
    chain = None
    checksum = 0
    for r in range(rounds):
        tmp = [str(i) + "-" + str(r) for i in range(20)]
        joined = ",".join(tmp)
        checksum = (checksum + len(joined)) % 1000000007
        t = (r, joined[:5], float(r) / 3.0)
        if r % 10 == 0:
            keep.append(t)
        chain = Node(r, chain)
        if r % 7 == 0:
            table["k%d" % r] = Node(-r, None)
        if r % 100 == 99:
            chain = None
    length = 0
    n = chain
    while n is not None:
        length += n.payload[1]
        n = n.next
    total = 0
    for k in table:
        total += table[k].value
    return checksum, len(keep), keep[-1][1], length, len(table), total


def entry_point(argv):
    checksum, kept, last, length, entries, total = churn(3050)
    print(checksum, kept, last, length, entries, total)
    big = []
    for i in range(20000):
        big.append("item%d" % i)
    s = 0
    for x in big:
        s += len(x)
    print(len(big), s, big[12345])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
