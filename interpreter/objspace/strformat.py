"""Text conversions: repr() of every built-in object, str() of exceptions, the format-spec
mini-language (format(), f-strings, str.format) and %-formatting."""

from rlib.objectmodel import compute_identity_hash
from objspace.model import (W_Root, W_NoneObject, W_IntObject, W_BoolObject, W_FloatObject,
                            W_StrObject, W_BytesObject, W_TupleObject, W_ListObject,
                            W_DictObject, W_SetObject, W_ComplexObject, W_SliceObject,
                            W_RangeObject, W_CellObject, W_NotImplementedObject,
                            W_EllipsisObject, W_DictView)
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject, W_Module,
                                 W_GenericAlias, W_UnionType)
from objspace.function import (W_Function, W_BuiltinFunction, W_Method, W_Property,
                               W_Generator, W_ClassMethod, W_StaticMethod)
from objspace.error import OperationError
from objspace import containers
from objspace import rbigint as rb
from objspace.model import W_LongObject

HEX = "0123456789abcdef"


# ---- floats --------------------------------------------------------------------------------

def float_repr(f):
    """CPython's shortest repr (the RPython contract provides repr(float))."""
    return repr(f)


def formatd(x, code, prec):
    """'%.<prec><code>' of a float. RPython note: needs a formatd primitive (rlib.rfloat)."""
    if code == "f":
        return "%.*f" % (prec, x)
    if code == "e":
        return "%.*e" % (prec, x)
    return "%.*g" % (prec, x)


