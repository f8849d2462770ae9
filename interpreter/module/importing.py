"""`import`: built-in modules, then `<dir>/<name>.py` and packages `<dir>/<name>/__init__.py`
for each folder of sys.path (the script's folder first)."""

from objspace.model import W_StrObject, W_ListObject, W_TupleObject, W_DictObject
from objspace.typeobject import W_Module, W_ExceptionObject
from objspace.error import OperationError
from module import rawio
from interp import execution


def import_name(space, frame, name, w_fromlist, level):
    if level > 0:
        w_pkg = frame.w_globals.getitem_str("__package__")
        pkg = ""
        if w_pkg is not None and isinstance(w_pkg, W_StrObject):
            pkg = w_pkg.value
        if pkg == "":
            raise space.error(space.w_ImportError, "attempted relative import with no known "
                                                   "parent package")
        parts = pkg.split(".")
        if level - 1 > len(parts) - 1:
            raise space.error(space.w_ImportError, "attempted relative import beyond "
                                                   "top-level package")
        base = ".".join(parts[:len(parts) - (level - 1)])
        if name == "":
            name = base
        else:
            name = base + "." + name
    parts = name.split(".")
    w_top = None
    w_mod = None
    prefix = ""
    for i in range(len(parts)):
        if i == 0:
            prefix = parts[0]
        else:
            prefix = prefix + "." + parts[i]
        w_mod = import_one(space, prefix, w_mod)
        if w_top is None:
            w_top = w_mod
    assert w_mod is not None
    if space.is_none(w_fromlist):
        return w_top
    if isinstance(w_fromlist, W_TupleObject) and len(w_fromlist.items) > 0:
        # from package import submodule
        if is_package(w_mod):
            for w_n in w_fromlist.items:
                n = space.text_w(w_n)
                if n != "*" and w_mod.getdictvalue(space, n) is None:
                    try:
                        import_one(space, name + "." + n, w_mod)
                    except OperationError as e:
                        if not e.match(space, space.w_ModuleNotFoundError):
                            raise
        return w_mod
    return w_top


def is_package(w_mod):
    return isinstance(w_mod, W_Module) and w_mod.w_dict.getitem_str("__path__") is not None


def import_one(space, fullname, w_parent):
    w_mod = space.w_modules.getitem_str(fullname)
    if w_mod is not None:
        return w_mod
    dirs = []
    if w_parent is not None:
        assert isinstance(w_parent, W_Module)
        w_path = w_parent.w_dict.getitem_str("__path__")
        if w_path is None:
            raise not_found(space, fullname, w_parent)
        for w_d in space.unpackiterable(w_path):
            dirs.append(space.text_w(w_d))
    else:
        for w_d in space.unpackiterable(space.w_sys_path):
            if isinstance(w_d, W_StrObject):
                dirs.append(w_d.value)
    shortname = fullname.split(".")[-1]
    for d in dirs:
        if d == "":
            d = "."
        pkgdir = d + "/" + shortname
        init = pkgdir + "/__init__.py"
        if rawio.file_exists(init):
            w_mod = load_module(space, fullname, init, pkgdir)
            break
        path = d + "/" + shortname + ".py"
        if rawio.file_exists(path):
            w_mod = load_module(space, fullname, path, "")
            break
    if w_mod is None:
        raise not_found(space, fullname, w_parent)
    if w_parent is not None:
        w_parent.setdictvalue(space, shortname, w_mod)
    return w_mod


def not_found(space, fullname, w_parent):
    w_exc = space.new_exception(space.w_ModuleNotFoundError,
                                [space.newstr("No module named '%s'" % fullname)])
    w_exc.setdictvalue(space, "name", space.newstr(fullname))
    return OperationError(w_exc)


def load_module(space, fullname, path, pkgdir):
    source = rawio.read_file(path)
    if source is None:
        raise space.error(space.w_ImportError, "cannot read %s" % path)
    w_mod = space.newmodule(fullname)
    d = w_mod.w_dict
    d.setitem_str("__file__", space.newstr(path))
    d.setitem_str("__builtins__", space.w_builtins)
    if pkgdir != "":
        d.setitem_str("__path__", space.newlist([space.newstr(pkgdir)]))
        d.setitem_str("__package__", space.newstr(fullname))
    else:
        parts = fullname.split(".")
        d.setitem_str("__package__", space.newstr(".".join(parts[:len(parts) - 1])))
    space.w_modules.setitem_str(fullname, w_mod)
    try:
        code = execution.compile_source(space, source, path)
        execution.run_code_in_module(space, code, w_mod)
    except OperationError:
        space.w_modules.delitem(space, space.newstr(fullname))
        raise
    return w_mod


def import_from(space, w_mod, name):
    w_value = space.findattr(w_mod, name)
    if w_value is None:
        modname = "?"
        if isinstance(w_mod, W_Module):
            modname = w_mod.name
            w_sub = space.w_modules.getitem_str(modname + "." + name)
            if w_sub is not None:
                return w_sub
        w_file = None
        if isinstance(w_mod, W_Module):
            w_file = w_mod.w_dict.getitem_str("__file__")
        where = "unknown location"
        if w_file is not None:
            where = space.str_w(w_file)
        if isinstance(w_mod, W_Module) and w_mod.w_dict.getitem_str("__file__") is None:
            where = "unknown location"
        raise space.error(space.w_ImportError, "cannot import name '%s' from '%s' (%s)" %
                          (name, modname, where))
    return w_value


def import_star(space, frame, w_mod):
    if not isinstance(w_mod, W_Module):
        raise space.type_error("import * from a non-module")
    w_all = w_mod.w_dict.getitem_str("__all__")
    if w_all is not None:
        for w_n in space.unpackiterable(w_all):
            n = space.text_w(w_n)
            frame.w_locals.setitem_str(n, space.getattr(w_mod, n))
        return
    for w_k in w_mod.w_dict.keys_w(space):
        k = space.text_w(w_k)
        if not k.startswith("_"):
            frame.w_locals.setitem_str(k, w_mod.w_dict.getitem_str(k))
