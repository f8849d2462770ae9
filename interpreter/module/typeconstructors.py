"""Constructors of the built-in types (int(...), str(...), list(...), super(), property(...))
and the methods of object, type, property, exceptions and generators."""

import math
from rlib.rarithmetic import ovfcheck, maxint
from rlib.objectmodel import compute_identity_hash
from objspace.model import (W_Root, W_IntObject, W_BoolObject, W_FloatObject, W_StrObject,
                            W_BytesObject, W_TupleObject, W_ListObject, W_DictObject,
                            W_SetObject, W_ComplexObject, W_RangeObject, W_SliceObject,
                            W_EnumerateObject, W_ZipObject, W_MapObject, W_FilterObject,
                            W_ReverseSeqIterObject)
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject,
                                 W_Traceback)
from objspace.function import (Arguments, W_Function, W_BuiltinFunction, W_Method,
                               W_ClassMethod, W_StaticMethod, W_Property, W_Super,
                               W_Generator)
from objspace.error import OperationError
from objspace import ops, containers, strformat, longops, specialattrs
from objspace import rbigint as rb
from objspace.model import W_LongObject
from module.argparse_rt import parse_args, check_positional
from module import rawio
from interp import funccall


# ---- numbers -------------------------------------------------------------------------------

def parse_int(space, s, base, w_orig):
    if base == 10 and isinstance(w_orig, W_StrObject):
        # the runtime's int(s) parses a decimal str as CPython does; what it rejects or
        # cannot hold in a machine word goes the long way below
        try:
            v = int(s)
            if -maxint - 1 <= v <= maxint:     # always, once translated
                return space.newint(v)
        except ValueError:
            pass
        except OverflowError:
            pass
    text = s.strip()
    if base == 10:
        text = text
    neg = False
    body = text
    if body.startswith("-"):
        neg = True
        body = body[1:]
    elif body.startswith("+"):
        body = body[1:]
    low = body.lower()
    if base == 0:
        if low.startswith("0x"):
            base = 16
            body = body[2:]
        elif low.startswith("0o"):
            base = 8
            body = body[2:]
        elif low.startswith("0b"):
            base = 2
            body = body[2:]
        else:
            base = 10
            if len(body) > 1 and body[0] == "0" and body.strip("0_") != "":
                raise invalid_int(space, w_orig, 0)
    elif (base == 16 and low.startswith("0x")) or (base == 8 and low.startswith("0o")) or \
            (base == 2 and low.startswith("0b")):
        body = body[2:]
        if body.startswith("_"):
            body = body[1:]
    if body == "" or body.startswith("_") or body.endswith("_") or "__" in body:
        raise invalid_int(space, w_orig, base)
    value = 0
    for c in body:
        if c == "_":
            continue
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c <= "z":
            d = ord(c) - 87
        elif "A" <= c <= "Z":
            d = ord(c) - 55
        else:
            raise invalid_int(space, w_orig, base)
        if d >= base:
            raise invalid_int(space, w_orig, base)
    try:
        for c in body:
            if c == "_":
                continue
            if "0" <= c <= "9":
                d = ord(c) - 48
            elif "a" <= c <= "z":
                d = ord(c) - 87
            elif "A" <= c <= "Z":
                d = ord(c) - 55
            else:
                raise invalid_int(space, w_orig, base)
            if d >= base:
                raise invalid_int(space, w_orig, base)
            value = ovfcheck(value * base + d)
    except OverflowError:
        big = rb.from_digit_string(body.replace("_", ""), base)
        if neg:
            big = rb.neg(big)
        return space.newlong(big)
    if neg:
        value = -value
    return space.newint(value)


def invalid_int(space, w_orig, base):
    return space.value_error("invalid literal for int() with base %d: %s" %
                             (base, space.repr_w(w_orig)))


def float_to_int(space, f):
    if f != f:
        raise space.value_error("cannot convert float NaN to integer")
    if f == float("inf") or f == -float("inf"):
        raise space.overflow_error("cannot convert float infinity to integer")
    if f >= 9.2e18 or f <= -9.2e18:
        return space.newlong(rb.from_float(f))
    return space.newint(int(f))


