"""The `builtins` module: built-in functions (print, len, sorted, ...). Type constructors
(int, str, list, ...) are in typeconstructors.py; methods of built-in types in the *type.py
files."""

from objspace.model import (W_Root, W_IntObject, W_BoolObject, W_FloatObject, W_StrObject,
                            W_BytesObject, W_TupleObject, W_ListObject, W_DictObject,
                            W_SetObject, W_ComplexObject, W_RangeObject, W_EnumerateObject,
                            W_ZipObject, W_MapObject, W_FilterObject, W_ReverseSeqIterObject,
                            W_CallIterObject)
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject, W_Module,
                                 W_UnionType, W_GenericAlias)
from objspace.function import (Arguments, W_Function, W_BuiltinFunction, W_Method, FAST_LEN,
                               FAST_ISINSTANCE)
from objspace.error import OperationError
from objspace import ops, containers, strformat, specialattrs
from rlib.objectmodel import compute_identity_hash
from rlib.rarithmetic import ovfcheck
from module.argparse_rt import parse_args, check_positional
from module import sorting
from interp import funccall, execution
from interp.pycode import PyCode
import math
from module import iomodule, importing
from objspace import floatops
from objspace import rbigint as rb
from objspace.model import W_LongObject


def b_print(space, args):
    w_sep = None
    w_end = None
    w_file = None
    w_flush = None
    for i in range(len(args.kw_names)):
        name = args.kw_names[i]
        if name == "sep":
            w_sep = args.kw_values_w[i]
        elif name == "end":
            w_end = args.kw_values_w[i]
        elif name == "file":
            w_file = args.kw_values_w[i]
        elif name == "flush":
            w_flush = args.kw_values_w[i]
        else:
            raise space.type_error("'%s' is an invalid keyword argument for print()" % name)
    sep = " "
    if w_sep is not None and not space.is_none(w_sep):
        if not isinstance(w_sep, W_StrObject):
            raise space.type_error("sep must be None or a string, not %s" %
                                   space.type_name(w_sep))
        sep = w_sep.value
    end = "\n"
    if w_end is not None and not space.is_none(w_end):
        if not isinstance(w_end, W_StrObject):
            raise space.type_error("end must be None or a string, not %s" %
                                   space.type_name(w_end))
        end = w_end.value
    parts = []
    for w_x in args.args_w:
        parts.append(space.str_w(w_x))
    text = sep.join(parts) + end
    if w_file is None or space.is_none(w_file):
        space.write_stdout(text)
    else:
        space.call_method(w_file, "write", [space.newstr(text)])
    if w_flush is not None and space.is_true(w_flush):
        iomodule.flush_stdout(space)
    return space.w_None


def b_len(space, args):
    args_w = check_positional(space, args, "len", 1, 1)
    return space.newint(space.len_w(args_w[0]))


def b_repr(space, args):
    args_w = check_positional(space, args, "repr", 1, 1)
    return space.repr(args_w[0])


def b_ascii(space, args):
    args_w = check_positional(space, args, "ascii", 1, 1)
    return space.newstr(strformat.ascii_of(space.repr_w(args_w[0])))


def b_isinstance(space, args):
    args_w = check_positional(space, args, "isinstance", 2, 2)
    return space.newbool(isinstance_check(space, args_w[0], args_w[1], "isinstance"))


def isinstance_check(space, w_obj, w_cls, fname):
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items:
            if isinstance_check(space, w_obj, w_c, fname):
                return True
        return False
    if isinstance(w_cls, W_UnionType):
        for w_c in w_cls.args_w:
            if isinstance_check(space, w_obj, w_c, fname):
                return True
        return False
    if isinstance(w_cls, W_GenericAlias):
        raise space.type_error("%s() argument 2 cannot be a parameterized generic" % fname)
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("%s() arg 2 must be a type, a tuple of types, or a union" %
                               fname)
    if fname == "issubclass":
        if not isinstance(w_obj, W_TypeObject):
            raise space.type_error("issubclass() arg 1 must be a class")
        return w_obj.issubtype(w_cls)
    return space.type(w_obj).issubtype(w_cls)


