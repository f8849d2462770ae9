"""The interpreter's driver: builds the object space's modules, compiles and runs the main
program, reports uncaught exceptions and syntax errors, and computes the exit status."""

from objspace.model import W_IntObject, W_StrObject, W_NoneObject
from objspace.typeobject import W_ExceptionObject, W_Module
from objspace.error import OperationError
from interp import traceback, execution
from module import builtins, typeconstructors, strtype, listtype, iomodule, sysmodule
from module import mathtime, rawio, posixmodule


def install_types(space):
    """Init time: methods of the built-in types (no I/O, no argv)."""
    typeconstructors.install(space)
    strtype.install(space)
    listtype.install(space)
    iomodule.install(space)


def setup(space, argv, main_dir):
    """Run time: the modules that depend on the command line and the process."""
    space.w_stdout = iomodule.W_TextFile(1, "<stdout>", "w", True)
    space.w_stderr = iomodule.W_TextFile(2, "<stderr>", "w", False)
    space.w_stdin = iomodule.W_TextFile(0, "<stdin>", "r", False)
    space.w_modules = space.newdict()
    w_builtins = space.newmodule("builtins")
    builtins.install(space, w_builtins)
    space.w_builtins = w_builtins
    space.builtins_dict = w_builtins.w_dict
    space.main_dir = main_dir
    space.ec.topframe = None
    space.ec.depth = 0
    w_sys = sysmodule.make_sys(space, argv, main_dir)
    space.w_modules.setitem_str("builtins", w_builtins)
    space.w_modules.setitem_str("sys", w_sys)
    space.w_modules.setitem_str("math", mathtime.make_math(space))
    space.w_modules.setitem_str("time", mathtime.make_time(space))
    space.w_modules.setitem_str("posix", posixmodule.make_posix(space))


def print_exception(space, w_exc):
    iomodule.flush_stdout(space)
    assert isinstance(w_exc, W_ExceptionObject)
    try:
        text = traceback.format_exception(space, w_exc, [])
    except OperationError:
        text = "Exception while formatting an exception\n"
    space.write_stderr(text)


def exit_status(space, w_exc):
    """SystemExit(code) -> the process status (printing a non-int code)."""
    w_code = space.w_None
    if len(w_exc.args_w) == 1:
        w_code = w_exc.args_w[0]
    elif len(w_exc.args_w) > 1:
        w_code = space.newtuple(list(w_exc.args_w))
    if isinstance(w_code, W_NoneObject):
        return 0
    if isinstance(w_code, W_IntObject):
        return w_code.intval & 0xff
    iomodule.flush_stdout(space)
    space.write_stderr(space.str_w(w_code) + "\n")
    return 1


def run_main(space, source, filename, argv, main_dir):
    setup(space, argv, main_dir)
    w_main = space.newmodule("__main__")
    w_main.w_dict.setitem_str("__builtins__", space.w_builtins)
    w_main.w_dict.setitem_str("__file__", space.newstr(filename))
    space.w_modules.setitem_str("__main__", w_main)
    status = 0
    try:
        try:
            code = execution.compile_source(space, source, filename)
            execution.run_code_in_module(space, code, w_main)
        except OperationError as e:
            w_exc = e.w_value
            assert isinstance(w_exc, W_ExceptionObject)
            if w_exc.w_type.issubtype(space.w_SystemExit):
                status = exit_status(space, w_exc)
            else:
                print_exception(space, w_exc)
                status = 1
    finally:
        iomodule.flush_stdout(space)
    return status


def main(space, argv):
    """argv: [program, script, args...] or [program, '-c', code, args...]."""
    if len(argv) < 2:
        rawio.write_fd(2, "usage: pypy-c [-c cmd | file] [arg] ...\n")
        return 2
    if argv[1] == "-c":
        if len(argv) < 3:
            rawio.write_fd(2, "Argument expected for the -c option\n")
            return 2
        return run_main(space, argv[2], "<string>", ["-c"] + argv[3:], "")
    filename = argv[1]
    source = rawio.read_file(filename)
    if source is None:
        rawio.write_fd(2, "%s: can't open file '%s': [Errno 2] No such file or directory\n"
                       % (argv[0], filename))
        return 2
    if not filename.startswith("/"):
        filename = rawio.getcwd() + "/" + filename
    main_dir = "."
    slash = filename.rfind("/")
    if slash >= 0:
        main_dir = filename[:slash]
        if main_dir == "":
            main_dir = "/"
    return run_main(space, source, filename, argv[1:], main_dir)