def int_new(space, w_type, args):
    if len(args.args_w) == 1 and len(args.kw_names) == 0:
        w_x = args.args_w[0]                   # int(x), the usual call
        if type(w_x) is W_StrObject:
            return parse_int(space, w_x.value, 10, w_x)
        if type(w_x) is W_IntObject:
            return w_x
    a = parse_args(space, args, "int", ["x", "base"], 0)
    w_x = a[0]
    if w_x is None:
        return space.newint(0)
    if a[1] is not None:
        base = space.int_w(a[1])
        if base != 0 and (base < 2 or base > 36):
            raise space.value_error("int() base must be >= 2 and <= 36, or 0")
        if not isinstance(w_x, W_StrObject) and not isinstance(w_x, W_BytesObject):
            raise space.type_error("int() can't convert non-string with explicit base")
        return parse_int(space, string_of(w_x), base, w_x)
    if isinstance(w_x, W_BoolObject):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return float_to_int(space, w_x.floatval)
    if isinstance(w_x, W_StrObject) or isinstance(w_x, W_BytesObject):
        return parse_int(space, string_of(w_x), 10, w_x)
    for name in ["__int__", "__index__", "__trunc__"]:
        w_m = space.lookup_special(w_x, name)
        if w_m is not None:
            return space.call_function(w_m, [w_x])
    raise space.type_error("int() argument must be a string, a bytes-like object or a real "
                           "number, not '%s'" % space.type_name(w_x))


def string_of(w_x):
    if isinstance(w_x, W_StrObject):
        return w_x.value
    assert isinstance(w_x, W_BytesObject)
    return w_x.value


def parse_float(space, s, w_orig):
    # the runtime's float(s) follows CPython's syntax (Unicode digits and spaces included)
    try:
        return float(s)
    except ValueError:
        raise space.value_error("could not convert string to float: %s" %
                                space.repr_w(w_orig))


def float_new(space, w_type, args):
    args_w = check_positional(space, args, "float", 0, 1)
    if len(args_w) == 0:
        return space.newfloat(0.0)
    w_x = args_w[0]
    if isinstance(w_x, W_FloatObject):
        return w_x
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return space.newfloat(space.float_w(w_x))
    if isinstance(w_x, W_StrObject):
        return space.newfloat(parse_float(space, w_x.value, w_x))
    w_m = space.lookup_special(w_x, "__float__")
    if w_m is not None:
        return space.call_function(w_m, [w_x])
    w_m = space.lookup_special(w_x, "__index__")
    if w_m is not None:
        return space.newfloat(float(space.int_w(w_x)))
    raise space.type_error("float() argument must be a string or a real number, not '%s'" %
                           space.type_name(w_x))


def complex_new(space, w_type, args):
    a = parse_args(space, args, "complex", ["real", "imag"], 0)
    real = 0.0
    imag = 0.0
    w_first = a[0]
    if w_first is not None:
        if isinstance(w_first, W_ComplexObject):
            real = w_first.real
            imag = w_first.imag
        else:
            real = space.float_w(a[0])
    if a[1] is not None:
        imag += space.float_w(a[1])
    return space.newcomplex(real, imag)


def bool_new(space, w_type, args):
    args_w = check_positional(space, args, "bool", 0, 1)
    if len(args_w) == 0:
        return space.w_False
    return space.newbool(space.is_true(args_w[0]))


# ---- strings and containers ----------------------------------------------------------------

def str_new(space, w_type, args):
    if len(args.args_w) == 1 and len(args.kw_names) == 0:
        return space.str(args.args_w[0])       # str(x), the usual call
    a = parse_args(space, args, "str", ["object", "encoding", "errors"], 0)
    if a[0] is None:
        return space.empty_str
    if a[1] is not None or a[2] is not None:
        w_b = a[0]
        if not isinstance(w_b, W_BytesObject):
            raise space.type_error("decoding str is not supported")
        return space.newstr(rawio.decode_utf8(space, w_b.value))
    return space.str(a[0])


