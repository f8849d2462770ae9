# RPython version of ../shared/bench/programs/fannkuch.py for `make bench-rpython`:
# the same program with main(argv) and a translator target.
# fannkuch: fannkuch-redux - list permutations, slicing, reversal, index-heavy integer loops
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    nperm = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += -flips if nperm & 1 else flips
        nperm += 1
        # next permutation (rotation scheme)
        while True:
            if r == n:
                return checksum, max_flips, nperm
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 9
    reps = int(argv[2]) if len(argv) > 2 else 3
    checksum = flips = nperm = 0   # RPython: bound on every path
    for _ in range(reps):
        checksum, flips, nperm = fannkuch(n)
    print("fannkuch(%d) x%d: checksum=%d maxflips=%d perms=%d" % (n, reps, checksum, flips, nperm))


def entry_point(argv):
    main(argv)
    return 0


def target(*args):
    return entry_point


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
