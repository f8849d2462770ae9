import sys

# More run-time generators, each iterated by a for loop in the function that creates it:
# early return, yield inside nested loops and try/finally, generators calling generators'
# owners, state carried between yields, break out of the consuming loop.

def take_while_positive(items):
    for x in items:
        if x <= 0:
            return
        yield x


def pairs(n):
    for i in range(n):
        for j in range(i + 1, n):
            yield i * 10 + j


def tokens(text):
    word = ""
    for c in text:
        if c.isalnum():
            word += c
        else:
            if word:
                yield word
            word = ""
            if c != " ":
                yield c
    if word:
        yield word


def guarded(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("generator finished")


def running_max(items):
    best = items[0]
    for x in items:
        if x > best:
            best = x
        yield best


def entry_point(argv):
    out = []
    for x in take_while_positive([3, 1, 4, 0, 5, 9]):
        out.append(str(x))
    print(" ".join(out))
    total = 0
    count = 0
    for p in pairs(5):
        total += p
        count += 1
    print(count, total)
    toks = []
    for t in tokens("x1 = foo(a, b2) + 42;"):
        toks.append(t)
    print(" ".join(toks), len(toks))
    log = []
    s = 0
    for i in guarded(4, log):
        s += i
    print(s, " ".join(log))
    maxima = []
    for m in running_max([2, 5, 1, 7, 3, 7, 8]):
        maxima.append(str(m))
        if m >= 7:
            break
    print(" ".join(maxima))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
