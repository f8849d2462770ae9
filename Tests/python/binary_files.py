path = "/tmp/_rpython_interp_bin.dat"
with open(path, "wb") as f:
    f.write(bytes([0, 1, 2, 255, 10, 65]))
    f.write(b"xyz\n")
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), data[3], list(data[:3]))
with open(path, "rb") as f:
    print(f.readline(), f.readline(), f.readline())
with open(path, "rb") as f:
    print([line for line in f])
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError", e)
