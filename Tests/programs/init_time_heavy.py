import sys

# Heavier init-time evaluation: generators, sorted with lambdas, try/except, f-strings,
# special methods used only at init time, recursion, sets and nested comprehensions. The
# results are frozen into prebuilt constants read at run time.

def _gen_squares(n):
    for i in range(n):
        yield i * i


class _Version(object):
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __str__(self):
        return ".".join([str(p) for p in self.parts])


_versions = sorted([_Version(v) for v in ["1.10.0", "1.2.3", "0.9", "1.2.10", "2.0"]])
VERSION_ORDER = [str(v) for v in _versions]
LATEST = str(max(_versions))

SQUARES = list(_gen_squares(10))
EVEN_SQUARES = tuple(s for s in SQUARES if s % 2 == 0)

_errors = []
for _text in ["12", "x", "7", ""]:
    try:
        int(_text)
    except ValueError:
        _errors.append(_text)
BAD_INPUTS = _errors

WORDS = sorted("the quick brown fox jumps over the lazy dog".split(), key=lambda w: (-len(w), w))
LETTERS = "".join(sorted(set("".join(WORDS))))
LABELS = [f"{i:03d}:{w[:3]}" for i, w in enumerate(WORDS)]


def _fib(n):
    return n if n < 2 else _fib(n - 1) + _fib(n - 2)


FIBS = {n: _fib(n) for n in range(15)}
PAIRS = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
MATRIX = [[1 if i == j else 0 for j in range(3)] for i in range(3)]


def entry_point(argv):
    print(" ".join(VERSION_ORDER), LATEST)
    print(len(SQUARES), SQUARES[-1], len(EVEN_SQUARES), EVEN_SQUARES[2])
    print(len(BAD_INPUTS), "|".join(BAD_INPUTS))
    print(" ".join(WORDS))
    print(LETTERS, len(LETTERS))
    print(" ".join(LABELS[:4]))
    print(FIBS[14], len(FIBS))
    print(" ".join(["%d%d" % p for p in PAIRS]))
    print(sum([sum(row) for row in MATRIX]), MATRIX[1][1])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
