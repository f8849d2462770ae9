import sys

# State carried between iterations of for loops over every kind of iterable: a bool flag, an
# int, a str and a None-able instance rebound in the body, read in the next iteration.

class Mark(object):
    def __init__(self, label):
        self.label = label


def over_list(items):
    seen = False
    prev = ""
    count = 0
    last = None
    out = []
    for x in items:
        if seen:
            out.append(prev + ">" + x)
        seen = True
        prev = x
        count += 1
        if last is not None:
            out.append("after " + last.label)
        last = Mark(x)
    return "%s %d %s" % (",".join(out), count, "none" if last is None else last.label)


def over_string(s):
    upper_next = True
    out = []
    for c in s:
        if upper_next:
            out.append(c.upper())
        else:
            out.append(c)
        upper_next = c == " "
    return "".join(out)


def over_dict(d):
    first = True
    out = []
    for k in d:
        if not first:
            out.append(",")
        first = False
        out.append(k)
    for k, v in d.items():
        if first:
            out.append("never")
        first = not first
        out.append("%s%d" % (k, v) if first else "")
    return "".join(out)


def over_enumerate_zip(items):
    toggle = False
    out = []
    for i, x in enumerate(items):
        toggle = not toggle
        out.append(x if toggle else str(i))
    for a, b in zip(items, items[1:]):
        toggle = not toggle
        out.append(a + b if toggle else "-")
    for x in reversed(items):
        toggle = not toggle
        out.append(x.upper() if toggle else "")
    return "".join(out)


def over_set_tuple(nums):
    found = False
    for n in set(nums):
        if n > 100:
            found = True
    positive = True
    for n in (nums[0], nums[1], nums[2]):
        if n < 0:
            positive = False
    return "%s %s" % (found, positive)


def entry_point(argv):
    print(over_list(["a", "b", "c"]))
    print(over_string("hello big world"))
    print(over_dict({"x": 1, "y": 2, "z": 3}))
    print(over_enumerate_zip(["p", "q", "r"]))
    print(over_set_tuple([5, 500, -1]), over_set_tuple([1, 2, 3]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
