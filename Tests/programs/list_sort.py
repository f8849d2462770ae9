import sys

# sort() and sorted() with key= and reverse=, stability, on ints, strings, tuples and instances.

class Person(object):
    def __init__(self, name, age):
        self.name = name
        self.age = age


def by_age(p):
    return p.age


def last_char(s):
    return s[-1]


def mod4(n):
    return n % 4


def lower(s):
    return s.lower()


def entry_point(argv):
    nums = [5, -2, 9, 0, 3, 3, -7, 12]
    print(" ".join([str(n) for n in sorted(nums)]))
    print(" ".join([str(n) for n in sorted(nums, reverse=True)]))
    print(" ".join([str(n) for n in sorted(nums, key=abs)]))
    nums.sort(key=mod4)
    print(" ".join([str(n) for n in nums]))
    words = ["pear", "Apple", "fig", "banana", "kiwi", "date"]
    print(" ".join(sorted(words)))
    print(" ".join(sorted(words, key=len)))
    print(" ".join(sorted(words, key=len, reverse=True)))
    print(" ".join(sorted(words, key=last_char)))
    words.sort(key=lower)
    print(" ".join(words))
    people = [Person("ann", 30), Person("bob", 25), Person("cy", 30), Person("di", 20)]
    people.sort(key=by_age)
    print(" ".join([p.name for p in people]))
    people.sort(key=by_age, reverse=True)
    print(" ".join([p.name for p in people]))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    pairs.sort()
    print(" ".join(["%d%s" % (n, s) for n, s in pairs]))
    fl = [2.5, -1.0, 0.0, 10.25]
    fl.sort(reverse=True)
    print(" ".join([str(f) for f in fl]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
