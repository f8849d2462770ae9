# Instance attributes: more than the inline slots, deleted and re-added, moved into __dict__.
class O:
    pass
o = O()
for i in range(10):
    setattr(o, "a%d" % i, i)
print([getattr(o, "a%d" % i) for i in range(10)])
del o.a2
del o.a7
print(sorted(vars(o).items()))
o.a2 = "back"
print(o.a2, o.a9, o.a0)
p = O()
p.x = 1; p.y = 2; p.z = 3; p.w = 4; p.v = 5
del p.x
print(p.__dict__)
p.x = 6
print(p.__dict__, p.v)
q = O()
q.a = 1
q.__dict__["b"] = 2
print(q.a, q.b, q.__dict__)
for k in range(6):
    setattr(q, "k%d" % k, k)
print(q.__dict__)
