import sys

# Sieve of Eratosthenes, binary search (lower/upper bound), two-pointer pair sums.

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


def lower_bound(a, x):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a, x):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def pair_sums(a, target):
    i = 0
    j = len(a) - 1
    out = []
    while i < j:
        s = a[i] + a[j]
        if s == target:
            out.append((a[i], a[j]))
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return out


def entry_point(argv):
    primes = sieve(10000)
    print(len(primes), primes[-1], " ".join([str(p) for p in primes[:12]]))
    for x in [0, 2, 100, 7919, 7920, 10000]:
        print(x, lower_bound(primes, x), upper_bound(primes, x))
    for a, b in pair_sums(primes[:40], 100):
        print("%d + %d = 100" % (a, b))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
