import sys

# while/for with break, continue and else; nested loops with labels emulated by flags.

def find_first_multiple(lst, k):
    for x in lst:
        if x % k == 0:
            result = x
            break
    else:
        result = -1
    return result


def primes_below(n):
    out = []
    for i in range(2, n):
        for j in range(2, i):
            if i % j == 0:
                break
        else:
            out.append(i)
    return out


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            print("  found 7")
            break
        i += 1
    else:
        print("  loop finished without break")
    return i


def entry_point(argv):
    print(find_first_multiple([3, 5, 14, 21], 7), find_first_multiple([1, 2], 5))
    print(" ".join([str(p) for p in primes_below(50)]))
    print(collatz_steps(27), collatz_steps(1))
    print(while_else(5), while_else(10))
    odd_sum = 0
    for i in range(20):
        if i % 2 == 0:
            continue
        if i > 15:
            break
        odd_sum += i
    print(odd_sum)
    pairs = 0
    for i in range(5):
        for j in range(5):
            if j > i:
                break
            if (i + j) % 2:
                continue
            pairs += 1
    print(pairs)
    n = 0
    while True:
        n += 1
        if n * n > 200:
            break
    print(n)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
