"""Operations on objects: arithmetic, comparison, truth, hashing, repr/str, special attributes.

Fast paths for the built-in types come first (ints with ovfcheck, floats, strs); user classes
go through their special methods (`__add__`/`__radd__`, `__eq__`, `__repr__` ...).
"""

from rlib.rarithmetic import ovfcheck, intmask, r_uint
from rlib.objectmodel import compute_identity_hash, compute_hash
from objspace.model import (W_Root, W_NoneObject, W_IntObject, W_BoolObject, W_FloatObject,
                            W_StrObject, W_BytesObject, W_TupleObject, W_ListObject,
                            W_DictObject, W_SetObject, W_ComplexObject, W_SliceObject,
                            W_RangeObject, W_CellObject, W_SeqIterObject, W_StrIterObject,
                            W_BytesIterObject, W_RangeIterObject, W_ListSnapshotIter,
                            W_CallIterObject, W_NotImplementedObject, W_EllipsisObject,
                            W_DictView)
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject, W_Module,
                                 W_Traceback, W_GenericAlias, W_UnionType, HOOK_BOOL,
                                 HOOK_LEN)
from objspace.function import (W_Function, W_BuiltinFunction, W_Method, W_Property,
                               W_ClassMethod, W_StaticMethod, W_Generator, W_Super)
from objspace.error import OperationError
import math
from objspace import strformat
from objspace import containers
from objspace import longops, floatops
from objspace import rbigint as rb
from objspace.model import W_LongObject

BINOP_SYMBOLS = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"]
BINOP_NAMES = ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__",
               "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__",
               "__floordiv__"]
RBINOP_NAMES = ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__",
                "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__",
                "__rfloordiv__"]
IBINOP_NAMES = ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__",
                "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__",
                "__ifloordiv__"]

ADD = 0
SUB = 1
MUL = 2
MATMUL = 3
DIV = 4
MOD = 5
POW = 6
LSHIFT = 7
RSHIFT = 8
OR = 9
XOR = 10
AND = 11
FLOORDIV = 12

CMP_SYMBOLS = ["==", "!=", "<", "<=", ">", ">="]
CMP_NAMES = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
CMP_SWAPPED = [0, 1, 4, 5, 2, 3]


# ---- truth ---------------------------------------------------------------------------------

def is_true(space, w_obj):
    if type(w_obj) is W_IntObject:          # exact built-in types first: no type lookup
        return w_obj.intval != 0
    if isinstance(w_obj, W_NoneObject):
        return False
    if type(w_obj) is W_ListObject:
        return len(w_obj.items) > 0
    if type(w_obj) is W_StrObject:
        return len(w_obj.value) > 0
    w_type = space.type(w_obj)
    if w_type.is_heaptype and w_type.user_hooks() & (HOOK_BOOL | HOOK_LEN):
        w_bool = user_method(w_type, "__bool__")
        if w_bool is not None:
            w_res = space.call_function(w_bool, [w_obj])
            if not isinstance(w_res, W_BoolObject):
                raise space.type_error("__bool__ should return bool, returned %s" %
                                       space.type_name(w_res))
            return w_res.intval != 0
        w_len = user_method(w_type, "__len__")
        if w_len is not None:
            return space.int_w(space.call_function(w_len, [w_obj])) != 0
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval != 0
    if isinstance(w_obj, W_NoneObject):
        return False
    if isinstance(w_obj, W_LongObject):
        return True
    if isinstance(w_obj, W_StrObject):
        return len(w_obj.value) > 0
    if isinstance(w_obj, W_ListObject):
        return len(w_obj.items) > 0
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items) > 0
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval != 0.0
    if isinstance(w_obj, W_DictObject):
        return w_obj.length() > 0
    if isinstance(w_obj, W_SetObject):
        return w_obj.data.length() > 0
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value) > 0
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length() > 0
    if isinstance(w_obj, W_ComplexObject):
        return w_obj.real != 0.0 or w_obj.imag != 0.0
    if isinstance(w_obj, W_DictView):
        return w_obj.w_dict.length() > 0
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_bool = w_type.lookup("__bool__")
        if w_bool is not None:
            w_res = space.call_function(w_bool, [w_obj])
            if not isinstance(w_res, W_BoolObject):
                raise space.type_error("__bool__ should return bool, returned %s" %
                                       space.type_name(w_res))
            return w_res.intval != 0
        w_len = w_type.lookup("__len__")
        if w_len is not None:
            return space.int_w(space.call_function(w_len, [w_obj])) != 0
    return True


