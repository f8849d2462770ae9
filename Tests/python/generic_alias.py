print(list[int], dict[str, list[float]], tuple[int, ...], list[int]([1, 2]))
def f(a: list[int] | None = None) -> dict[str, int]:
    pass
print(f.__annotations__)
class A: pass
try:
    A[int]
except TypeError as e:
    print(e)
print(int | None, int | str | None, list[int] | None, isinstance(3, int | str), isinstance(None, int | None))
