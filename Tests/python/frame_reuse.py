# Frames of finished calls are reused for the next call of the same code: nothing of one call
# may leak into the next (locals, closures, exceptions being handled, recursion, tracebacks).


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print([fact(i) for i in range(8)])


def make_closure(x):
    def get():
        return x
    return get


getters = [make_closure(i) for i in range(4)]
print([g() for g in getters])


def make_lambda(x):
    y = x * 10
    return lambda: (x, y)


lams = [make_lambda(i) for i in range(3)]
print([f() for f in lams])


def maybe_unbound(flag):
    if flag:
        v = "set"
    return v


print(maybe_unbound(True))
try:
    maybe_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def handler(n):
    try:
        if n % 2:
            raise ValueError(n)
        return "even %d" % n
    except ValueError as e:
        return "odd %s" % e


print([handler(i) for i in range(4)])


def inner_fails(n):
    return 10 // n


def outer(n):
    try:
        return inner_fails(n)
    except ZeroDivisionError:
        return "caught"


print([outer(i) for i in (1, 0, 2, 0, 5)])


def gen_user(n):
    return list(i * n for i in range(3))


print([gen_user(k) for k in range(3)])


def loc(a, b=2):
    c = a + b
    return sorted(locals().items())


print(loc(1), loc(5, 6))


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

    def total(self):
        if self.nxt is None:
            return self.value
        return self.value + self.nxt.total()


chain = None
for i in range(50):
    chain = Node(i, chain)
print(chain.total())


def exc_info_in_call():
    import sys
    return sys.exc_info()[0]


try:
    raise KeyError("k")
except KeyError:
    print(exc_info_in_call().__name__)
print(exc_info_in_call())


def boom(n):
    if n == 0:
        raise RuntimeError("deep")
    return boom(n - 1)


for attempt in range(2):
    try:
        boom(3)
    except RuntimeError as e:
        print("RuntimeError:", e, e.__traceback__ is not None)
boom(2)
