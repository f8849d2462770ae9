import sys

# Truth values of every type in if/while/not/and/or: ints, floats, strings (None-able too),
# lists, dicts, sets, instances (None-able).

class Box(object):
    def __init__(self, v):
        self.v = v


def maybe_str(n):
    if n == 0:
        return None
    if n == 1:
        return ""
    return "text"


def maybe_box(n):
    if n > 0:
        return Box(n)
    return None


def entry_point(argv):
    for n in [0, 1, -1]:
        print("int", n, "T" if n else "F", not n)
    for x in [0.0, -0.0, 0.5, float("inf")]:
        print("float", x, "T" if x else "F")
    for i in range(3):
        s = maybe_str(i)
        print("str", i, "T" if s else "F", s is None)
    lst = [3, 2, 1]
    popped = []
    while lst:
        popped.append(str(lst.pop()))
    print("list", " ".join(popped), not lst, "T" if [0] else "F")
    d = {}
    print("dict", "T" if d else "F", not d)
    d[0] = 0
    print("dict", "T" if d else "F")
    st = set()
    print("set", "T" if st else "F")
    st.add(1)
    print("set", "T" if st else "F")
    for n in [0, 5]:
        b = maybe_box(n)
        print("box", n, "T" if b else "F", b.v if b else -1)
    name = ""
    print("[" + (name or "anonymous") + "]", "[" + ("x" and "y") + "]")
    count = 3
    while count:
        count -= 1
    print("count", count)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
