counter = 0
def increment():
    global counter
    counter += 1
for _ in range(3):
    increment()
print(counter)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
class Scope:
    x = 1
    y = x + 1
    def method(self):
        return x_global
x_global = "module-level"
print(Scope.y, Scope().method())
def del_test():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__
print(del_test())
z = 100
def shadows():
    z = 1
    return z
print(shadows(), z)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
