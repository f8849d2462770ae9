import sys

# Recursion: plain, mutual, through methods, and a function whose base case only raises.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def depth(n):
    if n == 0:
        raise IndexError()
    return depth(n - 1) + 1


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


def entry_point(argv):
    print(fib(20), ackermann(2, 3), is_even(10), is_odd(7), is_even(7))
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print(len(moves), " ".join(moves[:7]))
    perms = permutations(["a", "b", "c"])
    print(" ".join(["".join(p) for p in perms]))
    try:
        depth(30)
    except IndexError:
        print("raised from the bottom")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
