import sys
path = "/tmp/_rpython_interp_test_file.txt"
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third line", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path) as f:
    print(f.readline(), f.readlines())
with open(path, "a") as f:
    f.write("appended ü\n")
f = open(path)
print(f.read().splitlines()[-1])
f.close()
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
except OSError as e:
    print("OSError", e)
