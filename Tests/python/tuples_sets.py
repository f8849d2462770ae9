t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), ())
print(t.index(2), t.count(1), 2 in t, t == (1, 2, 3), t < (1, 2, 4))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, 9 in s)
u = {1, 2, 3} | {3, 4}
i = {1, 2, 3} & {2, 3, 4}
d = {1, 2, 3} - {2}
x = {1, 2} ^ {2, 3}
print(sorted(u), sorted(i), sorted(d), sorted(x))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == {2, 1}, set(), frozenset([1]))
print(sorted(set("hello")), sorted({n % 3 for n in range(10)}))
fs = frozenset([1, 2])
print(fs | {3} == {1, 2, 3}, hash(fs) == hash(frozenset([2, 1])))
print({(1, 2), (1, 2)}, len({(1, 2), (2, 1)}))
e = set()
e.update([1, 2], [3])
print(sorted(e), e.issubset({1, 2, 3, 4}), e.issuperset({1}), e.isdisjoint({7}))
print(sorted({1, 2, 3}.union([5])), sorted({1, 2, 3}.intersection([2])))
print(tuple([1, 2]), tuple("ab"), list((1, 2)))
print(hash((1, 2)) == hash((1, 2)), (1, 2) != (1, 3))
