import sys
import os

# os-level file I/O: open/write/lseek/read/close on a scratch file, reads in chunks, EOF.

PATH = "/tmp/rtranslate-corpus-os-files.tmp"


def entry_point(argv):
    fd = os.open(PATH, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    n = os.write(fd, b"hello, file\nsecond line\n")
    print("wrote", n)
    pos = os.lseek(fd, 0, 0)
    print("seek", pos)
    data = os.read(fd, 5)
    print(len(data), data == b"hello")
    rest = os.read(fd, 1000)
    print(len(rest), rest[-1] == 10)
    print(len(os.read(fd, 10)))
    end = os.lseek(fd, 0, 2)
    print("size", end)
    os.lseek(fd, 7, 0)
    print(os.read(fd, 4) == b"file")
    os.close(fd)
    fd2 = os.open(PATH, os.O_RDONLY, 0)
    chunks = 0
    total = 0
    while True:
        chunk = os.read(fd2, 7)
        if len(chunk) == 0:
            break
        chunks += 1
        total += len(chunk)
    os.close(fd2)
    print(chunks, total)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
