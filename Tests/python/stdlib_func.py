import functools
import itertools
import operator
from functools import reduce, partial, lru_cache, wraps
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("1011"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named():
    "doc"
    return 1
print(named.__name__, named.__doc__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.repeat("x", 3)))
print(list(itertools.chain([1], (2, 3), "ab")), list(itertools.chain.from_iterable([[1], [2]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.pairwise([1, 2, 3])))
print(list(itertools.zip_longest("ab", [1], fillvalue="-")), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(5))
print(list(map(operator.mul, [1, 2], [3, 4])), operator.methodcaller("upper")("x"))
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)])
