def f(x):
    return 1 / x
def g():
    print("before")
    return f(0)
g()