def bytes_new(space, w_type, args):
    a = parse_args(space, args, "bytes", ["source", "encoding", "errors"], 0)
    w_x = a[0]
    if w_x is None:
        return space.newbytes("")
    if isinstance(w_x, W_StrObject):
        if a[1] is None:
            raise space.type_error("string argument without an encoding")
        return space.newbytes(rawio.encode_utf8(w_x.value))
    if isinstance(w_x, W_IntObject):
        if w_x.intval < 0:
            raise space.value_error("negative count")
        return space.newbytes("\x00" * w_x.intval)
    if isinstance(w_x, W_BytesObject):
        return w_x
    chars = []
    for w_i in space.unpackiterable(w_x):
        v = space.int_w(w_i)
        if v < 0 or v > 255:
            raise space.value_error("bytes must be in range(0, 256)")
        chars.append(chr(v))
    return space.newbytes("".join(chars))


def list_new(space, w_type, args):
    args_w = check_positional(space, args, "list", 0, 1)
    if len(args_w) == 0:
        return space.newlist([])
    return space.newlist(space.unpackiterable(args_w[0]))


def tuple_new(space, w_type, args):
    args_w = check_positional(space, args, "tuple", 0, 1)
    if len(args_w) == 0:
        return space.newtuple([])
    if isinstance(args_w[0], W_TupleObject):
        return args_w[0]
    return space.newtuple(space.unpackiterable(args_w[0]))


def dict_new(space, w_type, args):
    if len(args.args_w) > 1:
        raise space.type_error("dict expected at most 1 argument, got %d" % len(args.args_w))
    w_dict = space.newdict()
    if len(args.args_w) == 1:
        w_arg = args.args_w[0]
        if type(w_arg) is W_ZipObject and len(w_arg.iters_w) == 2 and not w_arg.strict:
            dict_from_pairs(space, w_dict, w_arg.iters_w[0], w_arg.iters_w[1])
        else:
            containers.dict_update(space, w_dict, w_arg)
    for i in range(len(args.kw_names)):
        w_dict.setitem_str(args.kw_names[i], args.kw_values_w[i])
    return w_dict


def dict_from_pairs(space, w_dict, w_keys, w_values):
    """dict(zip(keys, values)): the pairs go in without a tuple each (what a zip object
    would make and dict_update would unpack)."""
    while True:
        w_k = space.next_or_null(w_keys)
        if w_k is None:
            return
        w_v = space.next_or_null(w_values)
        if w_v is None:
            return
        w_dict.setitem(space, w_k, w_v)


def set_new(space, w_type, args):
    args_w = check_positional(space, args, "set", 0, 1)
    if len(args_w) == 0:
        return space.newset(False)
    return containers.set_from(space, args_w[0], False)


def frozenset_new(space, w_type, args):
    args_w = check_positional(space, args, "frozenset", 0, 1)
    if len(args_w) == 0:
        return space.newset(True)
    return containers.set_from(space, args_w[0], True)


