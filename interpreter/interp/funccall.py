"""Calling: binding arguments to a user function's frame, instantiating classes, creating
classes (__build_class__), and driving generators (next/send/throw/close)."""

from objspace.model import W_Root, W_TupleObject, W_DictObject, W_StrObject, W_CellObject
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject,
                                 compute_mro, KIND_OBJECT, KIND_EXCEPTION, KIND_BUILTIN)
from objspace.function import (Arguments, W_Function, W_BuiltinFunction, W_Generator,
                               W_StaticMethod, W_ClassMethod, W_Property)
from objspace.error import OperationError
from interp import opcodes as op
from interp.pyframe import PyFrame, new_frame, release_frame
from objspace import usersubclass, typeobject


def call_positional(space, w_func, args_w):
    """A plain function (w_func.takes_positional(len(args_w))) called with positional
    values."""
    frame = new_frame(space, w_func)
    locals_w = frame.locals_w
    for i in range(len(args_w)):
        locals_w[i] = args_w[i]
    w_func.fill_defaults(locals_w, len(args_w))
    w_res = frame.run(space)
    release_frame(frame)
    return w_res


def plain_init(space, w_type):
    """The `__init__` function (a W_Function) of a class whose instantiation is just
    "allocate a plain instance (or exception), call __init__": no metaclass, no custom
    __new__, no built-in base. None otherwise. Remembered per type version."""
    if w_type.init_version is w_type.version:
        return w_type.plain_init
    w_init = None
    kind = solid_kind(space, w_type)
    if w_type.is_heaptype and w_type.w_metatype is None and \
            (kind == KIND_OBJECT or kind == KIND_EXCEPTION):
        w_new_where = w_type.lookup_where("__new__")
        if w_new_where is None or not w_new_where.is_heaptype:
            w_found = w_type.lookup("__init__")
            if isinstance(w_found, W_Function):
                w_init = w_found
    w_type.plain_init = w_init
    w_type.plain_exception = kind == KIND_EXCEPTION
    w_type.init_version = w_type.version
    return w_init


def call_user_function(space, w_func, args):
    code = w_func.code
    frame = PyFrame(space, code, w_func.w_globals, w_func.closure)
    if len(args.kw_names) == 0 and len(args.args_w) == code.co_argcount and \
            code.co_kwonlyargcount == 0 and \
            (code.co_flags & (op.CO_VARARGS | op.CO_VARKEYWORDS)) == 0:
        locals_w = frame.locals_w
        for i in range(len(args.args_w)):
            locals_w[i] = args.args_w[i]
    else:
        fill_args(space, w_func, frame.locals_w, args)
    if len(code.co_cell2arg) > 0:
        frame.init_cells_from_args()
    if code.co_flags & op.CO_GENERATOR:
        return W_Generator(frame, w_func.name, w_func.qualname)
    return frame.run(space)


def plural(n, word):
    if n == 1:
        return "%d %s" % (n, word)
    return "%d %ss" % (n, word)


def name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:len(quoted) - 1]) + ", and " + quoted[-1]