def b_issubclass(space, args):
    args_w = check_positional(space, args, "issubclass", 2, 2)
    return space.newbool(isinstance_check(space, args_w[0], args_w[1], "issubclass"))


def b_sorted(space, args):
    if len(args.args_w) != 1:
        raise space.type_error("sorted expected 1 argument, got %d" % len(args.args_w))
    a = parse_args(space, Arguments([], args.kw_names, args.kw_values_w), "sorted",
                   ["*key", "*reverse"], 0)
    reverse = a[1] is not None and space.is_true(a[1])
    items = space.unpackiterable(args.args_w[0])
    return space.newlist(sorting.sort_items(space, items, a[0], reverse))


def min_max(space, args, is_max):
    fname = "max" if is_max else "min"
    a = parse_args(space, Arguments([], args.kw_names, args.kw_values_w), fname,
                   ["*key", "*default"], 0)
    w_key = a[0]
    if w_key is not None and space.is_none(w_key):
        w_key = None
    if len(args.args_w) == 0:
        raise space.type_error("%s expected at least 1 argument, got 0" % fname)
    if len(args.args_w) == 1:
        items = space.unpackiterable(args.args_w[0])
        if len(items) == 0:
            if a[1] is not None:
                return a[1]
            raise space.value_error("%s() arg is an empty sequence" % fname)
    else:
        if a[1] is not None:
            raise space.type_error("Cannot specify a default for %s() with multiple positional "
                                   "arguments" % fname)
        items = args.args_w
    w_best = items[0]
    if w_key is not None:
        w_bestkey = space.call_function(w_key, [w_best])
    else:
        w_bestkey = w_best
    for i in range(1, len(items)):
        w_x = items[i]
        if w_key is not None:
            w_k = space.call_function(w_key, [w_x])
        else:
            w_k = w_x
        if is_max:
            better = space.is_true(ops.compare(space, w_k, w_bestkey, 4))
        else:
            better = space.is_true(ops.compare(space, w_k, w_bestkey, 2))
        if better:
            w_best = w_x
            w_bestkey = w_k
    return w_best


def b_min(space, args):
    return min_max(space, args, False)


def b_max(space, args):
    return min_max(space, args, True)


def b_sum(space, args):
    a = parse_args(space, args, "sum", ["iterable", "start"], 1)
    w_acc = a[1]
    if w_acc is None:
        w_acc = space.newint(0)
    if isinstance(w_acc, W_StrObject):
        raise space.type_error("sum() can't sum strings [use ''.join(seq) instead]")
    w_iter = space.iter(a[0])
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            break
        w_acc = ops.binop(space, ops.ADD, w_acc, w_x)
    return w_acc


def b_abs(space, args):
    args_w = check_positional(space, args, "abs", 1, 1)
    w_x = args_w[0]
    if isinstance(w_x, W_IntObject):
        v = w_x.intval
        if v < 0:
            try:
                return space.newint(ovfcheck(-v))
            except OverflowError:
                return space.newlong(rb.abs_(rb.from_int(v)))
        return space.newint(v)
    if isinstance(w_x, W_FloatObject):
        return space.newfloat(abs(w_x.floatval))
    if isinstance(w_x, W_LongObject):
        return space.newlong(rb.abs_(w_x.bigint))
    if isinstance(w_x, W_ComplexObject):
        return space.newfloat(math.hypot(w_x.real, w_x.imag))
    w_abs = space.lookup_special(w_x, "__abs__")
    if w_abs is not None:
        return space.call_function(w_abs, [w_x])
    raise space.type_error("bad operand type for abs(): '%s'" % space.type_name(w_x))


def b_any(space, args):
    args_w = check_positional(space, args, "any", 1, 1)
    w_iter = space.iter(args_w[0])
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            return space.w_False
        if space.is_true(w_x):
            return space.w_True


def b_all(space, args):
    args_w = check_positional(space, args, "all", 1, 1)
    w_iter = space.iter(args_w[0])
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            return space.w_True
        if not space.is_true(w_x):
            return space.w_False


def b_iter(space, args):
    args_w = check_positional(space, args, "iter", 1, 2)
    if len(args_w) == 2:
        return W_CallIterObject(args_w[0], args_w[1], False)
    return space.iter(args_w[0])


