import sys

# Generator expressions consumed directly by sum, any, all, "".join and list.

def entry_point(argv):
    nums = [3, 8, -2, 7, 0, 15]
    print(sum(x * x for x in nums))
    print(sum(x for x in nums if x > 0))
    print(any(x < 0 for x in nums), any(x > 100 for x in nums))
    print(all(x < 20 for x in nums), all(x > 0 for x in nums))
    print("".join(c.upper() for c in "hello" if c != "l"))
    print(",".join(str(x) for x in range(5)))
    print(" ".join(list(str(x * 2) for x in nums)))
    print(sum(1 for c in "mississippi" if c == "s"))
    print(sum(x / 4 for x in range(4)))
    print(max([len(w) for w in "the quick brown fox".split()]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
