"""The built-in `posix` module: the host primitives that the application-level `os` and
`posixpath` (lib/) build on."""

from objspace.error import OperationError
from module.argparse_rt import check_positional
from module import rawio


def os_error(space, errno, path):
    w_type = space.w_OSError
    if errno == 2:
        w_type = space.w_FileNotFoundError
    elif errno == 17:
        w_type = space.w_FileExistsError
    elif errno == 13:
        w_type = space.w_PermissionError
    elif errno == 20:
        w_type = space.w_NotADirectoryError
    elif errno == 21:
        w_type = space.w_IsADirectoryError
    return OperationError(space.new_exception(w_type, [
        space.newint(errno), space.newstr(rawio.strerror(errno)), space.newstr(path)]))


def p_getcwd(space, args):
    check_positional(space, args, "getcwd", 0, 0)
    return space.newstr(rawio.getcwd())


def p_listdir(space, args):
    args_w = check_positional(space, args, "listdir", 0, 1)
    path = "."
    if len(args_w) == 1:
        path = space.text_w(args_w[0])
    names = rawio.listdir(path)
    if names is None:
        raise os_error(space, 2, path)
    return space.newlist([space.newstr(n) for n in names])


def p_file_kind(space, args):
    args_w = check_positional(space, args, "file_kind", 1, 1)
    return space.newint(rawio.file_kind(space.text_w(args_w[0])))


def p_file_size(space, args):
    args_w = check_positional(space, args, "file_size", 1, 1)
    path = space.text_w(args_w[0])
    n = rawio.file_size(path)
    if n < 0:
        raise os_error(space, 2, path)
    return space.newint(n)


def p_unlink(space, args):
    args_w = check_positional(space, args, "unlink", 1, 1)
    path = space.text_w(args_w[0])
    err = rawio.unlink(path)
    if err != 0:
        raise os_error(space, err, path)
    return space.w_None


def p_mkdir(space, args):
    args_w = check_positional(space, args, "mkdir", 1, 2)
    path = space.text_w(args_w[0])
    err = rawio.mkdir(path)
    if err != 0:
        raise os_error(space, err, path)
    return space.w_None


def p_rmdir(space, args):
    args_w = check_positional(space, args, "rmdir", 1, 1)
    path = space.text_w(args_w[0])
    err = rawio.rmdir(path)
    if err != 0:
        raise os_error(space, err, path)
    return space.w_None


def p_getpid(space, args):
    return space.newint(rawio.getpid())


def make_posix(space):
    w_mod = space.newmodule("posix")
    d = w_mod.w_dict
    for name, func in [("getcwd", p_getcwd), ("listdir", p_listdir),
                       ("file_kind", p_file_kind), ("file_size", p_file_size),
                       ("unlink", p_unlink), ("remove", p_unlink), ("mkdir", p_mkdir),
                       ("rmdir", p_rmdir), ("getpid", p_getpid)]:
        d.setitem_str(name, space.newbuiltin(name, func))
    w_env = space.newdict()
    for key, value in rawio.environ_items():
        w_env.setitem_str(key, space.newstr(value))
    d.setitem_str("environ", w_env)
    return w_mod
