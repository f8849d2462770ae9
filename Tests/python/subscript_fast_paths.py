# Subscripts of exact lists and tuples with ints (run inline by the eval loop) next to the
# cases that take the general path: negative and out-of-range indices, big ints, subclasses.
l = [1, 2, 3]
t = (4, 5, 6)
print(l[0], l[-1], l[-3], t[1], t[-1], t[-3])
for bad in (3, -4, 10**20):
    for seq in (l, t):
        try:
            seq[bad]
        except IndexError as e:
            print("IndexError:", e)
l[-1] = 30
l[0] = 10
print(l)
try:
    l[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    l[-4] = 0
except IndexError as e:
    print("IndexError:", e)
class L(list):
    def __getitem__(self, i):
        return "L[%r]" % (i,)
    def __setitem__(self, i, v):
        print("L set", i, v)
x = L([1, 2])
print(x[0], x[-1])
x[0] = 5
print(True and l[True], l[False])
