import sys

# String indexing (also negative) and slicing with steps, constant and computed bounds.

def entry_point(argv):
    s = "abcdefghij"
    print(s[0], s[3], s[-1], s[-10], len(s))
    print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2])
    print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[::3], s[-1::-3])
    print("[" + s[5:2] + "]", "[" + s[20:] + "]", s[-100:3], s[3:100])
    for i in range(0, len(s), 3):
        j = i + 2
        print(i, j, s[i:j], s[i:], s[:i])
    n = len(s)
    print(s[n // 2:], s[:n // 2])
    total = ""
    for c in s:
        total = c + total
    print(total)
    try:
        print(s[10])
    except IndexError:
        print("index error")
    try:
        print(s[-11])
    except IndexError:
        print("negative index error")
    u = "héllo wörld"
    print(u[1], u[-4], u[1:8], u[::-1])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
