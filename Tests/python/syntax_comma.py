values = [1, 2]
print(values[0] values[1])
