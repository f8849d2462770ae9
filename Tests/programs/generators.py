import sys

# Generators (yield) iterated directly by a for loop in the function that creates them.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(lst):
    for x in lst:
        if x % 2 == 0:
            yield x


def fib_gen(limit):
    a = 0
    b = 1
    while a < limit:
        yield a
        a, b = b, a + b


def words(text):
    start = -1
    for i in range(len(text)):
        if text[i] == " ":
            if start >= 0:
                yield text[start:i]
            start = -1
        elif start < 0:
            start = i
    if start >= 0:
        yield text[start:]


def entry_point(argv):
    total = 0
    for i in count_up(10):
        total += i
    print(total)
    out = []
    for x in evens([1, 2, 3, 4, 5, 6, 8]):
        out.append(str(x))
    print(" ".join(out))
    fibs = []
    for f in fib_gen(100):
        fibs.append(f)
    print(" ".join([str(f) for f in fibs]))
    for w in words("  the  quick brown   fox "):
        print("[" + w + "]")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