def range_new(space, w_type, args):
    args_w = check_positional(space, args, "range", 1, 3)
    if len(args_w) == 1:
        return W_RangeObject(0, range_int(space, args_w[0]), 1)
    start = range_int(space, args_w[0])
    stop = range_int(space, args_w[1])
    step = 1
    if len(args_w) == 3:
        step = range_int(space, args_w[2])
        if step == 0:
            raise space.value_error("range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


def range_int(space, w_x):
    if isinstance(w_x, W_IntObject):
        return w_x.intval
    if isinstance(w_x, W_FloatObject):
        raise space.type_error("'float' object cannot be interpreted as an integer")
    return space.int_w(w_x)


def slice_new(space, w_type, args):
    args_w = check_positional(space, args, "slice", 1, 3)
    if len(args_w) == 1:
        return W_SliceObject(space.w_None, args_w[0], space.w_None)
    if len(args_w) == 2:
        return W_SliceObject(args_w[0], args_w[1], space.w_None)
    return W_SliceObject(args_w[0], args_w[1], args_w[2])


def enumerate_new(space, w_type, args):
    a = parse_args(space, args, "enumerate", ["iterable", "start"], 1)
    start = 0
    if a[1] is not None:
        start = space.int_w(a[1])
    return W_EnumerateObject(space.iter(a[0]), start)


def zip_new(space, w_type, args):
    strict = False
    for i in range(len(args.kw_names)):
        if args.kw_names[i] == "strict":
            strict = space.is_true(args.kw_values_w[i])
        else:
            raise space.type_error("zip() got an unexpected keyword argument '%s'" %
                                   args.kw_names[i])
    iters = []
    for w_x in args.args_w:
        iters.append(space.iter(w_x))
    return W_ZipObject(iters, strict)


def map_new(space, w_type, args):
    args_w = check_positional(space, args, "map", 2, 1000)
    iters = []
    for k in range(1, len(args_w)):
        iters.append(space.iter(args_w[k]))
    return W_MapObject(args_w[0], iters)


def filter_new(space, w_type, args):
    args_w = check_positional(space, args, "filter", 2, 2)
    return W_FilterObject(args_w[0], space.iter(args_w[1]))


def reversed_new(space, w_type, args):
    args_w = check_positional(space, args, "reversed", 1, 1)
    w_seq = args_w[0]
    if isinstance(w_seq, W_ListObject):
        return W_ReverseSeqIterObject(w_seq.items)
    if isinstance(w_seq, W_TupleObject):
        return W_ReverseSeqIterObject(w_seq.items)
    if isinstance(w_seq, W_RangeObject) or isinstance(w_seq, W_StrObject):
        return W_ReverseSeqIterObject(space.unpackiterable(w_seq))
    if isinstance(w_seq, W_DictObject):
        return W_ReverseSeqIterObject(w_seq.keys_w(space))
    w_rev = space.lookup_special(w_seq, "__reversed__")
    if w_rev is not None:
        return space.call_function(w_rev, [w_seq])
    if space.lookup_special(w_seq, "__getitem__") is not None and \
            space.lookup_special(w_seq, "__len__") is not None:
        n = space.len_w(w_seq)
        items = []
        for i in range(n):
            items.append(containers.getitem(space, w_seq, space.newint(i)))
        return W_ReverseSeqIterObject(items)
    raise space.type_error("'%s' object is not reversible" % space.type_name(w_seq))


# ---- type, super, descriptors --------------------------------------------------------------

def type_new(space, w_type, args):
    args_w = check_positional(space, args, "type", 1, 3)
    if len(args_w) == 1:
        return space.type(args_w[0])
    if len(args_w) != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    name = space.text_w(args_w[0])
    bases = []
    for w_b in space.unpackiterable(args_w[1]):
        if not isinstance(w_b, W_TypeObject):
            raise space.type_error("bases must be types")
        bases.append(w_b)
    w_ns = args_w[2]
    if not isinstance(w_ns, W_DictObject):
        raise space.type_error("type.__new__() argument 3 must be dict")
    w_copy = space.newdict()
    containers.dict_update(space, w_copy, w_ns)
    if w_copy.getitem_str("__module__") is None:
        w_name = space.ec.topframe.w_globals.getitem_str("__name__")
        if w_name is not None:
            w_copy.setitem_str("__module__", w_name)
    return funccall.new_type(space, name, bases, w_copy)


def super_new(space, w_type, args):
    args_w = check_positional(space, args, "super", 0, 2)
    if len(args_w) == 0:
        frame = space.ec.topframe
        code = frame.code
        if code.co_argcount == 0 and (code.co_flags & 4) == 0:
            raise space.runtime_error("super(): no arguments")
        w_obj = frame.locals_w[0]
        if len(code.co_cell2arg) > 0 and code.co_cell2arg[0] == 0:
            w_obj = frame.cells[0].w_value
        w_start = None
        ncells = len(code.co_cellvars)
        for i in range(len(code.co_freevars)):
            if code.co_freevars[i] == "__class__":
                w_start = frame.cells[ncells + i].w_value
        if w_start is None:
            raise space.runtime_error("super(): __class__ cell not found")
        if w_obj is None:
            raise space.runtime_error("super(): arg[0] deleted")
    else:
        w_start = args_w[0]
        if len(args_w) == 1:
            raise space.type_error("unbound super objects are not supported")
        w_obj = args_w[1]
    if not isinstance(w_start, W_TypeObject):
        raise space.type_error("super() argument 1 must be a type, not %s" %
                               space.type_name(w_start))
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_start):
        w_objtype = w_obj
    else:
        w_objtype = space.type(w_obj)
        if not w_objtype.issubtype(w_start):
            raise space.type_error("super(type, obj): obj must be an instance or subtype of "
                                   "type")
    return W_Super(w_start, w_obj, w_objtype)