def int_to_base(value, base, upper):
    if value == 0:
        return "0"
    digits = HEX
    if upper:
        digits = "0123456789ABCDEF"
    neg = value < 0
    out = []
    if neg:
        # avoid overflow on -maxint-1 by working with negative remainders
        while value != 0:
            q = -((-value) // base)
            r = q * base - value
            out.append(digits[r])
            value = q
    else:
        while value > 0:
            out.append(digits[value % base])
            value = value // base
    out.reverse()
    s = "".join(out)
    if neg:
        return "-" + s
    return s


# ---- repr ----------------------------------------------------------------------------------

def str_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = [quote]
    for c in s:
        o = ord(c)
        if c == quote or c == "\\":
            out.append("\\")
            out.append(c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif o < 32 or o == 127:
            out.append("\\x")
            out.append(HEX[o >> 4])
            out.append(HEX[o & 15])
        elif o < 127:
            out.append(c)
        elif not is_printable(o):
            if o < 256:
                out.append("\\x%s%s" % (HEX[o >> 4], HEX[o & 15]))
            elif o < 65536:
                out.append("\\u" + pad_hex(o, 4))
            else:
                out.append("\\U" + pad_hex(o, 8))
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def pad_hex(o, n):
    s = int_to_base(o, 16, False)
    while len(s) < n:
        s = "0" + s
    return s


def is_printable(o):
    if o < 0xa0:
        return False
    if o == 0xad:
        return False
    if 0x2000 <= o <= 0x200f or 0x2028 <= o <= 0x202f or 0x205f <= o <= 0x206f:
        return o == 0x202f or (0x2010 <= o <= 0x2027)
    if 0xd800 <= o <= 0xdfff or o == 0xfeff or 0xfff0 <= o <= 0xfffb:
        return False
    if 0xe000 <= o <= 0xf8ff:
        return False
    if o == 0x3000:
        return False
    return True


def bytes_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = ["b", quote]
    for c in s:
        o = ord(c)
        if c == quote or c == "\\":
            out.append("\\")
            out.append(c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif o < 32 or o >= 127:
            out.append("\\x")
            out.append(HEX[o >> 4])
            out.append(HEX[o & 15])
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def addr(w_obj):
    return "0x" + pad_hex(compute_identity_hash(w_obj) & 0xffffffffffff, 12)


def repr_value(space, w_obj):
    # exact built-in types first; instances of their subclasses may have their own __repr__
    if type(w_obj) is W_StrObject:
        return str_repr(w_obj.value)
    if isinstance(w_obj, W_BoolObject):
        if w_obj.intval:
            return "True"
        return "False"
    if type(w_obj) is W_IntObject:
        return str(w_obj.intval)
    if type(w_obj) is W_FloatObject:
        return float_repr(w_obj.floatval)
    if isinstance(w_obj, W_NoneObject):
        return "None"
    if isinstance(w_obj, W_LongObject):
        return rb.str_(w_obj.bigint)
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_repr = w_type.lookup("__repr__")
        if w_repr is not None and not isinstance(w_repr, W_BuiltinFunction):
            w_res = space.call_function(w_repr, [w_obj])
            if not isinstance(w_res, W_StrObject):
                raise space.type_error("__repr__ returned non-string (type %s)" %
                                       space.type_name(w_res))
            return w_res.value
    if isinstance(w_obj, W_StrObject):
        return str_repr(w_obj.value)
    if isinstance(w_obj, W_IntObject):
        return str(w_obj.intval)
    if isinstance(w_obj, W_FloatObject):
        return float_repr(w_obj.floatval)
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject) or \
            isinstance(w_obj, W_DictObject) or isinstance(w_obj, W_SetObject):
        return container_repr(space, w_obj)
    if isinstance(w_obj, W_ExceptionObject):
        return exception_repr(space, w_obj)
    if isinstance(w_obj, W_ObjectInstance):
        return "<%s object at %s>" % (type_fullname(w_type), addr(w_obj))
    if isinstance(w_obj, W_TypeObject):
        return "<class '%s'>" % type_fullname(w_obj)
    if isinstance(w_obj, W_UnionType):
        parts = []
        for w_a in w_obj.args_w:
            if w_a is space.w_NoneType:
                parts.append("None")
            elif isinstance(w_a, W_TypeObject):
                parts.append(type_fullname(w_a))
            else:
                parts.append(repr_value(space, w_a))
        return " | ".join(parts)
    if isinstance(w_obj, W_GenericAlias):
        parts = []
        for w_a in w_obj.args_w:
            if isinstance(w_a, W_TypeObject):
                parts.append(type_fullname(w_a))
            elif isinstance(w_a, W_EllipsisObject):
                parts.append("...")
            else:
                parts.append(repr_value(space, w_a))
        return "%s[%s]" % (type_fullname(w_obj.w_origin), ", ".join(parts))
    if isinstance(w_obj, W_BytesObject):
        return bytes_repr(w_obj.value)
    if isinstance(w_obj, W_Function):
        return "<function %s at %s>" % (w_obj.qualname, addr(w_obj))
    if isinstance(w_obj, W_BuiltinFunction):
        if w_obj.w_self is not None and not isinstance(w_obj.w_self, W_Module):
            return "<built-in method %s of %s object at %s>" % (
                w_obj.name, space.type_name(w_obj.w_self), addr(w_obj.w_self))
        return "<built-in function %s>" % w_obj.name
    if isinstance(w_obj, W_Method):
        w_func = w_obj.w_function
        if isinstance(w_func, W_BuiltinFunction):
            return "<built-in method %s of %s object at %s>" % (
                w_func.name, space.type_name(w_obj.w_self), addr(w_obj.w_self))
        qualname = space.str_w(space.getattr(w_func, "__qualname__"))
        return "<bound method %s of %s>" % (qualname, repr_value(space, w_obj.w_self))
    if isinstance(w_obj, W_Module):
        return "<module '%s'>" % w_obj.name
    if isinstance(w_obj, W_RangeObject):
        if w_obj.step == 1:
            return "range(%d, %d)" % (w_obj.start, w_obj.stop)
        return "range(%d, %d, %d)" % (w_obj.start, w_obj.stop, w_obj.step)
    if isinstance(w_obj, W_SliceObject):
        return "slice(%s, %s, %s)" % (repr_value(space, w_obj.w_start),
                                      repr_value(space, w_obj.w_stop),
                                      repr_value(space, w_obj.w_step))
    if isinstance(w_obj, W_ComplexObject):
        return complex_repr(w_obj.real, w_obj.imag)
    if isinstance(w_obj, W_DictView):
        parts = [repr_value(space, w_x) for w_x in w_obj.items_w(space)]
        return "%s([%s])" % (w_type.name, ", ".join(parts))
    if isinstance(w_obj, W_NotImplementedObject):
        return "NotImplemented"
    if isinstance(w_obj, W_EllipsisObject):
        return "Ellipsis"
    if isinstance(w_obj, W_Generator):
        return "<generator object %s at %s>" % (w_obj.qualname, addr(w_obj))
    if isinstance(w_obj, W_Property):
        return "<property object at %s>" % addr(w_obj)
    if isinstance(w_obj, W_CellObject):
        return "<cell at %s>" % addr(w_obj)
    return "<%s object at %s>" % (type_fullname(w_type), addr(w_obj))


def type_fullname(w_type):
    if w_type.module == "builtins":
        return w_type.qualname
    return w_type.module + "." + w_type.qualname


def complex_repr(real, imag):
    im = float_short(imag)
    if real == 0.0 and str_sign(real) == "":
        return im + "j"
    sign = "+"
    if imag < 0.0 or (imag == 0.0 and str_sign(imag) == "-"):
        sign = "-"
        im = float_short(-imag)
    return "(" + float_short(real) + sign + im + "j)"


def str_sign(f):
    if float_repr(f).startswith("-"):
        return "-"
    return ""


def float_short(f):
    s = float_repr(f)
    if s.endswith(".0"):
        return s[:-2]
    return s


def container_repr(space, w_obj):
    for w_x in space.repr_stack:
        if w_x is w_obj:
            if isinstance(w_obj, W_ListObject):
                return "[...]"
            if isinstance(w_obj, W_DictObject):
                return "{...}"
            return "..."
    space.repr_stack.append(w_obj)
    try:
        if isinstance(w_obj, W_ListObject):
            parts = [repr_value(space, w_x) for w_x in w_obj.items]
            return "[" + ", ".join(parts) + "]"
        if isinstance(w_obj, W_TupleObject):
            parts = [repr_value(space, w_x) for w_x in w_obj.items]
            if len(parts) == 1:
                return "(" + parts[0] + ",)"
            return "(" + ", ".join(parts) + ")"
        if isinstance(w_obj, W_DictObject):
            parts = []
            keys = w_obj.keys_w(space)
            for w_k in keys:
                w_v = w_obj.getitem(space, w_k)
                if w_v is None:
                    continue
                parts.append(repr_value(space, w_k) + ": " + repr_value(space, w_v))
            return "{" + ", ".join(parts) + "}"
        if isinstance(w_obj, W_SetObject):
            parts = [repr_value(space, w_x) for w_x in w_obj.items_w()]
            if w_obj.frozen:
                if len(parts) == 0:
                    return "frozenset()"
                return "frozenset({" + ", ".join(parts) + "})"
            if len(parts) == 0:
                return "set()"
            return "{" + ", ".join(parts) + "}"
        return "?"
    finally:
        space.repr_stack.pop()


def exception_repr(space, w_exc):
    name = w_exc.w_type.name
    args = w_exc.args_w
    if len(args) == 1:
        return "%s(%s)" % (name, repr_value(space, args[0]))
    parts = [repr_value(space, w_x) for w_x in args]
    return "%s(%s)" % (name, ", ".join(parts))


def exception_str(space, w_exc):
    args = w_exc.args_w
    w_type = w_exc.w_type
    if w_type.issubtype(space.w_KeyError) and len(args) == 1:
        return repr_value(space, args[0])
    if w_type.issubtype(space.w_OSError) and len(args) >= 2:
        s = "[Errno %s] %s" % (space.str_w(args[0]), space.str_w(args[1]))
        if len(args) >= 3:
            s += ": " + repr_value(space, args[2])
        return s
    if len(args) == 0:
        return ""
    if len(args) == 1:
        return space.str_w(args[0])
    return container_repr(space, space.newtuple(args))


# ---- the format-spec mini-language ---------------------------------------------------------

class Spec(object):
    def __init__(self):
        self.fill = " "
        self.align = ""
        self.sign = ""
        self.alternate = False
        self.zero = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""


def parse_spec(space, spec):
    s = Spec()
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in "<>=^":
        s.fill = spec[0]
        s.align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        s.align = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        s.sign = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        i += 1
    if i < n and spec[i] == "#":
        s.alternate = True
        i += 1
    if i < n and spec[i] == "0":
        s.zero = True
        i += 1
    start = i
    while i < n and "0" <= spec[i] <= "9":
        i += 1
    if i > start:
        s.width = int(spec[start:i])
    if i < n and (spec[i] == "," or spec[i] == "_"):
        s.grouping = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and "0" <= spec[i] <= "9":
            i += 1
        if i == start:
            raise space.value_error("Format specifier missing precision")
        s.precision = int(spec[start:i])
    if i < n:
        s.type = spec[i]
        i += 1
    if i < n:
        raise space.value_error("Invalid format specifier '%s'" % spec)
    return s


def group_digits(digits, sep, every):
    out = []
    n = len(digits)
    for k in range(n):
        if k > 0 and (n - k) % every == 0:
            out.append(sep)
        out.append(digits[k])
    return "".join(out)


def pad(s, spec, default_align, sign_len):
    width = spec.width
    if width <= len(s):
        return s
    align = spec.align
    fill = spec.fill
    if align == "":
        if spec.zero and default_align == ">":
            align = "="
            fill = "0"
        else:
            align = default_align
    total = width - len(s)
    if align == "<":
        return s + fill * total
    if align == ">":
        return fill * total + s
    if align == "^":
        left = total // 2
        return fill * left + s + fill * (total - left)
    # '=': padding after the sign / prefix
    return s[:sign_len] + fill * total + s[sign_len:]


def format_int(space, value, spec):
    t = spec.type
    if t == "c":
        if value < 0 or value > 0x10ffff:
            raise space.overflow_error("%c arg not in range(0x110000)")
        return pad(chr(value), spec, "<", 0)
    if t != "" and t not in "xXobdn":
        raise space.value_error("Unknown format code '%s' for object of type 'int'" % t)
    neg = value < 0
    if t == "x" or t == "X":
        digits = int_to_base(value, 16, t == "X")
    elif t == "o":
        digits = int_to_base(value, 8, False)
    elif t == "b":
        digits = int_to_base(value, 2, False)
    else:
        digits = str(value)
    if neg:
        digits = digits[1:]
    return format_int_digits(space, neg, digits, spec)


def format_long(space, big, spec):
    t = spec.type
    if t == "c":
        raise space.overflow_error("%c arg not in range(0x110000)")
    if t != "" and t not in "xXobdn":
        raise space.value_error("Unknown format code '%s' for object of type 'int'" % t)
    if t == "x" or t == "X":
        digits = rb.to_base(big, 16, t == "X")
    elif t == "o":
        digits = rb.to_base(big, 8, False)
    elif t == "b":
        digits = rb.to_base(big, 2, False)
    else:
        digits = rb.str_(rb.abs_(big))
    return format_int_digits(space, big.sign < 0, digits, spec)


def format_int_digits(space, neg, digits, spec):
    t = spec.type
    prefix = ""
    if t == "x" or t == "X":
        if spec.alternate:
            prefix = "0" + t
    elif t == "o":
        if spec.alternate:
            prefix = "0o"
    elif t == "b":
        if spec.alternate:
            prefix = "0b"
    if spec.grouping != "":
        every = 3
        if t == "x" or t == "X" or t == "o" or t == "b":
            every = 4
        if spec.zero and spec.align == "" and spec.width > 0:
            # zero padding participates in grouping
            sign_len = len(prefix)
            if neg or spec.sign == "+" or spec.sign == " ":
                sign_len += 1
            target = spec.width - sign_len
            while len(group_digits(digits, spec.grouping, every)) < target:
                digits = "0" + digits
            digits = group_digits(digits, spec.grouping, every)
            spec.zero = False
        else:
            digits = group_digits(digits, spec.grouping, every)
    sign = ""
    if neg:
        sign = "-"
    elif spec.sign == "+":
        sign = "+"
    elif spec.sign == " ":
        sign = " "
    s = sign + prefix + digits
    return pad(s, spec, ">", len(sign) + len(prefix))


def format_float(space, x, spec):
    t = spec.type
    prec = spec.precision
    percent = False
    if t == "%":
        x = x * 100.0
        t = "f"
        percent = True
    if x != x:
        body = "nan"
        neg = False
    elif x == float("inf") or x == -float("inf"):
        body = "inf"
        neg = x < 0.0
    else:
        neg = x < 0.0 or (x == 0.0 and float_repr(x).startswith("-"))
        ax = x
        if neg:
            ax = -x
        if t == "f" or t == "F":
            if prec < 0:
                prec = 6
            body = formatd(ax, "f", prec)
        elif t == "e" or t == "E":
            if prec < 0:
                prec = 6
            body = formatd(ax, "e", prec)
        elif t == "g" or t == "G" or t == "n":
            if prec < 0:
                prec = 6
            if prec == 0:
                prec = 1
            body = formatd(ax, "g", prec)
        elif t == "":
            if prec < 0:
                body = float_repr(ax)
            else:
                if prec == 0:
                    prec = 1
                body = formatd(ax, "g", prec)
                if "." not in body and "e" not in body:
                    body = body + ".0"
        else:
            raise space.value_error("Unknown format code '%s' for object of type 'float'" % t)
        if t == "E" or t == "G":
            body = body.upper()
    if t == "F" or t == "E" or t == "G":
        body = body.upper()
    if percent:
        body = body + "%"
    if spec.grouping != "":
        dot = body.find(".")
        if dot < 0:
            dot = body.find("e")
        if dot < 0:
            dot = body.find("%")
        if dot < 0:
            dot = len(body)
        intpart = body[:dot]
        if intpart.isdigit():
            body = group_digits(intpart, spec.grouping, 3) + body[dot:]
    sign = ""
    if neg:
        sign = "-"
    elif spec.sign == "+":
        sign = "+"
    elif spec.sign == " ":
        sign = " "
    return pad(sign + body, spec, ">", len(sign))


def format_str(space, s, spec):
    if spec.type != "" and spec.type != "s":
        raise space.value_error("Unknown format code '%s' for object of type 'str'" %
                                spec.type)
    if spec.sign != "":
        raise space.value_error("Sign not allowed in string format specifier")
    if spec.precision >= 0:
        s = s[:spec.precision]
    return pad(s, spec, "<", 0)


def format_value(space, w_obj, spec):
    """format(w_obj, spec) -> str."""
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_format = w_type.lookup("__format__")
        if w_format is not None and not isinstance(w_format, W_BuiltinFunction):
            w_res = space.call_function(w_format, [w_obj, space.newstr(spec)])
            return space.text_w(w_res)
    if spec == "":
        return space.str_w(w_obj)
    # Built-in values go straight to the runtime's format(), which implements CPython's
    # mini-language and raises with CPython's messages.
    try:
        if isinstance(w_obj, W_IntObject):
            return format(w_obj.intval, spec)
        if isinstance(w_obj, W_FloatObject):
            return format(w_obj.floatval, spec)
        if isinstance(w_obj, W_StrObject):
            return format(w_obj.value, spec)
    except ValueError as e:
        raise space.value_error(str(e))
    except OverflowError as e:
        raise space.overflow_error(str(e))
    if isinstance(w_obj, W_IntObject):
        s = parse_spec(space, spec)
        if s.type != "" and s.type in "eEfFgG%":
            return format_float(space, float(w_obj.intval), s)
        return format_int(space, w_obj.intval, s)
    if isinstance(w_obj, W_FloatObject):
        s = parse_spec(space, spec)
        return format_float(space, w_obj.floatval, s)
    if isinstance(w_obj, W_LongObject):
        s = parse_spec(space, spec)
        if s.type != "" and s.type in "eEfFgG%":
            return format_float(space, space.float_w(w_obj), s)
        return format_long(space, w_obj.bigint, s)
    if isinstance(w_obj, W_StrObject):
        return format_str(space, w_obj.value, parse_spec(space, spec))
    if w_type.is_heaptype or isinstance(w_obj, W_NoneObject) or \
            isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject) or \
            isinstance(w_obj, W_DictObject):
        raise space.type_error("unsupported format string passed to %s.__format__" %
                               w_type.name)
    return format_str(space, space.str_w(w_obj), parse_spec(space, spec))


# ---- str.format ----------------------------------------------------------------------------
#
# A format string is split into a FormatTemplate once and the template is cached by the string
# (format strings are nearly always constants of the program). A string whose syntax is not
# clean (a single brace, a non-ASCII index) gets no template: format_method_slow scans it
# character by character and raises its errors at the same point as before.

FIELD_AUTO = 0          # "{}" or "{:spec}"
FIELD_INDEX = 1         # "{0}"
FIELD_NAME = 2          # "{name}"


class FormatField(object):
    """One replacement field and the literal text before it."""
    _immutable_fields_ = ["literal", "kind", "index", "name", "field", "rest_at", "conv",
                          "spec", "nested"]

    def __init__(self, literal, kind, index, name, field, rest_at, conv, spec):
        self.literal = literal
        self.kind = kind
        self.index = index
        self.name = name
        self.field = field        # the whole field name, for its '.attr' / '[key]' chain
        self.rest_at = rest_at    # where that chain starts in `field` (len(field): none)
        self.conv = conv
        self.spec = spec
        self.nested = "{" in spec


class FormatTemplate(object):
    _immutable_fields_ = ["fields[*]", "tail"]

    def __init__(self, fields, tail):
        self.fields = fields
        self.tail = tail


class TemplateCache(object):
    """Parsed str.format and %-format strings, keyed by the format string."""

    def __init__(self):
        self.format_templates = {}
        self.percent_templates = {}


TEMPLATES = TemplateCache()

# A prebuilt [""]: `EMPTY_PIECE * n` allocates only the result, where `[""] * n` would first
# make the one-item list too. Never mutated.
EMPTY_PIECE = [""]
TEMPLATE_CACHE_LIMIT = 2000


def is_ascii_digits(s):
    if s == "":
        return False
    for c in s:
        if not ("0" <= c <= "9"):
            return False
    return True


def parse_format_template(fmt):
    """Split `fmt` into fields, or None when it needs the slow path (its syntax errors)."""
    fields = []
    lit = []
    n = len(fmt)
    i = 0
    start = 0
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                lit.append(fmt[start:i + 1])
                i += 2
                start = i
                continue
            lit.append(fmt[start:i])
            j = i + 1
            depth = 1
            while j < n:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                return None
            field = fmt[i + 1:j]
            i = j + 1
            start = i
            field, conv, spec = split_replacement_field(field)
            k = 0
            while k < len(field) and field[k] != "." and field[k] != "[":
                k += 1
            first = field[:k]
            index = 0
            if first == "":
                kind = FIELD_AUTO
            elif is_ascii_digits(first):
                kind = FIELD_INDEX
                if len(first) > 15:
                    return None
                index = int(first)
            elif first.isdigit():
                return None
            else:
                kind = FIELD_NAME
            fields.append(FormatField("".join(lit), kind, index, first, field, k, conv, spec))
            lit = []
            continue
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                lit.append(fmt[start:i + 1])
                i += 2
                start = i
                continue
            return None
        i += 1
    lit.append(fmt[start:n])
    return FormatTemplate(fields, "".join(lit))


def format_method(space, fmt, args_w, kw_names, kw_values_w):
    cache = TEMPLATES.format_templates
    tmpl = cache.get(fmt, None)
    if tmpl is None:
        tmpl = parse_format_template(fmt)
        if tmpl is None:
            return format_method_slow(space, fmt, args_w, kw_names, kw_values_w)
        if len(cache) >= TEMPLATE_CACHE_LIMIT:
            cache.clear()
        cache[fmt] = tmpl
    # literal, value, literal, value, ..., tail: one list allocated at its final size
    out = EMPTY_PIECE * (2 * len(tmpl.fields) + 1)
    k = 0
    auto_index = 0
    for f in tmpl.fields:
        out[k] = f.literal
        if f.kind == FIELD_AUTO:
            if auto_index < 0:
                raise space.value_error("cannot switch from manual field specification "
                                        "to automatic field numbering")
            idx = auto_index
            auto_index += 1
            if idx >= len(args_w):
                raise space.index_error("Replacement index %d out of range for "
                                        "positional args tuple" % idx)
            w_value = args_w[idx]
        elif f.kind == FIELD_INDEX:
            idx = f.index
            if auto_index > 0:
                raise space.value_error("cannot switch from automatic field numbering "
                                        "to manual field specification")
            auto_index = -1
            if idx >= len(args_w):
                raise space.index_error("Replacement index %d out of range for "
                                        "positional args tuple" % idx)
            w_value = args_w[idx]
        else:
            w_value = None
            name = f.name
            for m in range(len(kw_names)):
                if kw_names[m] == name:     # keyword names are unique
                    w_value = kw_values_w[m]
                    break
            if w_value is None:
                raise space.key_error(space.newstr(name))
        if f.rest_at < len(f.field):
            w_value = resolve_subfields(space, w_value, f.field, f.rest_at)
        conv = f.conv
        if conv != "":
            if conv == "r":
                w_value = space.repr(w_value)
            elif conv == "s":
                w_value = space.str(w_value)
            elif conv == "a":
                w_value = space.newstr(ascii_of(repr_value(space, w_value)))
            else:
                raise space.value_error("Unknown conversion specifier %s" % conv)
        spec = f.spec
        if f.nested:
            spec = format_method(space, spec, args_w, kw_names, kw_values_w)
        out[k + 1] = format_value(space, w_value, spec)
        k += 2
    out[k] = tmpl.tail
    return "".join(out)


def resolve_subfields(space, w_value, field, k):
    """The '.attr' and '[key]' parts of a field name, from field[k]."""
    while k < len(field):
        if field[k] == ".":
            e = k + 1
            while e < len(field) and field[e] != "." and field[e] != "[":
                e += 1
            w_value = space.getattr(w_value, field[k + 1:e])
            k = e
        else:
            e = field.find("]", k)
            if e < 0:
                raise space.value_error("Missing ']' in format string")
            key = field[k + 1:e]
            if key.isdigit():
                w_key = space.newint(int(key))
            else:
                w_key = space.newstr(key)
            w_value = containers.getitem(space, w_value, w_key)
            k = e + 1
    return w_value


def format_method_slow(space, fmt, args_w, kw_names, kw_values_w):
    out = []
    i = 0
    n = len(fmt)
    auto_index = 0
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            j = i + 1
            depth = 1
            while j < n:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise space.value_error("Single '{' encountered in format string")
            field = fmt[i + 1:j]
            i = j + 1
            field, conv, spec = split_replacement_field(field)
            # the field name: index or name, then .attr / [key] parts
            k = 0
            while k < len(field) and field[k] != "." and field[k] != "[":
                k += 1
            first = field[:k]
            if first == "":
                if auto_index < 0:
                    raise space.value_error("cannot switch from manual field specification "
                                            "to automatic field numbering")
                idx = auto_index
                auto_index += 1
                if idx >= len(args_w):
                    raise space.index_error("Replacement index %d out of range for "
                                            "positional args tuple" % idx)
                w_value = args_w[idx]
            elif first.isdigit():
                idx = int(first)
                if auto_index > 0:
                    raise space.value_error("cannot switch from automatic field numbering "
                                            "to manual field specification")
                auto_index = -1
                if idx >= len(args_w):
                    raise space.index_error("Replacement index %d out of range for "
                                            "positional args tuple" % idx)
                w_value = args_w[idx]
            else:
                w_value = None
                for m in range(len(kw_names)):
                    if kw_names[m] == first:
                        w_value = kw_values_w[m]
                if w_value is None:
                    raise space.key_error(space.newstr(first))
            w_value = resolve_subfields(space, w_value, field, k)
            if conv == "r":
                w_value = space.repr(w_value)
            elif conv == "s":
                w_value = space.str(w_value)
            elif conv == "a":
                w_value = space.newstr(ascii_of(repr_value(space, w_value)))
            elif conv != "":
                raise space.value_error("Unknown conversion specifier %s" % conv)
            if "{" in spec:
                spec = format_method(space, spec, args_w, kw_names, kw_values_w)
            out.append(format_value(space, w_value, spec))
            continue
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise space.value_error("Single '}' encountered in format string")
        out.append(c)
        i += 1
    return "".join(out)


def split_replacement_field(field):
    """`name!conv:spec` (the text between the braces) -> (name, conv, spec)."""
    spec = ""
    conv = ""
    colon = find_top_level(field, ":")
    if colon >= 0:
        spec = field[colon + 1:]
        field = field[:colon]
    bang = field.find("!")
    if bang >= 0:
        conv = field[bang + 1:]
        field = field[:bang]
    return field, conv, spec


def find_top_level(field, ch):
    depth = 0
    for k in range(len(field)):
        c = field[k]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ch and depth == 0:
            return k
    return -1


def ascii_of(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256:
            out.append("\\x" + pad_hex(o, 2))
        elif o < 65536:
            out.append("\\u" + pad_hex(o, 4))
        else:
            out.append("\\U" + pad_hex(o, 8))
    return "".join(out)


# ---- %-formatting --------------------------------------------------------------------------
#
# Like str.format, a %-format string is split once into PercentDirectives and cached. Each
# directive precomputes the equivalent format() spec for the usual cases (%s, %5d, %-8s,
# %.2f, %x) so that formatting a value is one call into the runtime. Format strings with
# syntax problems, '*' widths or length modifiers take percent_format_slow.

class PercentDirective(object):
    """One %-conversion and the literal text before it."""
    _immutable_fields_ = ["literal", "key", "align", "sign", "alternate", "zero", "width",
                          "precision", "type", "text_spec", "num_spec"]

    def __init__(self, literal, key, align, sign, alternate, zero, width, precision, t):
        self.literal = literal
        self.key = key                # "%(key)s", else None
        self.align = align
        self.sign = sign
        self.alternate = alternate
        self.zero = zero
        self.width = width
        self.precision = precision
        self.type = t
        self.text_spec = text_spec_of(align, width, precision)
        self.num_spec = num_spec_of(align, sign, alternate, zero, width, precision, t)

    def new_spec(self):
        spec = Spec()
        spec.align = self.align
        spec.sign = self.sign
        spec.alternate = self.alternate
        spec.zero = self.zero
        spec.width = self.width
        spec.precision = self.precision
        return spec


class PercentTemplate(object):
    _immutable_fields_ = ["directives[*]", "tail", "uses_keys"]

    def __init__(self, directives, tail, uses_keys):
        self.directives = directives
        self.tail = tail
        self.uses_keys = uses_keys


def text_spec_of(align, width, precision):
    """The format() spec of %s / %r with these flags ('' for none)."""
    spec = ""
    if width >= 0:
        spec = ">"
        if align == "<":
            spec = "<"
        spec += str(width)
    if precision >= 0:
        spec += "." + str(precision)
    return spec


def num_spec_of(align, sign, alternate, zero, width, precision, t):
    """The format() spec equivalent to this numeric %-conversion, or "" if there is none
    (then format_directive does the work)."""
    if t == "d" or t == "i" or t == "u":
        if precision >= 0:
            return ""
        t = "d"
    elif t == "x" or t == "X" or t == "o":
        if precision >= 0:
            return ""
    elif t in "eEfFgG":
        if precision < 0:
            precision = 6
    else:
        return ""
    spec = align + sign
    if alternate:
        spec += "#"
    if zero and align != "<":
        spec += "0"
    if width >= 0:
        spec += str(width)
    if precision >= 0:
        spec += "." + str(precision)
    return spec + t


def parse_percent_template(fmt):
    """Split `fmt` into directives, or None when it needs the slow path."""
    directives = []
    lit = []
    uses_keys = False
    n = len(fmt)
    i = 0
    while i < n:
        e = fmt.find("%", i)
        if e < 0:
            lit.append(fmt[i:])
            break
        lit.append(fmt[i:e])
        i = e + 1
        if i >= n:
            return None
        key = None
        if fmt[i] == "(":
            e = fmt.find(")", i)
            if e < 0:
                return None
            key = fmt[i + 1:e]
            uses_keys = True
            i = e + 1
        align = ""
        sign = ""
        alternate = False
        zero = False
        while i < n and fmt[i] in "-+ #0":
            f = fmt[i]
            if f == "-":
                align = "<"
            elif f == "+":
                sign = "+"
            elif f == " ":
                if sign == "":
                    sign = " "
            elif f == "#":
                alternate = True
            else:
                zero = True
            i += 1
        width = -1
        start = i
        while i < n and "0" <= fmt[i] <= "9":
            i += 1
        if i > start:
            if i - start > 8:
                return None
            width = int(fmt[start:i])
        precision = -1
        if i < n and fmt[i] == ".":
            i += 1
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            precision = 0
            if i > start:
                if i - start > 8:
                    return None
                precision = int(fmt[start:i])
        if i >= n:
            return None
        t = fmt[i]
        i += 1
        if t == "%":
            if key is not None:
                return None
            lit.append("%")
            continue
        if t not in "srdiuxXoeEfFgGca":
            return None
        if align == "<":
            zero = False
        directives.append(PercentDirective("".join(lit), key, align, sign, alternate, zero,
                                           width, precision, t))
        lit = []
    return PercentTemplate(directives, "".join(lit), uses_keys)


def percent_format(space, fmt, w_args):
    cache = TEMPLATES.percent_templates
    tmpl = cache.get(fmt, None)
    if tmpl is None:
        tmpl = parse_percent_template(fmt)
        if tmpl is None:
            return percent_format_slow(space, fmt, w_args)
        if len(cache) >= TEMPLATE_CACHE_LIMIT:
            cache.clear()
        cache[fmt] = tmpl
    # a single value (not a tuple) is used in place: no list is made for it
    args_w = None
    nargs = 1
    if isinstance(w_args, W_TupleObject):
        args_w = w_args.items
        nargs = len(args_w)
    w_dict = None
    if isinstance(w_args, W_DictObject):
        w_dict = w_args
    # literal, value, literal, value, ..., tail: one list allocated at its final size
    out = EMPTY_PIECE * (2 * len(tmpl.directives) + 1)
    k = 0
    argi = 0
    for d in tmpl.directives:
        out[k] = d.literal
        if d.key is not None:
            if w_dict is None:
                raise space.type_error("format requires a mapping")
            w_value = containers.getitem(space, w_dict, space.newstr(d.key))
        else:
            if argi >= nargs:
                raise space.type_error("not enough arguments for format string")
            if args_w is None:
                w_value = w_args
            else:
                w_value = args_w[argi]
            argi += 1
        out[k + 1] = format_percent_value(space, d, w_value)
        k += 2
    out[k] = tmpl.tail
    if argi < nargs and w_dict is None:
        raise space.type_error("not all arguments converted during string formatting")
    return "".join(out)


def format_percent_value(space, d, w_value):
    t = d.type
    if t == "s" or t == "r":
        if t == "s":
            s = space.str_w(w_value)
        else:
            s = repr_value(space, w_value)
        if d.text_spec == "":
            return s
        return format(s, d.text_spec)
    if d.num_spec != "":
        if t in "eEfFgG":
            if isinstance(w_value, W_FloatObject):
                return format(w_value.floatval, d.num_spec)
            if isinstance(w_value, W_IntObject):
                return format(float(w_value.intval), d.num_spec)
        elif isinstance(w_value, W_IntObject):
            return format(w_value.intval, d.num_spec)
    return format_directive(space, d.new_spec(), t, w_value, -1)


def format_directive(space, spec, t, w_value, i):
    """One %-conversion of w_value (i: the index after it in the format, for errors)."""
    if t == "s" or t == "r" or t == "a":
        if t == "s":
            s = space.str_w(w_value)
        elif t == "r":
            s = repr_value(space, w_value)
        else:
            s = ascii_of(repr_value(space, w_value))
        if spec.precision >= 0:
            s = s[:spec.precision]
        spec.zero = False
        return pad(s, spec, ">", 0)
    elif t == "d" or t == "i" or t == "u" or t == "x" or t == "X" or t == "o":
        if isinstance(w_value, W_LongObject):
            spec.type = t
            if t == "d" or t == "i" or t == "u":
                spec.type = "d"
            return format_long(space, w_value.bigint, spec)
        if isinstance(w_value, W_FloatObject):
            if t == "x" or t == "X" or t == "o":
                raise space.type_error("%%%s format: an integer is required, not float" % t)
            f = w_value.floatval
            if f != f:
                raise space.value_error("cannot convert float NaN to integer")
            if f == float("inf") or f == -float("inf"):
                raise space.overflow_error("cannot convert float infinity to integer")
            if f >= 9.2e18 or f <= -9.2e18:
                spec.type = "d"
                return format_long(space, rb.from_float(f), spec)
            v = int(f)
        elif isinstance(w_value, W_IntObject):
            v = w_value.intval
        else:
            raise space.type_error("%%%s format: a real number is required, not %s" %
                                   (t, space.type_name(w_value)))
        if t == "d" or t == "i" or t == "u":
            spec.type = "d"
        else:
            spec.type = t
        if spec.precision >= 0:
            digits = str(v)
            if v < 0:
                digits = digits[1:]     # not abs(v): it overflows for the smallest int
            while len(digits) < spec.precision:
                digits = "0" + digits
            if v < 0:
                digits = "-" + digits
            elif spec.sign != "":
                digits = spec.sign + digits
            return pad(digits, spec, ">", 0)
        else:
            return format_int(space, v, spec)
    elif t in "eEfFgG":
        spec.type = t
        if spec.precision < 0:
            spec.precision = 6
        return format_float(space, space.float_w(w_value), spec)
    elif t == "c":
        if isinstance(w_value, W_IntObject):
            if w_value.intval < 0 or w_value.intval > 0x10ffff:
                raise space.overflow_error("%c arg not in range(0x110000)")
            return chr(w_value.intval)
        else:
            return space.text_w(w_value)
    else:
        raise space.value_error("unsupported format character '%s' (0x%s) at index %d" %
                                (t, int_to_base(ord(t), 16, False), i - 1))


def percent_format_slow(space, fmt, w_args):
    if isinstance(w_args, W_TupleObject):
        args_w = w_args.items
    else:
        args_w = [w_args]
    w_dict = None
    if isinstance(w_args, W_DictObject):
        w_dict = w_args
    out = []
    i = 0
    n = len(fmt)
    argi = 0
    while i < n:
        c = fmt[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        w_value = None
        if fmt[i] == "(":
            e = fmt.find(")", i)
            if w_dict is None:
                raise space.type_error("format requires a mapping")
            w_value = containers.getitem(space, w_dict, space.newstr(fmt[i + 1:e]))
            i = e + 1
        spec = Spec()
        while i < n and fmt[i] in "-+ #0":
            f = fmt[i]
            if f == "-":
                spec.align = "<"
            elif f == "+":
                spec.sign = "+"
            elif f == " ":
                if spec.sign == "":
                    spec.sign = " "
            elif f == "#":
                spec.alternate = True
            else:
                spec.zero = True
            i += 1
        if i < n and fmt[i] == "*":
            spec.width = space.int_w(args_w[argi])
            argi += 1
            i += 1
        else:
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            if i > start:
                spec.width = int(fmt[start:i])
        if i < n and fmt[i] == ".":
            i += 1
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            spec.precision = 0
            if i > start:
                spec.precision = int(fmt[start:i])
        if i >= n:
            raise space.value_error("incomplete format")
        t = fmt[i]
        i += 1
        if t == "%":
            out.append("%")
            continue
        if spec.align == "<":
            spec.zero = False
        if w_value is None:
            if argi >= len(args_w):
                raise space.type_error("not enough arguments for format string")
            w_value = args_w[argi]
            argi += 1
        out.append(format_directive(space, spec, t, w_value, i))
    if argi < len(args_w) and w_dict is None:
        raise space.type_error("not all arguments converted during string formatting")
    return "".join(out)
