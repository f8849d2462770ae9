x: int | None = None
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
def f(a: list[int] | None = None) -> dict[str, int]:
    return {}
print(f())
