import sys

# Gaussian elimination with partial pivoting on floats: solve linear systems, determinant,
# inverse, and a singular matrix detected with a user exception.

class Singular(Exception):
    def __init__(self, column):
        self.column = column


def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if abs(m[pivot][col]) < 1e-12:
            raise Singular(col)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x, det


def fmt(v):
    return " ".join(["%.6f" % x for x in v])


def entry_point(argv):
    a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    x, det = solve(a, [8.0, -11.0, -3.0])
    print(fmt(x), "%.6f" % det)
    hilbert = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
    x, det = solve(hilbert, [1.0, 1.0, 1.0, 1.0])
    print(fmt(x), "%.6e" % det)
    try:
        solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
    except Singular as e:
        print("singular at column", e.column)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