def b_next(space, args):
    args_w = check_positional(space, args, "next", 1, 2)
    w_it = args_w[0]
    w_type = space.type(w_it)
    if w_type.is_heaptype:
        w_next = w_type.lookup("__next__")
        if w_next is None:
            raise space.type_error("'%s' object is not an iterator" % w_type.name)
        try:
            return space.call_function(w_next, [w_it])
        except OperationError as e:
            if len(args_w) == 2 and e.match(space, space.w_StopIteration):
                return args_w[1]
            raise
    if not ops.is_builtin_iterator(space, w_it):
        raise space.type_error("'%s' object is not an iterator" % w_type.name)
    if len(args_w) == 2:
        try:
            w_item = w_it.next_w(space)
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                return args_w[1]
            raise
        if w_item is None:
            return args_w[1]
        return w_item
    if isinstance(w_it, funccall.W_Generator):
        return funccall.generator_resume(space, w_it, space.w_None, None, False)
    return space.next(w_it)


def b_getattr(space, args):
    args_w = check_positional(space, args, "getattr", 2, 3)
    if not isinstance(args_w[1], W_StrObject):
        raise space.type_error("attribute name must be string, not '%s'" %
                               space.type_name(args_w[1]))
    name = space.text_w(args_w[1])
    if len(args_w) == 3:
        try:
            return space.getattr(args_w[0], name)
        except OperationError as e:
            if e.match(space, space.w_AttributeError):
                return args_w[2]
            raise
    return space.getattr(args_w[0], name)


def b_setattr(space, args):
    args_w = check_positional(space, args, "setattr", 3, 3)
    space.setattr(args_w[0], space.text_w(args_w[1]), args_w[2])
    return space.w_None


def b_delattr(space, args):
    args_w = check_positional(space, args, "delattr", 2, 2)
    space.delattr(args_w[0], space.text_w(args_w[1]))
    return space.w_None


def b_hasattr(space, args):
    args_w = check_positional(space, args, "hasattr", 2, 2)
    try:
        space.getattr(args_w[0], space.text_w(args_w[1]))
    except OperationError as e:
        if e.match(space, space.w_AttributeError):
            return space.w_False
        raise
    return space.w_True


def b_format(space, args):
    args_w = check_positional(space, args, "format", 1, 2)
    spec = ""
    if len(args_w) == 2:
        spec = space.text_w(args_w[1])
    return space.newstr(strformat.format_value(space, args_w[0], spec))


def b_hash(space, args):
    args_w = check_positional(space, args, "hash", 1, 1)
    return space.newint(space.hash_w(args_w[0]))


def b_id(space, args):
    args_w = check_positional(space, args, "id", 1, 1)
    return space.newint(compute_identity_hash(args_w[0]))


def b_ord(space, args):
    args_w = check_positional(space, args, "ord", 1, 1)
    w_c = args_w[0]
    if isinstance(w_c, W_StrObject) or isinstance(w_c, W_BytesObject):
        if isinstance(w_c, W_StrObject):
            s = w_c.value
        else:
            assert isinstance(w_c, W_BytesObject)
            s = w_c.value
        if len(s) != 1:
            raise space.type_error("ord() expected a character, but string of length %d "
                                   "found" % len(s))
        return space.newint(ord(s[0]))
    raise space.type_error("ord() expected string of length 1, but %s found" %
                           space.type_name(w_c))


def b_chr(space, args):
    args_w = check_positional(space, args, "chr", 1, 1)
    v = space.int_w(args_w[0])
    if v < 0 or v > 0x10ffff:
        raise space.value_error("chr() arg not in range(0x110000)")
    return space.newstr(chr(v))


def int_base_str(space, w_x, base, prefix):
    if isinstance(w_x, W_LongObject):
        digits = rb.to_base(w_x.bigint, base, False)
        if w_x.bigint.sign < 0:
            return space.newstr("-" + prefix + digits)
        return space.newstr(prefix + digits)
    v = space.int_w(w_x)
    digits = strformat.int_to_base(v, base, False)
    if v < 0:
        return space.newstr("-" + prefix + digits[1:])
    return space.newstr(prefix + digits)


