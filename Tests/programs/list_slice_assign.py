import sys

# Slice assignment from slices (fused by the C backend into one copy): same list and other
# lists, growing and shrinking, with steps, negative steps and clamped bounds.


def show(label, lst):
    print(label, " ".join([str(x) for x in lst]))


def entry_point(argv):
    a = list(range(10))
    a[:4] = a[3::-1]
    show("prefix reversed", a)
    a[2:5] = a[7:9]
    show("shrink", a)
    b = [100, 200, 300]
    a[1:2] = b[::2]
    show("grow", a)
    a[-3:] = a[:3]
    show("tail", a)
    a[5:100] = b[-100:2]
    show("clamped", a)
    c = [1, 2, 3, 4, 5, 6]
    for k in range(1, 6):
        c[:k + 1] = c[k::-1]
        show("flip %d" % k, c)
    d = []
    d[0:0] = c[1:4]
    show("into empty", d)
    try:
        d[0:1] = c[::0]
    except ValueError as e:
        print("error", str(e))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
