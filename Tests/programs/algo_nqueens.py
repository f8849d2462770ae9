import sys

# N-queens by backtracking: counts solutions for n = 1..8 and prints the first board for n = 6.

def solve(n, row, cols, diag1, diag2, placement, solutions):
    if row == n:
        solutions.append(placement[:])
        return 1
    count = 0
    for c in range(n):
        if cols[c] or diag1[row + c] or diag2[row - c + n - 1]:
            continue
        cols[c] = True
        diag1[row + c] = True
        diag2[row - c + n - 1] = True
        placement.append(c)
        count += solve(n, row + 1, cols, diag1, diag2, placement, solutions)
        placement.pop()
        cols[c] = False
        diag1[row + c] = False
        diag2[row - c + n - 1] = False
    return count


def queens(n):
    solutions = []
    count = solve(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n), [], solutions)
    return count, solutions


def entry_point(argv):
    for n in range(1, 9):
        count, sols = queens(n)
        print(n, count)
    count, sols = queens(6)
    for c in sols[0]:
        print("".join(["Q" if i == c else "." for i in range(6)]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