def b_hex(space, args):
    args_w = check_positional(space, args, "hex", 1, 1)
    return int_base_str(space, args_w[0], 16, "0x")


def b_oct(space, args):
    args_w = check_positional(space, args, "oct", 1, 1)
    return int_base_str(space, args_w[0], 8, "0o")


def b_bin(space, args):
    args_w = check_positional(space, args, "bin", 1, 1)
    return int_base_str(space, args_w[0], 2, "0b")


def b_divmod(space, args):
    args_w = check_positional(space, args, "divmod", 2, 2)
    w_q = ops.binop(space, ops.FLOORDIV, args_w[0], args_w[1])
    w_r = ops.binop(space, ops.MOD, args_w[0], args_w[1])
    return space.newtuple([w_q, w_r])


def b_pow(space, args):
    a = parse_args(space, args, "pow", ["base", "exp", "mod"], 2)
    if a[2] is not None and not space.is_none(a[2]):
        base = space.int_w(a[0])
        e = space.int_w(a[1])
        m = space.int_w(a[2])
        if m == 0:
            raise space.value_error("pow() 3rd argument cannot be 0")
        if e < 0:
            raise space.value_error("pow() 2nd argument cannot be negative when 3rd argument "
                                    "specified")
        result = 1 % m
        base = base % m
        while e > 0:
            if e & 1:
                result = mulmod(result, base, m)
            base = mulmod(base, base, m)
            e >>= 1
        return space.newint(result)
    return ops.binop(space, ops.POW, a[0], a[1])


def mulmod(a, b, m):
    """(a * b) % m without overflow for 0 <= a, b < m (shift-and-add)."""
    try:
        return ovfcheck(a * b) % m
    except OverflowError:
        result = 0
        a = a % m
        while b > 0:
            if b & 1:
                result = (result + a) % m if result < m - a else result - (m - a)
            a = a + a - m if a >= m - a else a + a
            b >>= 1
        return result


def b_round(space, args):
    a = parse_args(space, args, "round", ["number", "ndigits"], 1)
    w_x = a[0]
    w_nd = a[1]
    if isinstance(w_x, W_LongObject):
        return w_x
    if isinstance(w_x, W_IntObject):
        if w_nd is None or space.is_none(w_nd):
            return space.newint(w_x.intval)
        nd = space.int_w(w_nd)
        if nd >= 0:
            return space.newint(w_x.intval)
        p = 1
        for i in range(-nd):
            p *= 10
        v = w_x.intval
        q = v // p
        r = v - q * p
        if 2 * r > p or (2 * r == p and q % 2 == 1):
            q += 1
        return space.newint(q * p)
    if isinstance(w_x, W_FloatObject):
        x = w_x.floatval
        if w_nd is None or space.is_none(w_nd):
            if x != x:
                raise space.value_error("cannot convert float NaN to integer")
            if x == float("inf") or x == -float("inf"):
                raise space.overflow_error("cannot convert float infinity to integer")
            if x >= 9.0e18 or x <= -9.0e18:
                return space.newlong(rb.from_float(x))
            return space.newint(round_half_even(x))
        nd = space.int_w(w_nd)
        return space.newfloat(round_float(x, nd))
    w_round = space.lookup_special(w_x, "__round__")
    if w_round is not None:
        if w_nd is None:
            return space.call_function(w_round, [w_x])
        return space.call_function(w_round, [w_x, w_nd])
    raise space.type_error("type %s doesn't define __round__ method" % space.type_name(w_x))


def round_half_even(x):
    f = floatops.floor(x)
    diff = x - f
    i = int(f)
    if diff > 0.5 or (diff == 0.5 and i % 2 == 1):
        i += 1
    return i


def round_float(x, nd):
    """round(x, nd): '%.<nd>f' rounds the exact binary value half-even, like CPython."""
    if x != x or x == float("inf") or x == -float("inf"):
        return x
    if nd > 22:
        return x
    if nd < 0:
        p = 1.0
        for i in range(-nd):
            p *= 10.0
        return float(round_half_even(x / p)) * p
    return float(strformat.formatd(x, "f", nd))


