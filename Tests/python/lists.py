a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7)
a.extend([8, 9])
a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(1)
print(a, a.index(5), a.count(1))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = sorted(["pear", "apple", "fig"], key=len)
print(b, sorted([3, 1, 2], reverse=True))
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], 2 in [1, 2])
c = [1, 2, 3, 4, 5]
c[1:3] = [20, 30, 40]
print(c)
del c[0]
print(c)
del c[1:3]
print(c)
c[::2] = [0, 0]
print(c)
m = [[1, 2], [3, 4]]
m[1][0] = 99
print(m, [row[1] for row in m])
x, y, *rest = [1, 2, 3, 4, 5]
print(x, y, rest)
first, *middle, last = "abcde"
print(first, middle, last)
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)))
print(list(reversed([1, 2, 3])), list(enumerate("ab")), list(zip([1, 2], "ab")))
e = []
print(e, bool(e), len(e))
l = [1, 2, 3]
l2 = l.copy()
l2.append(4)
print(l, l2, l is l2)
l.clear()
print(l)
nested = [1, [2, [3, [4]]]]
print(nested)
s = [5, 3, 8]
s += [1]
print(s, max(s), min(s), sum(s))
words = ["b", "A", "c"]
print(sorted(words), sorted(words, key=str.lower))
pairs = [(2, "b"), (1, "a"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
