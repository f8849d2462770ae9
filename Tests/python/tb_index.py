data = [1, 2, 3]
def at(i):
    return data[i]
print(at(1))
print(at(10))
