class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), isinstance(l, list))
class DefaultDict(dict):
    def __missing__(self, key):
        return 0
d = DefaultDict(a=1)
print(d["a"], d["zzz"])
class Name(str):
    def shout(self):
        return self.upper() + "!"
print(Name("bob").shout())
