import sys

# Implicit IndexError, KeyError, ZeroDivisionError and ValueError caught by except.

def safe_get(lst, i):
    try:
        return lst[i]
    except IndexError:
        return -1


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def safe_mod(a, b):
    try:
        return a % b
    except ZeroDivisionError:
        return -99


def safe_lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing"


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -12345


def entry_point(argv):
    lst = [10, 20, 30]
    print(safe_get(lst, 0), safe_get(lst, 2), safe_get(lst, 3), safe_get(lst, -3), safe_get(lst, -4))
    print(safe_div(7, 2), safe_div(7, 0), safe_mod(7, 0), safe_mod(-7, 3))
    d = {"a": "A"}
    print(safe_lookup(d, "a"), safe_lookup(d, "b"))
    print(parse("42"), parse("-17"), parse(" 8 "), parse("x1"), parse(""), parse("3.5"))
    try:
        lst[5] = 1
    except IndexError:
        print("store IndexError")
    try:
        print(1 / 0)
    except ZeroDivisionError:
        print("true division ZeroDivisionError")
    try:
        divmod(5, 0)
    except ZeroDivisionError:
        print("divmod ZeroDivisionError")
    try:
        x = "abc"[7]
        print(x)
    except IndexError:
        print("str IndexError")
    try:
        [].pop()
    except IndexError:
        print("pop IndexError")
    try:
        print(float("nope"))
    except ValueError:
        print("float ValueError")
    try:
        a, b = [1, 2, 3]
        print(a, b)
    except ValueError:
        print("unpack ValueError")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
