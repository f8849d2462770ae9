from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed KeyError")
with swallow():
    {}["x"]
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
with nullcontext(5) as v:
    print(v)
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *a):
        print("close", self.n)
    def close(self):
        print("closing", self.n)
with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("body", [r.n for r in rs])
with closing(Res(9)):
    pass
