"""Text files: sys.stdout/sys.stderr and the objects returned by open()."""

from objspace.model import W_Root, W_StrObject, W_ListObject, W_BytesObject
from objspace.function import Arguments
from objspace.error import OperationError
from module.argparse_rt import parse_args, check_positional
from module import rawio


class W_TextFile(W_Root):
    def __init__(self, fd, name, mode, buffered):
        self.fd = fd
        self.name = name
        self.mode = mode
        self.closed = False
        self.buffered = buffered
        self.wbuf = []
        self.wbuf_len = 0
        self.rbuf = ""        # text read ahead (files opened for reading)
        self.rpos = 0
        self.eof = False
        self.binary = False

    def gettype(self, space):
        return space.w_TextIOWrapper

    def next_w(self, space):
        line = readline(space, self)
        if line == "":
            return None
        return wrap_line(space, self, line)


def write_to(space, w_file, text):
    if isinstance(w_file, W_TextFile):
        file_write(space, w_file, text)
    else:
        space.call_method(w_file, "write", [space.newstr(text)])


def file_write(space, f, text):
    if f.closed:
        raise space.value_error("I/O operation on closed file.")
    if f.mode == "r":
        raise space.error(space.w_OSError, "not writable")
    if f.buffered:
        f.wbuf.append(text)
        f.wbuf_len += len(text)
        if f.wbuf_len > 8192:
            flush(f)
    else:
        rawio.write_fd(f.fd, text)


def flush(f):
    if len(f.wbuf) > 0:
        text = "".join(f.wbuf)
        f.wbuf = []
        f.wbuf_len = 0
        rawio.write_fd(f.fd, text)


def flush_stdout(space):
    w_out = space.w_stdout
    if isinstance(w_out, W_TextFile):
        flush(w_out)


def fill(f):
    if f.eof:
        return
    if f.rpos == 0 and f.rbuf == "":
        if f.binary:
            f.rbuf = rawio.read_fd_all_bytes(f.fd)
        else:
            f.rbuf = rawio.read_fd_all(f.fd)
        f.eof = True


def readline(space, f):
    if f.closed:
        raise space.value_error("I/O operation on closed file.")
    if f.fd == 0:
        line = rawio.read_fd_line(0)
        if line is None:
            return ""
        return line
    fill(f)
    if f.rpos >= len(f.rbuf):
        return ""
    end = f.rbuf.find("\n", f.rpos)
    if end < 0:
        end = len(f.rbuf)
    else:
        end += 1
    line = f.rbuf[f.rpos:end]
    f.rpos = end
    return line


def read_stdin_line(space):
    return rawio.read_fd_line(0)


def self_file(space, args):
    w_f = args.args_w[0]
    if not isinstance(w_f, W_TextFile):
        raise space.type_error("descriptor requires a file object")
    return w_f


def f_write(space, args):
    f = self_file(space, args)
    args_w = check_positional(space, Arguments(args.args_w[1:], [], []), "write", 1, 1)
    if f.binary:
        w_data = args_w[0]
        if not isinstance(w_data, W_BytesObject):
            raise space.type_error("a bytes-like object is required, not '%s'" %
                                   space.type_name(w_data))
        if f.closed:
            raise space.value_error("write to closed file")
        flush(f)
        rawio.write_fd_bytes(f.fd, w_data.value)
        return space.newint(len(w_data.value))
    w_text = args_w[0]
    if not isinstance(w_text, W_StrObject):
        raise space.type_error("write() argument must be str, not %s" %
                               space.type_name(w_text))
    text = w_text.value
    file_write(space, f, text)
    return space.newint(len(text))


def f_flush(space, args):
    f = self_file(space, args)
    flush(f)
    return space.w_None


def f_read(space, args):
    f = self_file(space, args)
    if f.closed:
        raise space.value_error("I/O operation on closed file.")
    if f.mode != "r":
        raise space.error(space.w_OSError, "not readable")
    fill(f)
    args_w = args.args_w[1:]
    n = -1
    if len(args_w) > 0 and not space.is_none(args_w[0]):
        n = space.int_w(args_w[0])
    if n < 0:
        text = f.rbuf[f.rpos:]
        f.rpos = len(f.rbuf)
    else:
        text = f.rbuf[f.rpos:f.rpos + n]
        f.rpos += len(text)
    if f.binary:
        return space.newbytes(text)
    return space.newstr(text)


def wrap_line(space, f, line):
    if f.binary:
        return space.newbytes(line)
    return space.newstr(line)


def f_readline(space, args):
    f = self_file(space, args)
    return wrap_line(space, f, readline(space, f))


def f_readlines(space, args):
    f = self_file(space, args)
    lines = []
    while True:
        line = readline(space, f)
        if line == "":
            break
        lines.append(wrap_line(space, f, line))
    return space.newlist(lines)


def f_close(space, args):
    f = self_file(space, args)
    if not f.closed:
        flush(f)
        if f.fd > 2:
            rawio.close_fd(f.fd)
        f.closed = True
    return space.w_None


def f_enter(space, args):
    return self_file(space, args)


def f_exit(space, args):
    f_close(space, Arguments([args.args_w[0]], [], []))
    return space.w_False


def f_iter(space, args):
    return self_file(space, args)


def f_next(space, args):
    f = self_file(space, args)
    line = readline(space, f)
    if line == "":
        raise space.stop_iteration(None)
    return wrap_line(space, f, line)


def f_fileno(space, args):
    return space.newint(self_file(space, args).fd)


def open_file(space, args):
    a = parse_args(space, args, "open", ["file", "mode", "buffering", "encoding", "errors",
                                         "newline"], 1)
    path = space.text_w(a[0])
    mode = "r"
    if a[1] is not None:
        mode = space.text_w(a[1])
    m = mode.replace("t", "")
    binary = "b" in m
    m = m.replace("b", "")
    if m.startswith("r"):
        m = "r"
    elif m.startswith("w"):
        m = "w"
    elif m.startswith("a"):
        m = "a"
    elif m.startswith("x"):
        m = "x"
    else:
        raise space.value_error("invalid mode: '%s'" % mode)
    fd = rawio.open_fd(path, m)
    if fd < 0:
        errno = -fd
        w_type = space.w_OSError
        if errno == 2:
            w_type = space.w_FileNotFoundError
        elif errno == 13:
            w_type = space.w_PermissionError
        elif errno == 21:
            w_type = space.w_IsADirectoryError
        elif errno == 17:
            w_type = space.w_FileExistsError
        raise OperationError(space.new_exception(w_type, [
            space.newint(errno), space.newstr(rawio.strerror(errno)), space.newstr(path)]))
    f = W_TextFile(fd, path, m, m != "r" and not binary)
    f.binary = binary
    return f


def install(space):
    d = space.w_TextIOWrapper.dict_w
    for name, func in [("write", f_write), ("flush", f_flush), ("read", f_read),
                       ("readline", f_readline), ("readlines", f_readlines),
                       ("close", f_close), ("__enter__", f_enter), ("__exit__", f_exit),
                       ("__iter__", f_iter), ("__next__", f_next), ("fileno", f_fileno)]:
        d[name] = space.newbuiltin(name, func)
