"""The `sys` module."""

import os

from objspace.model import W_StrObject, W_ListObject
from objspace.error import OperationError
from module.argparse_rt import check_positional
from module.iomodule import W_TextFile, flush
from objspace.typeobject import W_ExceptionObject
from interp import traceback

def _host_stdlib():
    """Init time: CPython's pure-Python standard library, searched after our lib/."""
    try:
        return os.path.dirname(os.__file__)
    except (AttributeError, TypeError):
        return "/usr/lib/python3.11"


HOST_STDLIB = _host_stdlib()
LIB_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lib")
VERSION = "3.11.7 (rpython-pypy, interpreter in RPython 3)"


def sys_exit(space, args):
    args_w = check_positional(space, args, "exit", 0, 1)
    raise OperationError(space.new_exception(space.w_SystemExit, list(args_w)))


def sys_getrecursionlimit(space, args):
    return space.newint(space.ec.recursion_limit)


def sys_setrecursionlimit(space, args):
    args_w = check_positional(space, args, "setrecursionlimit", 1, 1)
    n = space.int_w(args_w[0])
    if n < 1:
        raise space.value_error("recursion limit must be greater or equal than 1")
    space.ec.recursion_limit = n
    return space.w_None


def sys_exc_info(space, args):
    frame = space.ec.topframe
    w_exc = None
    if frame is not None:
        w_exc = frame.current_exception()
    if w_exc is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    w_tb = space.getattr(w_exc, "__traceback__")
    return space.newtuple([space.type(w_exc), w_exc, w_tb])


def sys_format_exception(space, args):
    """sys._format_exception(exc, chain=True): CPython's traceback text (for lib/traceback)."""
    args_w = check_positional(space, args, "_format_exception", 1, 2)
    w_exc = args_w[0]
    if not isinstance(w_exc, W_ExceptionObject):
        raise space.type_error("an exception instance is required")
    if len(args_w) == 2 and not space.is_true(args_w[1]):
        text = ""
        if w_exc.w_traceback is not None:
            text = "Traceback (most recent call last):\n" + \
                traceback.format_tb(space, w_exc.w_traceback)
        return space.newstr(text + traceback.format_exception_only(space, w_exc))
    return space.newstr(traceback.format_exception(space, w_exc, []))


def sys_intern(space, args):
    args_w = check_positional(space, args, "intern", 1, 1)
    return args_w[0]


def sys_getsizeof(space, args):
    return space.newint(64)


def make_sys(space, argv, main_dir):
    w_mod = space.newmodule("sys")
    d = w_mod.w_dict
    d.setitem_str("argv", space.newlist([space.newstr(a) for a in argv]))
    w_path = space.newlist([space.newstr(main_dir), space.newstr(LIB_DIR),
                            space.newstr(HOST_STDLIB)])
    space.w_sys_path = w_path
    d.setitem_str("path", w_path)
    d.setitem_str("modules", space.w_modules)
    d.setitem_str("version", space.newstr(VERSION))
    d.setitem_str("version_info", space.newtuple([space.newint(3), space.newint(11),
                                                  space.newint(7), space.newstr("final"),
                                                  space.newint(0)]))
    d.setitem_str("platform", space.newstr("linux"))
    d.setitem_str("byteorder", space.newstr("little"))
    d.setitem_str("maxsize", space.newint(9223372036854775807))
    d.setitem_str("executable", space.newstr("pypy-c"))
    d.setitem_str("stdout", space.w_stdout)
    d.setitem_str("stderr", space.w_stderr)
    d.setitem_str("stdin", space.w_stdin)
    d.setitem_str("__stdout__", space.w_stdout)
    d.setitem_str("__stderr__", space.w_stderr)
    for name, func in [("exit", sys_exit), ("getrecursionlimit", sys_getrecursionlimit),
                       ("setrecursionlimit", sys_setrecursionlimit),
                       ("exc_info", sys_exc_info), ("intern", sys_intern),
                       ("_format_exception", sys_format_exception),
                       ("getsizeof", sys_getsizeof)]:
        d.setitem_str(name, space.newbuiltin(name, func))
    return w_mod
