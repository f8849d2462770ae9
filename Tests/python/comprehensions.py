print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)})
print(sorted({c for c in "mississippi"}))
print([[y for y in range(x)] for x in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [n for row in matrix for n in row])
x = "outer"
print([x for x in "ab"], x)
n = 10
print([i + n for i in range(3)])
def in_function():
    k = 5
    return [k * j for j in range(3)], {j: k for j in range(2)}
print(in_function())
print(list(map(str, [1, 2])), [s.upper() for s in ["a", "b"] if s != "b"])
print([v if v % 2 else -v for v in range(5)])
words = ["apple", "bob", "kayak"]
print([w for w in words if w == w[::-1]])
print(sum([i for i in range(100)]), len({i % 7 for i in range(100)}))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print([(a, b) for a, b in {"p": 1, "q": 2}.items()])
print([y for y in (z * 2 for z in range(4))])
