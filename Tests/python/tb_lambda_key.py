data = [{"n": 1}, {"n": 2}, {"m": 3}]
print(sorted(data[:2], key=lambda d: d["n"]))
print(sorted(data, key=lambda d: d["n"]))
