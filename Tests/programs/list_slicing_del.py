import sys

# List slicing (read, step, assign) and del of items and slices.

def show(lst):
    return "[" + ", ".join([str(x) for x in lst]) + "]"


def entry_point(argv):
    a = list(range(10))
    print(show(a[2:5]), show(a[:3]), show(a[-3:]), show(a[::2]), show(a[::-1]), show(a[7:2:-2]))
    print(show(a[5:2]), show(a[-100:100]))
    n = len(a)
    lo = n // 3
    print(show(a[lo:n - lo]))
    del a[0]
    print(show(a))
    del a[-1]
    print(show(a))
    del a[2:4]
    print(show(a))
    del a[:2]
    print(show(a))
    b = [1, 2, 3, 4, 5]
    b[1:3] = [20, 30, 40]
    print(show(b))
    b[:] = [9, 8]
    print(show(b))
    c = b[:]
    c.append(7)
    print(show(b), show(c))
    try:
        del c[10]
    except IndexError:
        print("del out of range")
    d = [1, 2, 3]
    d[-1] = 33
    d[0] += 10
    print(show(d))
    e = list("hello")
    print("".join(e), len(e))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
