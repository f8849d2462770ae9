import sys

# Conway's game of life on a small torus, printed for a few generations.

def step(grid, rows, cols):
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    n += grid[(r + dr) % rows][(c + dc) % cols]
            alive = grid[r][c] == 1
            if alive and (n == 2 or n == 3):
                row.append(1)
            elif not alive and n == 3:
                row.append(1)
            else:
                row.append(0)
        new.append(row)
    return new


def show(grid):
    for row in grid:
        print("".join(["#" if x else "." for x in row]))


def entry_point(argv):
    rows = 8
    cols = 10
    grid = [[0] * cols for _ in range(rows)]
    for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2), (5, 6), (5, 7), (5, 8)]:
        grid[r][c] = 1
    for gen in range(4):
        print("generation", gen)
        show(grid)
        grid = step(grid, rows, cols)
    print(sum([sum(row) for row in grid]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
