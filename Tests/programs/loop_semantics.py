import sys

# Loop details: a value carried out of a loop, mutation of the iterated list's items,
# exceptions leaving loops, nested break/continue inside try/finally, while-else with break.

def first_negative(lst):
    idx = -1
    for i in range(len(lst)):
        if lst[i] < 0:
            idx = i
            break
    return idx


def sum_until_error(items):
    total = 0
    try:
        for s in items:
            total += int(s)
    except ValueError:
        total = -total
    return total


def entry_point(argv):
    last = ""
    for w in ["x", "y", "z"]:
        last = w
    print("after list loop", last)
    j = 10
    while j > 3:
        j -= 4
    print("after while", j)
    nums = [1, 2, 3, 4]
    for k in range(len(nums)):
        nums[k] = nums[k] * nums[k]
    print(" ".join([str(n) for n in nums]))
    print(first_negative([3, 4, -1, -5]), first_negative([1]))
    print(sum_until_error(["1", "2", "x", "4"]), sum_until_error(["5", "6"]))
    log = []
    for a in range(3):
        for b in range(3):
            try:
                if b == 1:
                    continue
                if a == 2:
                    break
                log.append("%d%d" % (a, b))
            finally:
                log.append(".")
    print("".join(log))
    count = 0
    n = 0
    while n < 10:
        n += 1
        if n % 3 == 0:
            continue
        count += n
    else:
        count += 1000
    print(count)
    total = 0
    for c in "abc":
        for d in "xy":
            total += ord(c) * ord(d)
    print(total)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