def property_new(space, w_type, args):
    a = parse_args(space, args, "property", ["fget", "fset", "fdel", "doc"], 0)
    w_fget = a[0]
    if w_fget is None:
        w_fget = space.w_None
    w_fset = a[1]
    if w_fset is None:
        w_fset = space.w_None
    w_fdel = a[2]
    if w_fdel is None:
        w_fdel = space.w_None
    w_doc = a[3]
    if w_doc is None and isinstance(w_fget, W_Function):
        w_doc = w_fget.w_doc
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


def property_copy(space, w_prop, w_fget, w_fset, w_fdel):
    w_new = W_Property(w_fget, w_fset, w_fdel, w_prop.w_doc)
    w_new.name = w_prop.name
    return w_new


def prop_getter(space, args):
    args_w = check_positional(space, args, "getter", 2, 2)
    w_p = args_w[0]
    assert isinstance(w_p, W_Property)
    return property_copy(space, w_p, args_w[1], w_p.w_fset, w_p.w_fdel)


def prop_setter(space, args):
    args_w = check_positional(space, args, "setter", 2, 2)
    w_p = args_w[0]
    assert isinstance(w_p, W_Property)
    return property_copy(space, w_p, w_p.w_fget, args_w[1], w_p.w_fdel)


def prop_deleter(space, args):
    args_w = check_positional(space, args, "deleter", 2, 2)
    w_p = args_w[0]
    assert isinstance(w_p, W_Property)
    return property_copy(space, w_p, w_p.w_fget, w_p.w_fset, args_w[1])


def classmethod_new(space, w_type, args):
    args_w = check_positional(space, args, "classmethod", 1, 1)
    return W_ClassMethod(args_w[0])


def staticmethod_new(space, w_type, args):
    args_w = check_positional(space, args, "staticmethod", 1, 1)
    return W_StaticMethod(args_w[0])


# ---- object ---------------------------------------------------------------------------------

def object_init(space, args):
    if len(args.args_w) > 1 or len(args.kw_names) > 0:
        w_type = space.type(args.args_w[0])
        w_init = w_type.lookup("__init__")
        w_new_where = w_type.lookup_where("__new__")
        if not isinstance(w_init, W_BuiltinFunction) or w_new_where is space.w_object:
            raise space.type_error("object.__init__() takes exactly one argument (the "
                                   "instance to initialize)")
    return space.w_None


def object_new(space, args):
    if len(args.args_w) == 0:
        raise space.type_error("object.__new__(): not enough arguments")
    w_type = args.args_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.type_error("object.__new__(X): X is not a type object (%s)" %
                               space.type_name(w_type))
    return funccall.allocate(space, w_type, Arguments(args.args_w[1:], [], []))


def object_setattr(space, args):
    args_w = check_positional(space, args, "__setattr__", 3, 3)
    space.generic_setattr(args_w[0], space.text_w(args_w[1]), args_w[2])
    return space.w_None