def fill_args(space, w_func, locals_w, args):
    code = w_func.code
    fname = w_func.qualname
    argcount = code.co_argcount
    kwonly = code.co_kwonlyargcount
    has_varargs = (code.co_flags & op.CO_VARARGS) != 0
    has_varkw = (code.co_flags & op.CO_VARKEYWORDS) != 0
    args_w = args.args_w
    n = len(args_w)
    if n > argcount and not has_varargs:
        ndefaults = len(w_func.defaults_w)
        given_kwonly = 0
        for name in args.kw_names:
            for k in range(argcount, argcount + kwonly):
                if code.co_varnames[k] == name:
                    given_kwonly += 1
        if ndefaults > 0:
            takes = "from %d to %d positional arguments" % (argcount - ndefaults, argcount)
        else:
            takes = plural(argcount, "positional argument")
        if n == 1:
            given = "1 was given"
        else:
            given = "%d were given" % n
        if given_kwonly > 0:
            given = "%s (and %s) were given" % (plural(n, "positional argument"),
                                                plural(given_kwonly, "keyword-only argument"))
            if n == 1:
                given = "1 positional argument (and %s) were given" % \
                    plural(given_kwonly, "keyword-only argument")
        raise space.type_error("%s() takes %s but %s" % (fname, takes, given))
    for i in range(min(n, argcount)):
        locals_w[i] = args_w[i]
    nextslot = argcount + kwonly
    if has_varargs:
        extra = []
        if n > argcount:
            extra = args_w[argcount:]
        locals_w[nextslot] = space.newtuple(extra)
        nextslot += 1
    w_kwdict = None
    if has_varkw:
        w_kwdict = space.newdict()
        locals_w[nextslot] = w_kwdict
    posonly = code.co_posonlyargcount
    posonly_kw = []
    for j in range(len(args.kw_names)):
        name = args.kw_names[j]
        w_value = args.kw_values_w[j]
        found = -1
        for k in range(posonly, argcount + kwonly):
            if code.co_varnames[k] == name:
                found = k
                break
        if found >= 0:
            if locals_w[found] is not None:
                raise space.type_error("%s() got multiple values for argument '%s'" %
                                       (fname, name))
            locals_w[found] = w_value
        elif w_kwdict is not None:
            w_kwdict.setitem_str(name, w_value)
        else:
            for k in range(posonly):
                if code.co_varnames[k] == name:
                    posonly_kw.append(name)
            if len(posonly_kw) > 0:
                raise space.type_error("%s() got some positional-only arguments passed as "
                                       "keyword arguments: '%s'" %
                                       (fname, ", ".join(posonly_kw)))
            raise space.type_error("%s() got an unexpected keyword argument '%s'" %
                                   (fname, name))
    defaults = w_func.defaults_w
    first_default = argcount - len(defaults)
    missing = []
    for i in range(n, argcount):
        if locals_w[i] is None:
            if i >= first_default:
                locals_w[i] = defaults[i - first_default]
            else:
                missing.append(code.co_varnames[i])
    if len(missing) > 0:
        raise space.type_error("%s() missing %s: %s" % (
            fname, plural(len(missing), "required positional argument"), name_list(missing)))
    for i in range(argcount, argcount + kwonly):
        if locals_w[i] is None:
            name = code.co_varnames[i]
            w_def = None
            if w_func.w_kwdefaults is not None:
                w_def = w_func.w_kwdefaults.getitem_str(name)
            if w_def is None:
                missing.append(name)
            else:
                locals_w[i] = w_def
    if len(missing) > 0:
        raise space.type_error("%s() missing %s: %s" % (
            fname, plural(len(missing), "required keyword-only argument"),
            name_list(missing)))


# ---- classes -------------------------------------------------------------------------------

def solid_kind(space, w_type):
    return typeobject.solid_kind(w_type)


def allocate(space, w_type, args):
    kind = solid_kind(space, w_type)
    if kind == KIND_EXCEPTION:
        return W_ExceptionObject(w_type, list(args.args_w))
    if kind == KIND_OBJECT:
        return W_ObjectInstance(w_type)
    if w_type.is_heaptype:
        return usersubclass.allocate_builtin_subclass(space, w_type, args)
    raise space.type_error("cannot create '%s' instances" % w_type.name)


def call_type(space, w_type, args):
    if w_type is space.w_type and len(args.args_w) == 1 and len(args.kw_names) == 0:
        return space.type(args.args_w[0])
    if not w_type.is_heaptype:
        if w_type.constructor is not None:
            return w_type.constructor(space, w_type, args)
        if w_type.kind == KIND_EXCEPTION:
            if len(args.kw_names) > 0:
                raise space.type_error("%s() takes no keyword arguments" % w_type.name)
            return W_ExceptionObject(w_type, list(args.args_w))
        if w_type is space.w_object:
            if len(args.args_w) > 0 or len(args.kw_names) > 0:
                raise space.type_error("object() takes no arguments")
            return W_ObjectInstance(w_type)
        raise space.type_error("cannot create '%s' instances" % w_type.name)
    w_new_where = w_type.lookup_where("__new__")
    if w_new_where is not None and w_new_where.is_heaptype:
        w_new = w_type.lookup("__new__")
        w_new = space.get_from_class(w_new, w_type)
        w_obj = space.call_args(w_new, args.prepend(w_type))
        if not space.type(w_obj).issubtype(w_type):
            return w_obj
        custom_new = True
    else:
        w_obj = allocate(space, w_type, args)
        custom_new = False
    w_init = w_type.lookup("__init__")
    if solid_kind(space, w_type) == KIND_BUILTIN:
        if w_init is not None and (not isinstance(w_init, W_BuiltinFunction) or
                                   usersubclass.is_mutable_container_base(space, w_type)):
            w_res = space.call_args(space.get(w_init, w_obj, w_type), args)
            if not space.is_none(w_res):
                raise space.type_error("__init__() should return None, not '%s'" %
                                       space.type_name(w_res))
        return w_obj
    if w_init is not None and not isinstance(w_init, W_BuiltinFunction):
        w_res = space.call_args(space.get(w_init, w_obj, w_type), args)
        if not space.is_none(w_res):
            raise space.type_error("__init__() should return None, not '%s'" %
                                   space.type_name(w_res))
    elif not custom_new and solid_kind(space, w_type) == KIND_OBJECT and \
            (len(args.args_w) > 0 or len(args.kw_names) > 0):
        raise space.type_error("%s() takes no arguments" % w_type.name)
    return w_obj


