def ratio(a, b):
    scale = 100
    return scale * a / (b - b)
print(ratio(1, 2))
