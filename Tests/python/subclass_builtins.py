class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__, l[1:3], l + [5])
l.tag = "tagged"
print(l.tag, sorted(l, reverse=True), 3 in l, list(reversed(l)))
class DefaultDict(dict):
    def __missing__(self, key):
        return 0
d = DefaultDict(a=1)
d["b"] = 2
print(d["a"], d["zzz"], d, len(d), sorted(d.keys()))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n, repr(n), len(n), n + "x", n == "bob", {n: 1}["bob"], n.startswith("b"))
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c.to_f(), c + 1, c > 50)
class Count(int):
    def double(self):
        return self * 2
k = Count(21)
print(k.double(), k + 1, k, isinstance(k, int), str(k), f"{k:04d}")
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p.swap(), p, len(p), p[0])
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s, s.pop(), s)
class Tracked(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v) if False else dict.update(self, {k: v})
t = Tracked()
t["x"] = 1
print(t)
class UniqueList(list):
    def __init__(self, items):
        super().__init__()
        for i in items:
            if i not in self:
                self.append(i)
print(UniqueList([1, 2, 1, 3, 2]))
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(Upper("abc"), type(Upper("x")).__name__)