def object_getattribute(space, args):
    args_w = check_positional(space, args, "__getattribute__", 2, 2)
    w_obj = args_w[0]
    name = space.text_w(args_w[1])
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None and space.is_data_descr(w_descr):
        return space.get(w_descr, w_obj, w_type)
    w_value = w_obj.getdictvalue(space, name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        return space.get(w_descr, w_obj, w_type)
    w_value = specialattrs.special_attr(space, w_obj, name)
    if w_value is not None:
        return w_value
    raise space.no_attribute(w_obj, name)


def object_delattr(space, args):
    args_w = check_positional(space, args, "__delattr__", 2, 2)
    w_obj = args_w[0]
    name = space.text_w(args_w[1])
    if not w_obj.deldictvalue(space, name):
        raise space.no_attribute(w_obj, name)
    return space.w_None


def object_repr(space, args):
    args_w = check_positional(space, args, "__repr__", 1, 1)
    w_obj = args_w[0]
    w_type = space.type(w_obj)
    return space.newstr("<%s object at %s>" % (strformat.type_fullname(w_type),
                                               strformat.addr(w_obj)))


def object_str(space, args):
    args_w = check_positional(space, args, "__str__", 1, 1)
    return space.repr(args_w[0])


def object_eq(space, args):
    args_w = check_positional(space, args, "__eq__", 2, 2)
    if args_w[0] is args_w[1]:
        return space.w_True
    return space.w_NotImplemented


def object_ne(space, args):
    args_w = check_positional(space, args, "__ne__", 2, 2)
    w_res = ops.compare(space, args_w[0], args_w[1], 0)
    return space.newbool(not space.is_true(w_res))


def object_hash(space, args):
    args_w = check_positional(space, args, "__hash__", 1, 1)
    return space.newint(compute_identity_hash(args_w[0]))


def object_format(space, args):
    args_w = check_positional(space, args, "__format__", 2, 2)
    spec = space.text_w(args_w[1])
    if spec != "":
        raise space.type_error("unsupported format string passed to %s.__format__" %
                               space.type_name(args_w[0]))
    return space.str(args_w[0])


def object_init_subclass(space, args):
    return space.w_None


def type_mro(space, args):
    args_w = check_positional(space, args, "mro", 1, 1)
    w_t = args_w[0]
    assert isinstance(w_t, W_TypeObject)
    return space.newlist(specialattrs.list_of_types(w_t.mro_w))


def type_init(space, args):
    n = len(args.args_w)
    if n != 2 and n != 4:
        raise space.type_error("type.__init__() takes 1 or 3 arguments")
    return space.w_None


def type_call(space, args):
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__call__' of 'type' object needs an argument")
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise space.type_error("descriptor '__call__' requires a 'type' object")
    return funccall.call_type(space, w_t, Arguments(args.args_w[1:], args.kw_names,
                                                     args.kw_values_w))


def type_subclasses(space, args):
    return space.newlist([])


# ---- exceptions and generators -------------------------------------------------------------

def exc_init(space, args):
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__init__' of 'BaseException' object needs an "
                               "argument")
    w_exc = args.args_w[0]
    if isinstance(w_exc, W_ExceptionObject):
        w_exc.args_w = args.args_w[1:]
    return space.w_None


def exc_with_traceback(space, args):
    args_w = check_positional(space, args, "with_traceback", 2, 2)
    w_exc = args_w[0]
    assert isinstance(w_exc, W_ExceptionObject)
    w_tb = args_w[1]
    if isinstance(w_tb, W_Traceback):
        w_exc.w_traceback = w_tb
    else:
        w_exc.w_traceback = None
    return w_exc


def exc_str(space, args):
    args_w = check_positional(space, args, "__str__", 1, 1)
    w_exc = args_w[0]
    assert isinstance(w_exc, W_ExceptionObject)
    return space.newstr(strformat.exception_str(space, w_exc))


def exc_repr(space, args):
    args_w = check_positional(space, args, "__repr__", 1, 1)
    w_exc = args_w[0]
    assert isinstance(w_exc, W_ExceptionObject)
    return space.newstr(strformat.exception_repr(space, w_exc))


def gen_send(space, args):
    args_w = check_positional(space, args, "send", 2, 2)
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    return funccall.generator_resume(space, w_gen, args_w[1], None, False)


def gen_next(space, args):
    args_w = check_positional(space, args, "__next__", 1, 1)
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    return funccall.generator_resume(space, w_gen, space.w_None, None, False)


def gen_throw(space, args):
    args_w = check_positional(space, args, "throw", 2, 4)
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    w_typ = args_w[1]
    if isinstance(w_typ, W_TypeObject):
        if len(args_w) >= 3 and not space.is_none(args_w[2]):
            w_val = args_w[2]
            if isinstance(w_val, W_ExceptionObject):
                w_exc = w_val
            else:
                w_exc = space.call_function(w_typ, [w_val])
        else:
            w_exc = space.call_function(w_typ, [])
    else:
        w_exc = w_typ
    if not isinstance(w_exc, W_ExceptionObject):
        raise space.type_error("exceptions must be classes or instances deriving from "
                               "BaseException, not %s" % space.type_name(w_exc))
    return funccall.generator_resume(space, w_gen, space.w_None, OperationError(w_exc), False)


