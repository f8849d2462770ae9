import sys

# Nested lists: a matrix built at run time, transposed and multiplied.

def make_matrix(rows, cols, start):
    m = []
    for i in range(rows):
        row = []
        for j in range(cols):
            row.append(start + i * cols + j)
        m.append(row)
    return m


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def multiply(a, b):
    n = len(a)
    p = len(b[0])
    result = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            result[i][j] = s
    return result


def show(m):
    for row in m:
        print(" ".join(["%4d" % x for x in row]))


def entry_point(argv):
    a = make_matrix(2, 3, 1)
    b = make_matrix(3, 2, -2)
    show(a)
    show(transpose(a))
    show(multiply(a, b))
    grid = [["." for _ in range(5)] for _ in range(3)]
    grid[1][2] = "#"
    grid[0][4] = "@"
    for row in grid:
        print("".join(row))
    jag = [[1], [2, 3], [], [4, 5, 6]]
    print(len(jag), [len(r) for r in jag] == [1, 2, 0, 3], sum([sum(r) for r in jag]))
    jag[2].append(99)
    print(jag[2][0], jag[-1][-1])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