# ---- arithmetic ----------------------------------------------------------------------------

def int_binop(space, op, a, b):
    """Returns None when the result needs the generic path (overflow -> big int)."""
    try:
        if op == ADD:
            return space.newint(ovfcheck(a + b))
        if op == SUB:
            return space.newint(ovfcheck(a - b))
        if op == MUL:
            return space.newint(ovfcheck(a * b))
        if op == FLOORDIV:
            if b == 0:
                raise space.zero_division("integer division or modulo by zero")
            return space.newint(ovfcheck(a // b))
        if op == MOD:
            if b == 0:
                raise space.zero_division("integer modulo by zero")
            return space.newint(ovfcheck(a % b))
        if op == DIV:
            if b == 0:
                raise space.zero_division("division by zero")
            return space.newfloat(float(a) / float(b))
        if op == AND:
            return space.newint(a & b)
        if op == OR:
            return space.newint(a | b)
        if op == XOR:
            return space.newint(a ^ b)
        if op == LSHIFT:
            if b < 0:
                raise space.value_error("negative shift count")
            if a == 0:
                return space.newint(0)
            if b >= 64:
                raise OverflowError
            return space.newint(ovfcheck(a << b))
        if op == RSHIFT:
            if b < 0:
                raise space.value_error("negative shift count")
            if b >= 64:
                if a < 0:
                    return space.newint(-1)
                return space.newint(0)
            return space.newint(a >> b)
        if op == POW:
            if b < 0:
                if a == 0:
                    raise space.zero_division("0.0 cannot be raised to a negative power")
                return space.newfloat(float_pow(space, float(a), float(b)))
            result = 1
            base = a
            e = b
            while e > 0:
                if e & 1:
                    result = ovfcheck(result * base)
                e >>= 1
                if e > 0:
                    base = ovfcheck(base * base)
            return space.newint(result)
    except OverflowError:
        return longops.binop(space, op, rb.from_int(a), rb.from_int(b))
    return None


def float_pow(space, x, y):
    if x == 0.0 and y < 0.0:
        raise space.zero_division("0.0 cannot be raised to a negative power")
    if x < 0.0 and y != floatops.floor(y):
        raise space.value_error("complex results are not supported")
    try:
        return math.pow(x, y)
    except OverflowError:
        raise space.overflow_error("(34, 'Numerical result out of range')")


def float_binop(space, op, a, b):
    if op == ADD:
        return space.newfloat(a + b)
    if op == SUB:
        return space.newfloat(a - b)
    if op == MUL:
        return space.newfloat(a * b)
    if op == DIV:
        if b == 0.0:
            raise space.zero_division("float division by zero")
        return space.newfloat(a / b)
    if op == FLOORDIV:
        if b == 0.0:
            raise space.zero_division("float floor division by zero")
        return space.newfloat(floatops.floor(a / b))
    if op == MOD:
        if b == 0.0:
            raise space.zero_division("float modulo")
        m = math.fmod(a, b)
        if m != 0.0:
            if (b < 0.0) != (m < 0.0):
                m += b
        else:
            m = math.copysign(0.0, b)
        return space.newfloat(m)
    if op == POW:
        return space.newfloat(float_pow(space, a, b))
    return None


def complex_binop(space, op, w_a, w_b):
    ar, ai = complex_parts(w_a)
    br, bi = complex_parts(w_b)
    if op == ADD:
        return space.newcomplex(ar + br, ai + bi)
    if op == SUB:
        return space.newcomplex(ar - br, ai - bi)
    if op == MUL:
        return space.newcomplex(ar * br - ai * bi, ar * bi + ai * br)
    if op == DIV:
        d = br * br + bi * bi
        if d == 0.0:
            raise space.zero_division("complex division by zero")
        return space.newcomplex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
    return None


def complex_parts(w_x):
    if isinstance(w_x, W_ComplexObject):
        return w_x.real, w_x.imag
    if isinstance(w_x, W_FloatObject):
        return w_x.floatval, 0.0
    if isinstance(w_x, W_IntObject):
        return float(w_x.intval), 0.0
    return 0.0, 0.0


def is_number(w_x):
    return isinstance(w_x, W_IntObject) or isinstance(w_x, W_FloatObject) or \
        isinstance(w_x, W_ComplexObject)


def builtin_binop(space, op, w_a, w_b):
    """Built-in types' implementations; None means NotImplemented."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return int_binop(space, op, w_a.intval, w_b.intval)
    if longops.is_intlike(w_a) and longops.is_intlike(w_b):
        return longops.binop(space, op, longops.to_big(w_a), longops.to_big(w_b))
    if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
        if isinstance(w_a, W_FloatObject):
            a = w_a.floatval
        elif longops.is_intlike(w_a):
            a = longops.to_float(space, w_a)
        else:
            a = 0.0
            if not isinstance(w_a, W_ComplexObject):
                return sequence_binop(space, op, w_a, w_b)
        if isinstance(w_b, W_FloatObject):
            b = w_b.floatval
        elif longops.is_intlike(w_b):
            b = longops.to_float(space, w_b)
        else:
            if isinstance(w_b, W_ComplexObject):
                return complex_binop(space, op, w_a, w_b)
            return sequence_binop(space, op, w_a, w_b)
        if isinstance(w_a, W_ComplexObject):
            return complex_binop(space, op, w_a, w_b)
        return float_binop(space, op, a, b)
    if isinstance(w_a, W_ComplexObject) or isinstance(w_b, W_ComplexObject):
        if is_number(w_a) and is_number(w_b):
            return complex_binop(space, op, w_a, w_b)
        return None
    return sequence_binop(space, op, w_a, w_b)


def sequence_binop(space, op, w_a, w_b):
    if op == ADD:
        if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
            return space.newstr(w_a.value + w_b.value)
        if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
            return space.newlist(w_a.items + w_b.items)
        if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
            return space.newtuple(w_a.items + w_b.items)
        if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
            return space.newbytes(w_a.value + w_b.value)
        return None
    if op == MUL:
        if isinstance(w_b, W_IntObject) and not isinstance(w_a, W_IntObject):
            return repeat(space, w_a, w_b.intval)
        if isinstance(w_a, W_IntObject) and not isinstance(w_b, W_IntObject):
            return repeat(space, w_b, w_a.intval)
        return None
    if op == MOD:
        if isinstance(w_a, W_StrObject):
            return space.newstr(strformat.percent_format(space, w_a.value, w_b))
        return None
    return containers.set_binop(space, op, w_a, w_b)


def repeat(space, w_seq, n):
    if n < 0:
        n = 0
    if isinstance(w_seq, W_StrObject):
        return space.newstr(w_seq.value * n)
    if isinstance(w_seq, W_ListObject):
        return space.newlist(w_seq.items * n)
    if isinstance(w_seq, W_TupleObject):
        return space.newtuple(w_seq.items * n)
    if isinstance(w_seq, W_BytesObject):
        return space.newbytes(w_seq.value * n)
    return None


def fast_binop(space, op, w_a, w_b):
    """Exact ints and floats (never instances of user subclasses, whose methods may override
    the operators): the common arithmetic without looking at types. None: not handled."""
    if type(w_a) is W_IntObject:
        if type(w_b) is W_IntObject:
            return int_binop(space, op, w_a.intval, w_b.intval)
        if type(w_b) is W_FloatObject:
            return float_binop(space, op, float(w_a.intval), w_b.floatval)
    elif type(w_a) is W_FloatObject:
        if type(w_b) is W_FloatObject:
            a = w_a.floatval
            b = w_b.floatval
            if op == ADD:               # the commonest float operations without a call
                return space.newfloat(a + b)
            if op == SUB:
                return space.newfloat(a - b)
            if op == MUL:
                return space.newfloat(a * b)
            return float_binop(space, op, a, b)
        if type(w_b) is W_IntObject:
            return float_binop(space, op, w_a.floatval, float(w_b.intval))
    return None


def binop(space, op, w_a, w_b):
    w_res = fast_binop(space, op, w_a, w_b)
    if w_res is not None:
        return w_res
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    if not w_ta.is_heaptype and not w_tb.is_heaptype:
        w_res = builtin_binop(space, op, w_a, w_b)
        if w_res is not None:
            return w_res
        if op == OR and (isinstance(w_a, W_TypeObject) or isinstance(w_b, W_TypeObject) or
                         isinstance(w_a, W_GenericAlias) or isinstance(w_a, W_UnionType) or
                         isinstance(w_b, W_GenericAlias) or isinstance(w_b, W_UnionType)) and \
                is_type_operand(space, w_a) and is_type_operand(space, w_b):
            return type_union(space, w_a, w_b)
        raise binop_type_error(space, op, w_a, w_b)
    # user-defined operators; the right operand goes first if its type is a subclass
    w_impl = None
    if w_ta.is_heaptype:
        w_impl = w_ta.lookup(BINOP_NAMES[op])
    w_rimpl = None
    if w_tb.is_heaptype and w_tb is not w_ta:
        w_rimpl = w_tb.lookup(RBINOP_NAMES[op])
    if w_rimpl is not None and w_tb.issubtype(w_ta) and w_tb is not w_ta:
        w_res = space.call_function(w_rimpl, [w_b, w_a])
        if not isinstance(w_res, W_NotImplementedObject):
            return w_res
        w_rimpl = None
    if w_impl is not None:
        w_res = space.call_function(w_impl, [w_a, w_b])
        if not isinstance(w_res, W_NotImplementedObject):
            return w_res
    else:
        w_res = builtin_binop(space, op, w_a, w_b)
        if w_res is not None:
            return w_res
    if w_rimpl is not None:
        w_res = space.call_function(w_rimpl, [w_b, w_a])
        if not isinstance(w_res, W_NotImplementedObject):
            return w_res
    raise binop_type_error(space, op, w_a, w_b)


def is_type_operand(space, w_x):
    return isinstance(w_x, W_TypeObject) or isinstance(w_x, W_NoneObject) or \
        isinstance(w_x, W_UnionType) or isinstance(w_x, W_GenericAlias)


def type_union(space, w_a, w_b):
    """`int | None` (PEP 604)."""
    items = []
    for w_x in [w_a, w_b]:
        if isinstance(w_x, W_UnionType):
            parts = w_x.args_w
        elif isinstance(w_x, W_NoneObject):
            parts = [space.w_NoneType]
        else:
            parts = [w_x]
        for w_p in parts:
            seen = False
            for w_q in items:
                if w_q is w_p:
                    seen = True
            if not seen:
                items.append(w_p)
    return W_UnionType(items)


def binop_type_error(space, op, w_a, w_b):
    if op == POW:
        sym = "** or pow()"
    else:
        sym = BINOP_SYMBOLS[op]
    if op == ADD and isinstance(w_a, W_StrObject):
        return space.type_error('can only concatenate str (not "%s") to str' %
                                space.type_name(w_b))
    if op == ADD and isinstance(w_a, W_ListObject):
        return space.type_error('can only concatenate list (not "%s") to list' %
                                space.type_name(w_b))
    if op == ADD and isinstance(w_a, W_BytesObject):
        return space.type_error("can't concat %s to bytes" % space.type_name(w_b))
    if op == ADD and isinstance(w_a, W_TupleObject):
        return space.type_error('can only concatenate tuple (not "%s") to tuple' %
                                space.type_name(w_b))
    if op == MUL and (isinstance(w_a, W_StrObject) or isinstance(w_a, W_ListObject) or
                      isinstance(w_a, W_TupleObject)):
        return space.type_error("can't multiply sequence by non-int of type '%s'" %
                                space.type_name(w_b))
    return space.type_error("unsupported operand type(s) for %s: '%s' and '%s'" %
                            (sym, space.type_name(w_a), space.type_name(w_b)))


def inplace_op(space, op, w_a, w_b):
    w_res = fast_binop(space, op, w_a, w_b)
    if w_res is not None:
        return w_res
    if isinstance(w_a, W_ListObject):
        if op == ADD:
            w_a.items.extend(space.unpackiterable(w_b))
            return w_a
        if op == MUL and isinstance(w_b, W_IntObject):
            n = w_b.intval
            if n <= 0:
                del w_a.items[:]
            else:
                w_a.items = w_a.items * n
            return w_a
    if isinstance(w_a, W_SetObject) and not w_a.frozen:
        w_res = containers.set_inplace(space, op, w_a, w_b)
        if w_res is not None:
            return w_res
    if isinstance(w_a, W_DictObject) and op == OR:
        containers.dict_update(space, w_a, w_b)
        return w_a
    w_ta = space.type(w_a)
    if w_ta.is_heaptype:
        w_impl = w_ta.lookup(IBINOP_NAMES[op])
        if w_impl is not None:
            w_res = space.call_function(w_impl, [w_a, w_b])
            if not isinstance(w_res, W_NotImplementedObject):
                return w_res
    try:
        return binop(space, op, w_a, w_b)
    except OperationError as e:
        if e.match(space, space.w_TypeError) and op != ADD and op != MUL:
            raise space.type_error("unsupported operand type(s) for %s=: '%s' and '%s'" %
                                   (BINOP_SYMBOLS[op], space.type_name(w_a),
                                    space.type_name(w_b)))
        raise


def unary_neg(space, w_a):
    if isinstance(w_a, W_IntObject):
        try:
            return space.newint(ovfcheck(-w_a.intval))
        except OverflowError:
            return longops.wrap(space, rb.neg(rb.from_int(w_a.intval)))
    if isinstance(w_a, W_LongObject):
        return longops.wrap(space, rb.neg(w_a.bigint))
    if isinstance(w_a, W_FloatObject):
        return space.newfloat(-w_a.floatval)
    if isinstance(w_a, W_ComplexObject):
        return space.newcomplex(-w_a.real, -w_a.imag)
    return unary_special(space, w_a, "__neg__", "unary -")


def unary_pos(space, w_a):
    if isinstance(w_a, W_BoolObject):
        return space.newint(w_a.intval)
    if isinstance(w_a, W_IntObject) or isinstance(w_a, W_FloatObject) or \
            isinstance(w_a, W_ComplexObject) or isinstance(w_a, W_LongObject):
        return w_a
    return unary_special(space, w_a, "__pos__", "unary +")


def unary_invert(space, w_a):
    if isinstance(w_a, W_IntObject):
        return space.newint(~w_a.intval)
    if isinstance(w_a, W_LongObject):
        return longops.wrap(space, rb.sub(rb.neg(w_a.bigint), rb.from_int(1)))
    return unary_special(space, w_a, "__invert__", "unary ~")


def unary_special(space, w_a, name, what):
    w_impl = space.lookup_special(w_a, name)
    if w_impl is not None:
        return space.call_function(w_impl, [w_a])
    raise space.type_error("bad operand type for %s: '%s'" % (what, space.type_name(w_a)))


# ---- comparison ----------------------------------------------------------------------------

def cmp_ints(op, a, b):
    if op == 0:
        return a == b
    if op == 1:
        return a != b
    if op == 2:
        return a < b
    if op == 3:
        return a <= b
    if op == 4:
        return a > b
    return a >= b


def cmp_floats(op, a, b):
    if op == 0:
        return a == b
    if op == 1:
        return a != b
    if op == 2:
        return a < b
    if op == 3:
        return a <= b
    if op == 4:
        return a > b
    return a >= b


def cmp_strs(op, a, b):
    if op == 0:
        return a == b
    if op == 1:
        return a != b
    if op == 2:
        return a < b
    if op == 3:
        return a <= b
    if op == 4:
        return a > b
    return a >= b


def compare(space, w_a, w_b, op):
    """op: 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=. Returns a wrapped result."""
    if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
        return space.newbool(cmp_ints(op, w_a.intval, w_b.intval))
    if type(w_a) is W_FloatObject and type(w_b) is W_FloatObject:
        return space.newbool(cmp_floats(op, w_a.floatval, w_b.floatval))
    if type(w_a) is W_TupleObject and type(w_b) is W_TupleObject:
        return seq_compare(space, w_a.items, w_b.items, op)
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    if w_ta.is_heaptype or w_tb.is_heaptype:
        w_res = user_compare(space, w_a, w_b, op, w_ta, w_tb)
        if w_res is not None:
            return w_res
    else:
        w_res = builtin_compare(space, w_a, w_b, op)
        if w_res is not None:
            return w_res
    if op == 0:
        return space.newbool(w_a is w_b)
    if op == 1:
        return space.newbool(w_a is not w_b)
    raise space.type_error("'%s' not supported between instances of '%s' and '%s'" %
                           (CMP_SYMBOLS[op], space.type_name(w_a), space.type_name(w_b)))


def user_compare(space, w_a, w_b, op, w_ta, w_tb):
    swapped_first = w_tb.is_heaptype and w_tb is not w_ta and w_tb.issubtype(w_ta)
    if swapped_first:
        w_res = try_cmp_method(space, w_b, w_a, CMP_SWAPPED[op])
        if w_res is not None:
            return w_res
    w_res = try_cmp_method(space, w_a, w_b, op)
    if w_res is not None:
        return w_res
    if not swapped_first:
        w_res = try_cmp_method(space, w_b, w_a, CMP_SWAPPED[op])
        if w_res is not None:
            return w_res
    if op == 1:
        # default __ne__ inverts __eq__
        w_eq = try_cmp_method(space, w_a, w_b, 0)
        if w_eq is not None:
            return space.newbool(not space.is_true(w_eq))
    return None


def try_cmp_method(space, w_a, w_b, op):
    w_t = space.type(w_a)
    if w_t.is_heaptype:
        w_impl = w_t.lookup(CMP_NAMES[op])
        if w_impl is not None and not isinstance(w_impl, W_BuiltinFunction):
            w_res = space.call_function(w_impl, [w_a, w_b])
            if isinstance(w_res, W_NotImplementedObject):
                return None
            return w_res
    return builtin_compare(space, w_a, w_b, op)


def builtin_compare(space, w_a, w_b, op):
    if isinstance(w_a, W_LongObject) or isinstance(w_b, W_LongObject):
        if longops.is_intlike(w_a) and longops.is_intlike(w_b):
            return space.newbool(longops.compare(longops.to_big(w_a), longops.to_big(w_b), op))
        if (longops.is_intlike(w_a) or isinstance(w_a, W_FloatObject)) and \
                (longops.is_intlike(w_b) or isinstance(w_b, W_FloatObject)):
            return space.newbool(cmp_floats(op, longops.to_float(space, w_a),
                                            longops.to_float(space, w_b)))
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return space.newbool(cmp_strs(op, w_a.value, w_b.value))
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return space.newbool(cmp_ints(op, w_a.intval, w_b.intval))
    if (isinstance(w_a, W_FloatObject) or isinstance(w_a, W_IntObject)) and \
            (isinstance(w_b, W_FloatObject) or isinstance(w_b, W_IntObject)):
        return space.newbool(cmp_floats(op, space.float_w(w_a), space.float_w(w_b)))
    if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
        return seq_compare(space, w_a.items, w_b.items, op)
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        return seq_compare(space, w_a.items, w_b.items, op)
    if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
        return space.newbool(cmp_strs(op, w_a.value, w_b.value))
    if op <= 1:
        if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject):
            eq = containers.dict_eq(space, w_a, w_b)
            return space.newbool(eq == (op == 0))
        if isinstance(w_a, W_ComplexObject) or isinstance(w_b, W_ComplexObject):
            if is_number(w_a) and is_number(w_b):
                ar, ai = complex_parts(w_a)
                br, bi = complex_parts(w_b)
                return space.newbool((ar == br and ai == bi) == (op == 0))
        if isinstance(w_a, W_RangeObject) and isinstance(w_b, W_RangeObject):
            eq = containers.range_eq(w_a, w_b)
            return space.newbool(eq == (op == 0))
        if isinstance(w_a, W_SliceObject) and isinstance(w_b, W_SliceObject):
            eq = space.eq_w(w_a.w_start, w_b.w_start) and \
                space.eq_w(w_a.w_stop, w_b.w_stop) and space.eq_w(w_a.w_step, w_b.w_step)
            return space.newbool(eq == (op == 0))
    if isinstance(w_a, W_DictView) and w_a.kind != 1:
        w_a = containers.set_from(space, w_a, False)
    if isinstance(w_b, W_DictView) and w_b.kind != 1:
        w_b = containers.set_from(space, w_b, False)
    if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
        return space.newbool(containers.set_compare(space, w_a, w_b, op))
    if op <= 1:
        if isinstance(w_a, W_TypeObject) or isinstance(w_a, W_Function) or \
                isinstance(w_a, W_Method):
            if isinstance(w_a, W_Method) and isinstance(w_b, W_Method):
                eq = w_a.w_function is w_b.w_function and w_a.w_self is w_b.w_self
                return space.newbool(eq == (op == 0))
            return space.newbool((w_a is w_b) == (op == 0))
    return None


def seq_compare(space, items_a, items_b, op):
    na = len(items_a)
    nb = len(items_b)
    if op <= 1 and na != nb:
        return space.newbool(op == 1)
    i = 0
    while i < na and i < nb:
        w_x = items_a[i]
        w_y = items_b[i]
        if w_x is not w_y:
            if type(w_x) is W_IntObject and type(w_y) is W_IntObject:
                if w_x.intval != w_y.intval:
                    break
            elif not space.eq_w(w_x, w_y):
                break
        i += 1
    if i >= na or i >= nb:
        return space.newbool(cmp_ints(op, na, nb))
    if op == 0:
        return space.w_False
    if op == 1:
        return space.w_True
    return compare(space, items_a[i], items_b[i], op)


def contains(space, w_container, w_item):
    return containers.contains(space, w_container, w_item)


# ---- hashing -------------------------------------------------------------------------------

HASH_MODULUS = 2305843009213693951      # 2 ** 61 - 1, as in CPython
HASH_BITS = 61
XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


def hash_int(v):
    """CPython's int hash: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2."""
    if -HASH_MODULUS < v < HASH_MODULUS:
        if v == -1:
            return -2
        return v
    r = v % HASH_MODULUS
    if v < 0:
        r = -((HASH_MODULUS - r) % HASH_MODULUS)
    if r == -1:
        return -2
    return r


def hash_float(space, w_obj, v):
    """CPython's _Py_HashDouble."""
    if v != v:
        return compute_identity_hash(w_obj)
    if v - v != 0.0:
        if v > 0.0:
            return 314159
        return -314159
    m, e = math.frexp(v)
    sign = 1
    if m < 0.0:
        sign = -1
        m = -m
    x = r_uint(0)
    modulus = r_uint(HASH_MODULUS)
    while m != 0.0:
        x = ((x << 28) & modulus) | (x >> (HASH_BITS - 28))
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= float(y)
        x += r_uint(y)
        if x >= modulus:
            x -= modulus
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x = ((x << e) & modulus) | (x >> (HASH_BITS - e))
    result = intmask(x) * sign
    if result == -1:
        result = -2
    return result


def hash_tuple(space, items):
    """CPython 3.11's xxHash-based tuple hash."""
    acc = XXPRIME_5
    for w_item in items:
        lane = r_uint(hash_w(space, w_item))
        acc += lane * XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc *= XXPRIME_1
    acc += r_uint(len(items)) ^ (XXPRIME_5 ^ r_uint(3527539))
    if acc == r_uint(-1):
        return 1546275796
    return intmask(acc)


def shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def hash_frozenset(space, items):
    """CPython 3.11's frozenset hash (independent of the items' order)."""
    h = r_uint(0)
    for w_item in items:
        h ^= shuffle_bits(r_uint(hash_w(space, w_item)))
    h ^= r_uint(len(items) + 1) * r_uint(1927868237)
    h ^= (h >> 11) ^ (h >> 25)
    h = h * r_uint(69069) + r_uint(907133923)
    if h == r_uint(-1):
        return 590923713
    return intmask(h)


def hash_w(space, w_obj):
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_hash = w_type.lookup("__hash__")
        if w_hash is not None and not isinstance(w_hash, W_BuiltinFunction):
            if space.is_none(w_hash):
                raise space.type_error("unhashable type: '%s'" % w_type.name)
            return space.int_w(space.call_function(w_hash, [w_obj]))
    if isinstance(w_obj, W_IntObject):
        return hash_int(w_obj.intval)
    if isinstance(w_obj, W_StrObject):
        return compute_hash(w_obj.value)
    if isinstance(w_obj, W_LongObject):
        return rb.hash_(w_obj.bigint)
    if isinstance(w_obj, W_FloatObject):
        return hash_float(space, w_obj, w_obj.floatval)
    if isinstance(w_obj, W_TupleObject):
        return hash_tuple(space, w_obj.items)
    if isinstance(w_obj, W_BytesObject):
        return compute_hash(w_obj.value)
    if isinstance(w_obj, W_SetObject) and w_obj.frozen:
        return hash_frozenset(space, w_obj.items_w())
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_DictObject) or \
            isinstance(w_obj, W_SetObject):
        raise space.type_error("unhashable type: '%s'" % space.type_name(w_obj))
    if isinstance(w_obj, W_ComplexObject):
        return compute_hash(repr(w_obj.real)) ^ compute_hash(repr(w_obj.imag))
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_hash = w_type.lookup("__hash__")
        if w_hash is not None and not isinstance(w_hash, W_BuiltinFunction):
            if space.is_none(w_hash):
                raise space.type_error("unhashable type: '%s'" % w_type.name)
            return space.int_w(space.call_function(w_hash, [w_obj]))
    return compute_identity_hash(w_obj)


# ---- iteration and length ------------------------------------------------------------------

def op_iter(space, w_obj):
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_iter = user_method(w_type, "__iter__")
        if w_iter is not None:
            w_res = space.call_function(w_iter, [w_obj])
            if space.type(w_res).lookup("__next__") is None and \
                    not is_builtin_iterator(space, w_res):
                raise space.type_error("iter() returned non-iterator of type '%s'" %
                                       space.type_name(w_res))
            return w_res
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject):
        return W_SeqIterObject(w_obj)
    if isinstance(w_obj, W_RangeObject):
        return W_RangeIterObject(w_obj.start, w_obj.length(), w_obj.step)
    if isinstance(w_obj, W_StrObject):
        return W_StrIterObject(w_obj.value)
    if isinstance(w_obj, W_DictObject):
        return W_ListSnapshotIter(w_obj.keys_w(space), w_obj, w_obj.length())
    if isinstance(w_obj, W_SetObject):
        items = w_obj.items_w()
        return W_ListSnapshotIter(items, w_obj, len(items))
    if isinstance(w_obj, W_BytesObject):
        return W_BytesIterObject(w_obj.value)
    if isinstance(w_obj, W_DictView):
        return W_ListSnapshotIter(w_obj.items_w(space), w_obj.w_dict, w_obj.w_dict.length())
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_iter = w_type.lookup("__iter__")
        if w_iter is not None:
            w_res = space.call_function(w_iter, [w_obj])
            if space.type(w_res).lookup("__next__") is None and \
                    not is_builtin_iterator(space, w_res):
                raise space.type_error("iter() returned non-iterator of type '%s'" %
                                       space.type_name(w_res))
            return w_res
        if w_type.lookup("__getitem__") is not None:
            return W_CallIterObject(w_obj, None, True)
    if is_builtin_iterator(space, w_obj):
        return w_obj
    raise space.type_error("'%s' object is not iterable" % space.type_name(w_obj))


