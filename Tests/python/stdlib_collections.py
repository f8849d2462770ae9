from collections import namedtuple, deque, defaultdict, Counter, OrderedDict
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p._asdict(), p._replace(x=9), Point._fields, p == (1, 2))
x, y = p
print(x + y, isinstance(p, tuple), sorted([Point(2, 1), Point(1, 5)]))
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.popleft(), d.pop(), len(d), list(d))
d.rotate(1)
print(d)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dict(dd), dd["z"], sorted(dd))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], sorted(c.elements())[:4], c.total())
c.update("ss")
print(c["s"], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od), od.popitem())