def builtin_base(space, w_type):
    for w_t in w_type.mro_w:
        if w_t.kind == KIND_BUILTIN:
            return w_t
    return space.w_object


def build_class(space, args):
    """__build_class__(func, name, *bases, metaclass=None, **kwds)."""
    if len(args.args_w) < 2:
        raise space.type_error("__build_class__: not enough arguments")
    w_func = args.args_w[0]
    name = space.text_w(args.args_w[1])
    bases_w = []
    for w_b in args.args_w[2:]:
        if not isinstance(w_b, W_TypeObject):
            raise space.type_error("bases must be types")
        bases_w.append(w_b)
    w_meta = None
    for i in range(len(args.kw_names)):
        if args.kw_names[i] == "metaclass":
            w_meta = args.kw_values_w[i]
    if w_meta is None:
        for w_b in bases_w:
            w_bt = space.type(w_b)
            if w_bt is not space.w_type:
                w_meta = w_bt
    assert isinstance(w_func, W_Function)
    w_ns = space.newdict()
    frame = PyFrame(space, w_func.code, w_func.w_globals, w_func.closure)
    frame.w_locals = w_ns
    w_cell = frame.run(space)
    if w_meta is not None and w_meta is not space.w_type and \
            isinstance(w_meta, W_TypeObject) and w_meta.is_heaptype:
        w_bases = space.newtuple(list_of(bases_w))
        w_cls = space.call_function(w_meta, [space.newstr(name), w_bases, w_ns])
    else:
        w_cls = new_type(space, name, bases_w, w_ns)
    if isinstance(w_cell, W_CellObject):
        w_cell.w_value = w_cls
    return w_cls


def list_of(types_w):
    result = []
    for w_t in types_w:
        result.append(w_t)
    return result


def new_type(space, name, bases_w, w_ns):
    if len(bases_w) == 0:
        bases_w = [space.w_object]
    for w_b in bases_w:
        if w_b is space.w_bool or w_b is space.w_range or w_b is space.w_slice or \
                w_b is space.w_NoneType or w_b is space.w_function or \
                w_b is space.w_generator:
            raise space.type_error("type '%s' is not an acceptable base type" % w_b.name)
    dict_w = {}
    assert isinstance(w_ns, W_DictObject)
    for w_k in w_ns.keys_w(space):
        w_v = w_ns.getitem(space, w_k)
        if isinstance(w_k, W_StrObject) and w_v is not None:
            dict_w[w_k.value] = w_v
    kind = KIND_OBJECT
    for w_b in bases_w:
        if w_b.kind == KIND_EXCEPTION or solid_kind(space, w_b) == KIND_EXCEPTION:
            kind = KIND_EXCEPTION
    if "__eq__" in dict_w and "__hash__" not in dict_w:
        dict_w["__hash__"] = space.w_None
    w_type = W_TypeObject(name, bases_w, dict_w, kind)
    w_type.is_heaptype = True
    w_qualname = dict_w.get("__qualname__", None)
    if w_qualname is not None:
        w_type.qualname = space.text_w(w_qualname)
        del dict_w["__qualname__"]
    w_module = dict_w.get("__module__", None)
    if w_module is not None and isinstance(w_module, W_StrObject):
        w_type.module = w_module.value
    w_type.mro_w = compute_mro(space, w_type)
    for w_b in bases_w:
        w_b.subclasses_w.append(w_type)
    for key, w_value in dict_w.items():
        if isinstance(w_value, W_Property) and w_value.name == "":
            w_value.name = key
        if key == "__init_subclass__" or key == "__class_getitem__":
            if isinstance(w_value, W_Function):
                dict_w[key] = W_ClassMethod(w_value)
        if key == "__new__" and isinstance(w_value, W_Function):
            dict_w[key] = W_StaticMethod(w_value)
    for key, w_value in dict_w.items():
        w_set_name = space.lookup_special(w_value, "__set_name__")
        if w_set_name is not None:
            space.call_function(w_set_name, [w_value, w_type, space.newstr(key)])
    # __init_subclass__ of the nearest base that defines one
    for k in range(1, len(w_type.mro_w)):
        w_base = w_type.mro_w[k]
        w_isc = w_base.dict_w.get("__init_subclass__", None)
        if w_isc is not None and w_base.is_heaptype:
            space.call_function(space.get_from_class(w_isc, w_type), [])
            break
    return w_type