def b_callable(space, args):
    args_w = check_positional(space, args, "callable", 1, 1)
    w_x = args_w[0]
    if isinstance(w_x, W_Function) or isinstance(w_x, W_BuiltinFunction) or \
            isinstance(w_x, W_Method) or isinstance(w_x, W_TypeObject):
        return space.w_True
    return space.newbool(space.lookup_special(w_x, "__call__") is not None)


def b_globals(space, args):
    return space.ec.topframe.w_globals


def b_locals(space, args):
    frame = space.ec.topframe
    if frame.w_locals is not None:
        return frame.w_locals
    w_d = space.newdict()
    code = frame.code
    for i in range(len(code.co_varnames)):
        w_v = frame.locals_w[i]
        if w_v is not None:
            w_d.setitem_str(code.co_varnames[i], w_v)
    for i in range(len(frame.cells)):
        w_v = frame.cells[i].w_value
        if w_v is not None:
            if i < len(code.co_cellvars):
                w_d.setitem_str(code.co_cellvars[i], w_v)
            else:
                w_d.setitem_str(code.co_freevars[i - len(code.co_cellvars)], w_v)
    return w_d


def b_vars(space, args):
    args_w = check_positional(space, args, "vars", 0, 1)
    if len(args_w) == 0:
        return b_locals(space, args)
    w_d = specialattrs.special_attr(space, args_w[0], "__dict__")
    if w_d is None:
        raise space.type_error("vars() argument must have __dict__ attribute")
    return w_d


def b_dir(space, args):
    args_w = check_positional(space, args, "dir", 0, 1)
    names = {}
    if len(args_w) == 0:
        w_d = b_locals(space, args)
        assert isinstance(w_d, W_DictObject)
        for w_k in w_d.keys_w(space):
            names[space.str_w(w_k)] = True
    else:
        w_obj = args_w[0]
        if isinstance(w_obj, W_Module):
            for w_k in w_obj.w_dict.keys_w(space):
                names[space.str_w(w_k)] = True
        else:
            if isinstance(w_obj, W_ObjectInstance):
                for n in w_obj.attribute_names(space):
                    names[n] = True
            w_t = w_obj
            if not isinstance(w_obj, W_TypeObject):
                w_t = space.type(w_obj)
            assert isinstance(w_t, W_TypeObject)
            for w_base in w_t.mro_w:
                for n in w_base.dict_w.keys():
                    names[n] = True
    keys = [space.newstr(n) for n in names.keys()]
    return space.newlist(sorting.sort_items(space, keys, None, False))


def b_build_class(space, args):
    return funccall.build_class(space, args)


def b_input(space, args):
    args_w = check_positional(space, args, "input", 0, 1)
    if len(args_w) == 1:
        space.write_stdout(space.str_w(args_w[0]))
    iomodule.flush_stdout(space)
    line = iomodule.read_stdin_line(space)
    if line is None:
        raise space.error(space.w_EOFError, "EOF when reading a line")
    if line.endswith("\n"):
        line = line[:len(line) - 1]
    return space.newstr(line)


def b_open(space, args):
    return iomodule.open_file(space, args)


def b_exit(space, args):
    args_w = check_positional(space, args, "exit", 0, 1)
    raise OperationError(space.new_exception(space.w_SystemExit, list(args_w)))


def b_import(space, args):
    a = parse_args(space, args, "__import__", ["name", "globals", "locals", "fromlist",
                                               "level"], 1)
    w_fromlist = a[3]
    if w_fromlist is None:
        w_fromlist = space.w_None
    return importing.import_name(space, space.ec.topframe, space.text_w(a[0]), w_fromlist, 0)


def eval_exec_args(space, args, fname):
    a = parse_args(space, args, fname, ["source", "globals", "locals"], 1)
    frame = space.ec.topframe
    w_globals = a[1]
    w_locals = a[2]
    if w_globals is None or space.is_none(w_globals):
        w_globals = frame.w_globals
        if w_locals is None or space.is_none(w_locals):
            if frame.w_locals is not None:
                w_locals = frame.w_locals
            else:
                w_locals = b_locals(space, Arguments([], [], []))
    if not isinstance(w_globals, W_DictObject):
        raise space.type_error("%s() globals must be a dict, not %s" %
                               (fname, space.type_name(w_globals)))
    if w_locals is None or space.is_none(w_locals):
        w_locals = w_globals
    if not isinstance(w_locals, W_DictObject):
        raise space.type_error("locals must be a mapping")
    return a[0], w_globals, w_locals


