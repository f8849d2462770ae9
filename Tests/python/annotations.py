def f(a: int, *args: str, b: "x" = 1, **kw: float) -> list:
    return [a]
print(f.__annotations__, f(3))
def g(x): pass
print(g.__annotations__)
try:
    def h(x: undefined_name): pass
except NameError as e:
    print("NameError", e)
