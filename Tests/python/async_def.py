async def f():
    return 1
print(type(f()).__name__)
