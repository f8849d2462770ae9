"""os (application-level) on top of the built-in `posix` module."""

import sys as _sys
import posix as _posix
import posixpath as path

_sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
environ = _posix.environ
getcwd = _posix.getcwd
listdir = _posix.listdir
remove = _posix.remove
unlink = _posix.unlink
mkdir = _posix.mkdir
rmdir = _posix.rmdir
getpid = _posix.getpid


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if head and not path.exists(head):
        makedirs(head, mode, exist_ok)
    if path.isdir(name):
        if not exist_ok:
            raise FileExistsError(17, "File exists", name)
        return
    mkdir(name)


def walk(top):
    names = listdir(top)
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if not path.isdir(path.join(top, n))]
    yield top, dirs, files
    for d in dirs:
        yield from walk(path.join(top, d))
