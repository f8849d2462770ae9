def convert(items):
    return [int(x) for x in items]
print(convert(["1", "2"]))
convert(["3", "four"])
