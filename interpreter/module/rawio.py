"""Raw I/O primitives: file descriptors and UTF-8 conversion. The only module that touches the
host OS (through `os`), so that the translated runtime can map it one to one.

RPython note: text <-> bytes conversion uses str.encode/bytes.decode('utf-8') on CPython; the
translator needs either those two methods or an rlib equivalent (see the interpreter README).
"""

import os
import time


def encode_utf8(s):
    """str -> a str of byte values (each char < 256)."""
    return s.encode("utf-8").decode("latin-1")


def decode_utf8(space, b):
    try:
        return b.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        raise space.error(space.w_UnicodeDecodeError,
                          "'utf-8' codec can't decode bytes: invalid utf-8 data")


def write_fd(fd, text):
    data = text.encode("utf-8")
    while len(data) > 0:
        n = os.write(fd, data)
        data = data[n:]


def read_fd_all(fd):
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if len(data) == 0:
            break
        chunks.append(data)
    return b"".join(chunks).decode("utf-8", "replace")


def read_fd_all_bytes(fd):
    """The rest of fd as a str of byte values (each char < 256)."""
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if len(data) == 0:
            break
        chunks.append(data)
    return b"".join(chunks).decode("latin-1")


def write_fd_bytes(fd, data):
    """data: a str of byte values."""
    raw = data.encode("latin-1")
    while len(raw) > 0:
        n = os.write(fd, raw)
        raw = raw[n:]


def read_fd_line(fd):
    """One line (with its newline) from fd, or None at end of file."""
    chunks = []
    while True:
        data = os.read(fd, 1)
        if len(data) == 0:
            break
        chunks.append(data)
        if data == b"\n":
            break
    if len(chunks) == 0:
        return None
    return b"".join(chunks).decode("utf-8", "replace")


def open_fd(path, mode):
    """Returns a file descriptor, or -errno on failure."""
    flags = os.O_RDONLY
    if mode == "w":
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    elif mode == "a":
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    elif mode == "x":
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        return os.open(path, flags, 0o666)
    except OSError as e:
        return -e.errno


def close_fd(fd):
    os.close(fd)


def read_file(path):
    """The whole text of a file, or None if it cannot be read."""
    fd = open_fd(path, "r")
    if fd < 0:
        return None
    try:
        return read_fd_all(fd)
    except OSError:
        return None
    finally:
        os.close(fd)


def file_exists(path):
    fd = open_fd(path, "r")
    if fd < 0:
        return False
    os.close(fd)
    return True


def getcwd():
    return os.getcwd()


def strerror(errno):
    return os.strerror(errno)


def listdir(path):
    """Names in a directory, or None if it cannot be read."""
    try:
        return os.listdir(path)
    except OSError:
        return None


def file_kind(path):
    """0: missing, 1: regular file, 2: directory, 3: other."""
    try:
        st = os.stat(path)
    except OSError:
        return 0
    mode = st.st_mode & 0o170000
    if mode == 0o100000:
        return 1
    if mode == 0o040000:
        return 2
    return 3


def file_size(path):
    try:
        return os.stat(path).st_size
    except OSError:
        return -1


def environ_items():
    result = []
    for key, value in os.environ.items():
        result.append((key, value))
    return result


def unlink(path):
    """0 or an errno."""
    try:
        os.unlink(path)
    except OSError as e:
        return e.errno
    return 0


def mkdir(path):
    try:
        os.mkdir(path)
    except OSError as e:
        return e.errno
    return 0


def rmdir(path):
    try:
        os.rmdir(path)
    except OSError as e:
        return e.errno
    return 0


def localtime_fields(secs):
    """(year, month, day, hour, minute, second, weekday, yearday, isdst) in local time."""
    t = time.localtime(secs)
    return [t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday,
            t.tm_yday, t.tm_isdst]


def getpid():
    return os.getpid()
