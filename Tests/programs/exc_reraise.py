import sys

# Re-raise with bare raise, raising in except, exceptions through several frames.

class ParseError(Exception):
    def __init__(self, pos):
        self.pos = pos


def parse_digit(s, i):
    c = s[i]
    if not c.isdigit():
        raise ParseError(i)
    return ord(c) - ord("0")


def parse_number(s):
    n = 0
    for i in range(len(s)):
        n = n * 10 + parse_digit(s, i)
    return n


def logged_parse(s):
    try:
        return parse_number(s)
    except ParseError:
        print("  log: bad input", s)
        raise


def depth(n):
    if n == 0:
        raise IndexError()
    if n < 0:
        return 0
    return depth(n - 1) + 1


def entry_point(argv):
    for s in ["123", "12x4", "0", "x"]:
        try:
            print(logged_parse(s))
        except ParseError as e:
            print("error at", e.pos)
    try:
        depth(50)
    except IndexError:
        print("deep IndexError")
    try:
        try:
            raise ValueError()
        except ValueError:
            raise KeyError()
    except KeyError:
        print("converted to KeyError")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