def gen_close(space, args):
    args_w = check_positional(space, args, "close", 1, 1)
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    funccall.generator_close(space, w_gen)
    return space.w_None


def iter_self(space, args):
    return args.args_w[0]


def iter_next(space, args):
    args_w = check_positional(space, args, "__next__", 1, 1)
    return space.next(args_w[0])


CONSTRUCTORS = [
    ("int", int_new), ("float", float_new), ("complex", complex_new), ("bool", bool_new),
    ("str", str_new), ("bytes", bytes_new), ("list", list_new), ("tuple", tuple_new),
    ("dict", dict_new), ("set", set_new), ("frozenset", frozenset_new), ("range", range_new),
    ("slice", slice_new), ("enumerate", enumerate_new), ("zip", zip_new), ("map", map_new),
    ("filter", filter_new), ("reversed", reversed_new), ("type", type_new),
    ("super", super_new), ("property", property_new), ("classmethod", classmethod_new),
    ("staticmethod", staticmethod_new),
]


def install(space):
    for name, ctor in CONSTRUCTORS:
        w_t = find_type(space, name)
        w_t.constructor = ctor
    od = space.w_object.dict_w
    od["__init__"] = space.newbuiltin("__init__", object_init)
    od["__new__"] = W_StaticMethod(space.newbuiltin("__new__", object_new))
    od["__setattr__"] = space.newbuiltin("__setattr__", object_setattr)
    od["__getattribute__"] = space.newbuiltin("__getattribute__", object_getattribute)
    od["__delattr__"] = space.newbuiltin("__delattr__", object_delattr)
    od["__repr__"] = space.newbuiltin("__repr__", object_repr)
    od["__str__"] = space.newbuiltin("__str__", object_str)
    od["__eq__"] = space.newbuiltin("__eq__", object_eq)
    od["__ne__"] = space.newbuiltin("__ne__", object_ne)
    od["__hash__"] = space.newbuiltin("__hash__", object_hash)
    od["__format__"] = space.newbuiltin("__format__", object_format)
    od["__init_subclass__"] = W_ClassMethod(space.newbuiltin("__init_subclass__",
                                                             object_init_subclass))
    td = space.w_type.dict_w
    td["mro"] = space.newbuiltin("mro", type_mro)
    td["__call__"] = space.newbuiltin("__call__", type_call)
    td["__init__"] = space.newbuiltin("__init__", type_init)
    td["__subclasses__"] = space.newbuiltin("__subclasses__", type_subclasses)
    pd = space.w_property.dict_w
    pd["getter"] = space.newbuiltin("getter", prop_getter)
    pd["setter"] = space.newbuiltin("setter", prop_setter)
    pd["deleter"] = space.newbuiltin("deleter", prop_deleter)
    ed = space.w_BaseException.dict_w
    ed["__init__"] = space.newbuiltin("__init__", exc_init)
    ed["with_traceback"] = space.newbuiltin("with_traceback", exc_with_traceback)
    ed["__str__"] = space.newbuiltin("__str__", exc_str)
    ed["__repr__"] = space.newbuiltin("__repr__", exc_repr)
    gd = space.w_generator.dict_w
    gd["send"] = space.newbuiltin("send", gen_send)
    gd["throw"] = space.newbuiltin("throw", gen_throw)
    gd["close"] = space.newbuiltin("close", gen_close)
    gd["__next__"] = space.newbuiltin("__next__", gen_next)
    gd["__iter__"] = space.newbuiltin("__iter__", iter_self)
    for w_t in [space.w_iterator, space.w_enumerate, space.w_zip, space.w_map,
                space.w_filter, space.w_reversed]:
        w_t.dict_w["__iter__"] = space.newbuiltin("__iter__", iter_self)
        w_t.dict_w["__next__"] = space.newbuiltin("__next__", iter_next)


def find_type(space, name):
    for w_t in space.builtin_types():
        if w_t.name == name:
            return w_t
    if name == "type":
        return space.w_type
    raise ValueError(name)