def b_eval(space, args):
    w_src, w_globals, w_locals = eval_exec_args(space, args, "eval")
    if isinstance(w_src, PyCode):
        code = w_src
    else:
        code = execution.compile_for_eval(space, space.text_w(w_src), "<string>")
    return execution.run_code(space, code, w_globals, w_locals)


def b_exec(space, args):
    w_src, w_globals, w_locals = eval_exec_args(space, args, "exec")
    if isinstance(w_src, PyCode):
        code = w_src
    else:
        code = execution.compile_source(space, space.text_w(w_src), "<string>")
    execution.run_code(space, code, w_globals, w_locals)
    return space.w_None


def b_compile(space, args):
    a = parse_args(space, args, "compile", ["source", "filename", "mode", "flags",
                                            "dont_inherit", "optimize"], 3)
    src = space.text_w(a[0])
    filename = space.text_w(a[1])
    mode = space.text_w(a[2])
    if mode == "eval":
        return execution.compile_for_eval(space, src, filename)
    if mode != "exec" and mode != "single":
        raise space.value_error("compile() mode must be 'exec', 'eval' or 'single'")
    return execution.compile_source(space, src, filename)


FUNCTIONS = [
    ("print", b_print), ("len", b_len), ("repr", b_repr), ("ascii", b_ascii),
    ("isinstance", b_isinstance), ("issubclass", b_issubclass), ("sorted", b_sorted),
    ("min", b_min), ("max", b_max), ("sum", b_sum), ("abs", b_abs), ("any", b_any),
    ("all", b_all), ("iter", b_iter), ("next", b_next), ("getattr", b_getattr),
    ("setattr", b_setattr), ("delattr", b_delattr), ("hasattr", b_hasattr),
    ("format", b_format), ("hash", b_hash), ("id", b_id), ("ord", b_ord), ("chr", b_chr),
    ("hex", b_hex), ("oct", b_oct), ("bin", b_bin), ("divmod", b_divmod), ("pow", b_pow),
    ("round", b_round), ("callable", b_callable), ("globals", b_globals),
    ("locals", b_locals), ("vars", b_vars), ("dir", b_dir),
    ("__build_class__", b_build_class), ("input", b_input), ("open", b_open),
    ("exit", b_exit), ("quit", b_exit), ("__import__", b_import), ("eval", b_eval),
    ("exec", b_exec), ("compile", b_compile),
]


def install(space, w_module):
    w_dict = w_module.w_dict
    for name, func in FUNCTIONS:
        w_f = space.newbuiltin(name, func)
        if name == "len":
            w_f.fastop = FAST_LEN
        elif name == "isinstance":
            w_f.fastop = FAST_ISINSTANCE
        w_dict.setitem_str(name, w_f)
    for w_t in space.builtin_types():
        if w_t.name in BUILTIN_TYPE_EXPORTS:
            w_dict.setitem_str(w_t.name, w_t)
    w_dict.setitem_str("object", space.w_object)
    w_dict.setitem_str("type", space.w_type)
    for name, w_t in space.exception_types.items():
        w_dict.setitem_str(name, w_t)
    w_dict.setitem_str("EnvironmentError", space.w_OSError)
    w_dict.setitem_str("IOError", space.w_OSError)
    w_dict.setitem_str("None", space.w_None)
    w_dict.setitem_str("True", space.w_True)
    w_dict.setitem_str("False", space.w_False)
    w_dict.setitem_str("NotImplemented", space.w_NotImplemented)
    w_dict.setitem_str("Ellipsis", space.w_Ellipsis)
    w_dict.setitem_str("__debug__", space.w_True)


BUILTIN_TYPE_EXPORTS = ["int", "bool", "float", "complex", "str", "bytes", "tuple", "list",
                        "dict", "set", "frozenset", "slice", "range", "classmethod",
                        "staticmethod", "property", "super", "enumerate", "zip", "map",
                        "filter", "reversed"]