def is_builtin_iterator(space, w_obj):
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        return False
    return w_type is space.w_iterator or w_type is space.w_generator or \
        w_type is space.w_enumerate or w_type is space.w_zip or w_type is space.w_map or \
        w_type is space.w_filter or w_type is space.w_reversed or \
        w_type is space.w_TextIOWrapper


def user_method(w_type, name):
    """A method defined in Python by a user class (None for built-in implementations)."""
    w_m = w_type.lookup(name)
    if w_m is None or isinstance(w_m, W_BuiltinFunction):
        return None
    return w_m


def len_w(space, w_obj):
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_len = user_method(w_type, "__len__")
        if w_len is not None:
            n = space.int_w(space.call_function(w_len, [w_obj]))
            if n < 0:
                raise space.value_error("__len__() should return >= 0")
            return n
    if isinstance(w_obj, W_ListObject):
        return len(w_obj.items)
    if isinstance(w_obj, W_StrObject):
        return len(w_obj.value)
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items)
    if isinstance(w_obj, W_DictObject):
        return w_obj.length()
    if isinstance(w_obj, W_SetObject):
        return w_obj.data.length()
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value)
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length()
    if isinstance(w_obj, W_DictView):
        return w_obj.w_dict.length()
    w_len = space.lookup_special(w_obj, "__len__")
    if w_len is not None:
        n = space.int_w(space.call_function(w_len, [w_obj]))
        if n < 0:
            raise space.value_error("__len__() should return >= 0")
        return n
    raise space.type_error("object of type '%s' has no len()" % space.type_name(w_obj))


# ---- repr and str --------------------------------------------------------------------------

def op_repr(space, w_obj):
    return space.newstr(strformat.repr_value(space, w_obj))


def op_str(space, w_obj):
    if type(w_obj) is W_StrObject:
        return w_obj
    return space.newstr(str_value(space, w_obj))    # an exact str, also for str subclasses


def str_value(space, w_obj):
    if type(w_obj) is W_StrObject:
        return w_obj.value
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_str = w_type.lookup("__str__")
        if w_str is not None and not isinstance(w_str, W_BuiltinFunction):
            w_res = space.call_function(w_str, [w_obj])
            if not isinstance(w_res, W_StrObject):
                raise space.type_error("__str__ returned non-string (type %s)" %
                                       space.type_name(w_res))
            return w_res.value
        if isinstance(w_obj, W_StrObject):
            return w_obj.value          # str.__str__ of a subclass: its text
        w_repr = w_type.lookup("__repr__")
        if w_repr is not None and not isinstance(w_repr, W_BuiltinFunction):
            return strformat.repr_value(space, w_obj)
    if isinstance(w_obj, W_ExceptionObject):
        return strformat.exception_str(space, w_obj)
    return strformat.repr_value(space, w_obj)
