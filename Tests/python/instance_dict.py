class Cfg:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.extra = 1
c = Cfg(a=1, b="x")
print(c.a, c.b, c.extra, vars(c), sorted(c.__dict__))
c.__dict__["z"] = 9
print(c.z, hasattr(c, "z"))
del c.a
print(vars(c), "a" in dir(c))
class P:
    pass
p = P()
p.__dict__ = {"q": 5}
print(p.q)
