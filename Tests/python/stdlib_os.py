import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.split("/a/b"))
print(os.path.normpath("/a/./b/../c//d"), os.path.isabs("/x"), os.path.isabs("x"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here), os.path.exists("/nope/x"))
print("stdlib_os.py" in os.listdir(here), os.sep, os.getcwd() == os.path.abspath("."))
print(os.getenv("DEFINITELY_NOT_SET_VAR", "default"), "PATH" in os.environ)
tmp = "/tmp/_rpython_os_test_dir"
if os.path.exists(tmp + "/f.txt"):
    os.remove(tmp + "/f.txt")
if os.path.isdir(tmp):
    os.rmdir(tmp)
os.mkdir(tmp)
with open(os.path.join(tmp, "f.txt"), "w") as f:
    f.write("12345")
print(os.path.getsize(tmp + "/f.txt"), os.listdir(tmp))
os.remove(tmp + "/f.txt")
os.rmdir(tmp)
print(os.path.exists(tmp))
try:
    os.remove("/tmp/_definitely_missing_file_")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
