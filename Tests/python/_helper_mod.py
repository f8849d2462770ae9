"""Helper module imported by imports.py."""
CONST = 99
_count = [0]
def square(x):
    return x * x
def greet(name):
    return "hello " + name
def counter():
    _count[0] += 1
    return _count[0]
print("helper loaded")