# ---- generators ----------------------------------------------------------------------------

def generator_resume(space, w_gen, w_value, operr, as_next):
    """Run a generator until it yields (returns the value) or finishes: then None when
    `as_next`, else StopIteration(return value)."""
    if w_gen.running:
        raise space.value_error("generator already executing")
    frame = w_gen.frame
    if w_gen.finished:
        if operr is not None:
            raise operr
        if as_next:
            return None
        raise space.stop_iteration(None)
    if not frame.started and operr is None and not space.is_none(w_value):
        raise space.type_error("can't send non-None value to a just-started generator")
    if operr is not None and frame.started and is_at_yield_from(frame):
        return throw_into_delegate(space, w_gen, operr, as_next)
    w_gen.running = True
    try:
        try:
            w_result = frame.resume(space, w_value, operr)
        except OperationError as e:
            w_gen.finished = True
            if e.match(space, space.w_StopIteration):
                w_err = space.new_exception(space.w_RuntimeError,
                                            [space.newstr("generator raised StopIteration")])
                w_err.w_cause = e.w_value
                w_err.w_context = e.w_value
                w_err.suppress_context = True
                raise OperationError(w_err)
            raise
    finally:
        w_gen.running = False
    if frame.yielded:
        return w_result
    w_gen.finished = True
    if as_next:
        return None
    raise space.stop_iteration(w_result)


def is_at_yield_from(frame):
    code = frame.code
    pc = frame.pc
    return pc < len(code.co_code) and code.co_code[pc] == op.YIELD_FROM


def throw_into_delegate(space, w_gen, operr, as_next):
    frame = w_gen.frame
    w_inner = frame.stack[-1]
    w_gen.running = True
    try:
        try:
            if isinstance(w_inner, W_Generator):
                if operr.match(space, space.w_GeneratorExit):
                    generator_close(space, w_inner)
                    raise operr
                w_res = generator_resume(space, w_inner, None, operr, False)
            else:
                w_throw = space.findattr(w_inner, "throw")
                if w_throw is None:
                    raise operr
                w_exc = operr.w_value
                w_res = space.call_function(w_throw, [space.type(w_exc), w_exc])
            return w_res
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                frame.stack.pop()
                w_exc = e.w_value
                assert isinstance(w_exc, W_ExceptionObject)
                if len(w_exc.args_w) > 0:
                    frame.stack.append(w_exc.args_w[0])
                else:
                    frame.stack.append(space.w_None)
                frame.pc += 2
                w_gen.running = False
                return resume_after_delegate(space, w_gen, as_next)
            # the delegate raised: continue in this generator's frame at the YIELD_FROM
            frame.last_pc = frame.pc
            frame.pc += 2
            frame.stack.pop()
            w_gen.running = False
            return generator_resume_with_error(space, w_gen, e, as_next)
    finally:
        w_gen.running = False


def resume_after_delegate(space, w_gen, as_next):
    """The delegate finished and its value is on the stack: run on without pushing."""
    frame = w_gen.frame
    w_gen.running = True
    try:
        try:
            w_result = frame.resume(space, None, None)
        except OperationError:
            w_gen.finished = True
            raise
    finally:
        w_gen.running = False
    if frame.yielded:
        return w_result
    w_gen.finished = True
    if as_next:
        return None
    raise space.stop_iteration(w_result)


def generator_resume_with_error(space, w_gen, operr, as_next):
    frame = w_gen.frame
    w_gen.running = True
    try:
        try:
            w_result = frame.resume(space, None, operr)
        except OperationError:
            w_gen.finished = True
            raise
    finally:
        w_gen.running = False
    if frame.yielded:
        return w_result
    w_gen.finished = True
    if as_next:
        return None
    raise space.stop_iteration(w_result)


def generator_close(space, w_gen):
    if w_gen.finished:
        return
    if not w_gen.frame.started:
        w_gen.finished = True
        return
    w_exit = space.new_exception(space.w_GeneratorExit, [])
    try:
        generator_resume(space, w_gen, space.w_None, OperationError(w_exit), False)
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or e.match(space, space.w_StopIteration):
            w_gen.finished = True
            return
        raise
    raise space.runtime_error("generator ignored GeneratorExit")
