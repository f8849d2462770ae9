class A:
    def __init__(self, x):
        super().__init__()
        self.x = x
print(A(1).x)
class B:
    def __init__(self, x):
        super().__init__(x)
try:
    B(1)
except TypeError as e:
    print(e)
