import sys

# range with all step forms, enumerate, zip, reversed; iteration over str, dict and tuple.

def show(lst):
    return " ".join([str(x) for x in lst])


def entry_point(argv):
    print(show(list(range(5))), "|", show(list(range(2, 6))), "|", show(list(range(10, 0, -3))), "|",
          show(list(range(0, -10, -2))))
    print(show(list(range(5, 5))), "|", show(list(range(5, 0))), "|", show(list(range(-3, 3))), "|",
          show(list(range(1, 20, 7))))
    print(" ".join([str(x) for x in range(3, -4, -1)]))
    n = 7
    total = 0
    for i in range(n, -n, -2):
        total += i
    print(total, len(range(0, 100, 3)), len(range(10, 0, -1)))
    names = ["a", "b", "c"]
    for i, name in enumerate(names):
        print(i, name)
    for i, name in enumerate(names, 1):
        print(i, name)
    ages = [30, 25, 40, 50]
    for name, age in zip(names, ages):
        print(name, age)
    for x, y in zip(range(3), "xyz"):
        print(x, y)
    out = []
    for name in reversed(names):
        out.append(name)
    for i in reversed([1, 2, 3]):
        out.append(str(i))
    for i in reversed(range(4)):
        out.append(str(i))
    for c in reversed("abc"):
        out.append(c)
    print(" ".join(out))
    for c in "hi!":
        print(ord(c))
    d = {"k1": 1, "k2": 2}
    for v in d.values():
        print("v", v)
    for c in ("p", "q"):
        print(c)
    idx = [i * j for i, j in zip([1, 2, 3], [4, 5, 6])]
    print(show(idx))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
