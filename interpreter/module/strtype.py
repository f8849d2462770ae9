"""Methods of str and bytes."""

from objspace.model import (W_Root, W_IntObject, W_StrObject, W_BytesObject, W_TupleObject,
                            W_ListObject, W_DictObject)
from objspace.function import Arguments
from objspace import strformat
from module.argparse_rt import parse_args, check_positional
from module import rawio
from objspace import containers
from objspace.error import OperationError
from objspace.function import W_StaticMethod


def self_str(space, args, fname):
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '%s' of 'str' object needs an argument" % fname)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise space.type_error("descriptor '%s' requires a 'str' object but received a '%s'"
                               % (fname, space.type_name(w_self)))
    return w_self.value


def rest(args):
    return Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)


def count_args(space, args, fname, nmin, nmax):
    """The number of positional arguments after self, checked like check_positional (which
    raises the error) without copying them into a new Arguments."""
    n = len(args.args_w) - 1
    if len(args.kw_names) > 0 or n < nmin or n > nmax:
        check_positional(space, rest(args), fname, nmin, nmax)
    return n


def str_result(space, w_self, s, r):
    """Wrap r, the result of a method of s: s itself when unchanged (as CPython returns the
    same object), unless self is a subclass instance."""
    if r is s and type(w_self) is W_StrObject:
        return w_self
    return space.newstr(r)


def arg_str(space, w_x, fname):
    if not isinstance(w_x, W_StrObject):
        raise space.type_error("%s arg must be None or str" % fname)
    return w_x.value


def opt_index(space, w_x, default, length):
    if w_x is None or space.is_none(w_x):
        return default
    i = space.int_w(w_x)
    if i < 0:
        i += length
        if i < 0:
            i = 0
    if i > length:
        i = length
    return i


def s_join(space, args):
    s = self_str(space, args, "join")
    count_args(space, args, "join", 1, 1)
    w_seq = args.args_w[1]
    if isinstance(w_seq, W_ListObject) or isinstance(w_seq, W_TupleObject):
        items_w = w_seq.items
    else:
        items_w = space.unpackiterable(w_seq)
    parts = []
    i = 0
    for w_x in items_w:
        if not isinstance(w_x, W_StrObject):
            raise space.type_error("sequence item %d: expected str instance, %s found" %
                                   (i, space.type_name(w_x)))
        parts.append(w_x.value)
        i += 1
    return space.newstr(s.join(parts))


def split_whitespace(s, maxsplit):
    result = []
    n = len(s)
    i = 0
    while True:
        while i < n and s[i].isspace():
            i += 1
        if i >= n:
            break
        if maxsplit == 0:
            result.append(s[i:].rstrip())
            break
        j = i
        while j < n and not s[j].isspace():
            j += 1
        result.append(s[i:j])
        maxsplit -= 1
        i = j
    return result


def rsplit_whitespace(s, maxsplit):
    result = []
    i = len(s) - 1
    while True:
        while i >= 0 and s[i].isspace():
            i -= 1
        if i < 0:
            break
        if maxsplit == 0:
            result.append(s[:i + 1].lstrip())
            break
        j = i
        while j >= 0 and not s[j].isspace():
            j -= 1
        result.append(s[j + 1:i + 1])
        maxsplit -= 1
        i = j
    result.reverse()
    return result


def s_split(space, args):
    s = self_str(space, args, "split")
    w_sep = None
    w_max = None
    if len(args.kw_names) == 0 and len(args.args_w) <= 3:
        if len(args.args_w) > 1:
            w_sep = args.args_w[1]
        if len(args.args_w) > 2:
            w_max = args.args_w[2]
    else:
        a = parse_args(space, rest(args), "split", ["sep", "maxsplit"], 0)
        w_sep = a[0]
        w_max = a[1]
    maxsplit = -1
    if w_max is not None:
        maxsplit = space.int_w(w_max)
    if w_sep is None or space.is_none(w_sep):
        parts = s.split(None, maxsplit)
    else:
        sep = arg_str(space, w_sep, "split")
        if sep == "":
            raise space.value_error("empty separator")
        if maxsplit < 0:
            parts = s.split(sep)
        else:
            parts = s.split(sep, maxsplit)
    return space.newlist(wrap_strs(space, parts))


# A prebuilt [None]: `NO_ITEM * n` allocates only the result ([None] * n would first make the
# one-item list too). Never mutated.
NO_ITEM = [None]


def wrap_strs(space, parts):
    """[space.newstr(p) for p in parts] in a list allocated once at its final size."""
    items_w = NO_ITEM * len(parts)
    for i in range(len(parts)):
        items_w[i] = space.newstr(parts[i])
    return items_w


def s_rsplit(space, args):
    s = self_str(space, args, "rsplit")
    a = parse_args(space, rest(args), "rsplit", ["sep", "maxsplit"], 0)
    maxsplit = -1
    if a[1] is not None:
        maxsplit = space.int_w(a[1])
    if a[0] is None or space.is_none(a[0]):
        parts = rsplit_whitespace(s, maxsplit)
    else:
        sep = arg_str(space, a[0], "rsplit")
        if sep == "":
            raise space.value_error("empty separator")
        if maxsplit < 0:
            parts = s.split(sep)
        else:
            parts = s.rsplit(sep, maxsplit)
    return space.newlist([space.newstr(p) for p in parts])


def s_splitlines(space, args):
    s = self_str(space, args, "splitlines")
    a = parse_args(space, rest(args), "splitlines", ["keepends"], 0)
    keep = a[0] is not None and space.is_true(a[0])
    return space.newlist(wrap_strs(space, s.splitlines(keep)))


def strip_chars(space, args, fname, left, right):
    s = self_str(space, args, fname)
    n = count_args(space, args, fname, 0, 1)
    if n == 0 or space.is_none(args.args_w[1]):
        if left and right:
            return str_result(space, args.args_w[0], s, s.strip())
        if left:
            return str_result(space, args.args_w[0], s, s.lstrip())
        return str_result(space, args.args_w[0], s, s.rstrip())
    chars = arg_str(space, args.args_w[1], fname)
    i = 0
    j = len(s)
    if left:
        while i < j and s[i] in chars:
            i += 1
    if right:
        while j > i and s[j - 1] in chars:
            j -= 1
    return space.newstr(s[i:j])


def s_strip(space, args):
    return strip_chars(space, args, "strip", True, True)


def s_lstrip(space, args):
    return strip_chars(space, args, "lstrip", True, False)


def s_rstrip(space, args):
    return strip_chars(space, args, "rstrip", False, True)


def startend(space, args, fname, is_start):
    s = self_str(space, args, fname)
    n = count_args(space, args, fname, 1, 3)
    w_prefix = args.args_w[1]
    if n == 1 and isinstance(w_prefix, W_StrObject):
        if is_start:
            return space.newbool(s.startswith(w_prefix.value))
        return space.newbool(s.endswith(w_prefix.value))
    start = 0
    end = len(s)
    if n > 1 and not space.is_none(args.args_w[2]):
        start = space.int_w(args.args_w[2])
        if start < 0:
            start = max(start + len(s), 0)
        if start > len(s):
            return space.w_False    # even for an empty prefix, as CPython
    if n > 2:
        end = opt_index(space, args.args_w[3], len(s), len(s))
    sub = s[start:end] if start <= end else ""
    if isinstance(w_prefix, W_TupleObject):
        for w_p in w_prefix.items:
            p = arg_str(space, w_p, fname)
            if (is_start and sub.startswith(p)) or (not is_start and sub.endswith(p)):
                return space.w_True
        return space.w_False
    if not isinstance(w_prefix, W_StrObject):
        raise space.type_error("%s first arg must be str or a tuple of str, not %s" %
                               (fname, space.type_name(w_prefix)))
    if is_start:
        return space.newbool(sub.startswith(w_prefix.value))
    return space.newbool(sub.endswith(w_prefix.value))


def s_startswith(space, args):
    return startend(space, args, "startswith", True)


def s_endswith(space, args):
    return startend(space, args, "endswith", False)


def find_impl(space, args, fname, reverse, raise_missing):
    s = self_str(space, args, fname)
    n = count_args(space, args, fname, 1, 3)
    sub = arg_str(space, args.args_w[1], fname)
    start = 0
    end = len(s)
    if n > 1:
        start = opt_index(space, args.args_w[2], 0, len(s))
    if n > 2:
        end = opt_index(space, args.args_w[3], len(s), len(s))
    if reverse:
        i = s.rfind(sub, start, end)
    else:
        i = s.find(sub, start, end)
    if i < 0 and raise_missing:
        raise space.value_error("substring not found")
    return space.newint(i)


def s_find(space, args):
    return find_impl(space, args, "find", False, False)


def s_rfind(space, args):
    return find_impl(space, args, "rfind", True, False)


def s_index(space, args):
    return find_impl(space, args, "index", False, True)


def s_rindex(space, args):
    return find_impl(space, args, "rindex", True, True)


def s_count(space, args):
    s = self_str(space, args, "count")
    n = count_args(space, args, "count", 1, 3)
    sub = arg_str(space, args.args_w[1], "count")
    start = 0
    end = len(s)
    if n > 1:
        start = opt_index(space, args.args_w[2], 0, len(s))
    if n > 2:
        end = opt_index(space, args.args_w[3], len(s), len(s))
    return space.newint(s.count(sub, start, end))


def s_replace(space, args):
    s = self_str(space, args, "replace")
    n = count_args(space, args, "replace", 2, 3)
    for k in range(1, 3):
        if not isinstance(args.args_w[k], W_StrObject):
            raise space.type_error("replace() argument %d must be str, not %s" %
                                   (k, space.type_name(args.args_w[k])))
    old = arg_str(space, args.args_w[1], "replace")
    new = arg_str(space, args.args_w[2], "replace")
    if n == 3:
        count = space.int_w(args.args_w[3])
        if count >= 0:
            return str_result(space, args.args_w[0], s, s.replace(old, new, count))
    return str_result(space, args.args_w[0], s, s.replace(old, new))


def s_lower(space, args):
    return space.newstr(self_str(space, args, "lower").lower())


def s_upper(space, args):
    return space.newstr(self_str(space, args, "upper").upper())


def s_casefold(space, args):
    return space.newstr(self_str(space, args, "casefold").lower())


def s_swapcase(space, args):
    return space.newstr(self_str(space, args, "swapcase").swapcase())


def s_title(space, args):
    return space.newstr(self_str(space, args, "title").title())


def s_capitalize(space, args):
    return space.newstr(self_str(space, args, "capitalize").capitalize())


def pred(space, args, fname, kind):
    s = self_str(space, args, fname)
    if s == "":
        return space.w_False
    if kind == 0:
        return space.newbool(s.isdigit())
    if kind == 1:
        return space.newbool(s.isalpha())
    if kind == 2:
        return space.newbool(s.isalnum())
    if kind == 3:
        return space.newbool(s.isspace())
    if kind == 4:
        return space.newbool(s.isupper())
    if kind == 5:
        return space.newbool(s.islower())
    if kind == 6:
        if not (s[0].isalpha() or s[0] == "_"):
            return space.w_False
        for c in s:
            if not (c.isalnum() or c == "_"):
                return space.w_False
        return space.w_True
    if kind == 7:
        prev_cased = False
        cased = False
        for c in s:
            if c.isupper():
                if prev_cased:
                    return space.w_False
                prev_cased = True
                cased = True
            elif c.islower():
                if not prev_cased:
                    return space.w_False
                prev_cased = True
                cased = True
            else:
                prev_cased = False
        return space.newbool(cased)
    if kind == 8:
        for c in s:
            if ord(c) >= 128:
                return space.w_False
        return space.w_True
    return space.w_False


def s_isdigit(space, args):
    return pred(space, args, "isdigit", 0)


def s_isalpha(space, args):
    return pred(space, args, "isalpha", 1)


def s_isalnum(space, args):
    return pred(space, args, "isalnum", 2)


def s_isspace(space, args):
    return pred(space, args, "isspace", 3)


def s_isupper(space, args):
    return pred(space, args, "isupper", 4)


def s_islower(space, args):
    return pred(space, args, "islower", 5)


def s_isidentifier(space, args):
    return pred(space, args, "isidentifier", 6)


def s_istitle(space, args):
    return pred(space, args, "istitle", 7)


def s_isascii(space, args):
    s = self_str(space, args, "isascii")
    if s == "":
        return space.w_True
    return pred(space, args, "isascii", 8)


def justify(space, args, fname, kind):
    s = self_str(space, args, fname)
    args_w = check_positional(space, rest(args), fname, 1, 2)
    width = space.int_w(args_w[0])
    fill = " "
    if len(args_w) == 2:
        fill = arg_str(space, args_w[1], fname)
        if len(fill) != 1:
            raise space.type_error("The fill character must be exactly one character long")
    n = width - len(s)
    if n <= 0:
        return space.newstr(s)
    if kind == 0:
        return space.newstr(s + fill * n)
    if kind == 1:
        return space.newstr(fill * n + s)
    left = n // 2 + (n & width & 1)
    return space.newstr(fill * left + s + fill * (n - left))


def s_ljust(space, args):
    return justify(space, args, "ljust", 0)


def s_rjust(space, args):
    return justify(space, args, "rjust", 1)


def s_center(space, args):
    return justify(space, args, "center", 2)


def s_zfill(space, args):
    s = self_str(space, args, "zfill")
    args_w = check_positional(space, rest(args), "zfill", 1, 1)
    width = space.int_w(args_w[0])
    n = width - len(s)
    if n <= 0:
        return space.newstr(s)
    if s.startswith("-") or s.startswith("+"):
        return space.newstr(s[0] + "0" * n + s[1:])
    return space.newstr("0" * n + s)


def s_format(space, args):
    s = self_str(space, args, "format")
    return space.newstr(strformat.format_method(space, s, args.args_w[1:], args.kw_names,
                                                args.kw_values_w))


def s_format_map(space, args):
    s = self_str(space, args, "format_map")
    args_w = check_positional(space, rest(args), "format_map", 1, 1)
    w_map = args_w[0]
    names = []
    values = []
    if isinstance(w_map, W_DictObject):
        for w_k in w_map.keys_w(space):
            names.append(space.str_w(w_k))
            values.append(w_map.getitem(space, w_k))
    return space.newstr(strformat.format_method(space, s, [], names, values))


def partition_impl(space, args, fname, reverse):
    s = self_str(space, args, fname)
    args_w = check_positional(space, rest(args), fname, 1, 1)
    sep = arg_str(space, args_w[0], fname)
    if sep == "":
        raise space.value_error("empty separator")
    if reverse:
        i = s.rfind(sep)
        if i < 0:
            return space.newtuple([space.newstr(""), space.newstr(""), space.newstr(s)])
    else:
        i = s.find(sep)
        if i < 0:
            return space.newtuple([space.newstr(s), space.newstr(""), space.newstr("")])
    return space.newtuple([space.newstr(s[:i]), space.newstr(sep),
                           space.newstr(s[i + len(sep):])])


def s_partition(space, args):
    return partition_impl(space, args, "partition", False)


def s_rpartition(space, args):
    return partition_impl(space, args, "rpartition", True)


def s_encode(space, args):
    s = self_str(space, args, "encode")
    return space.newbytes(rawio.encode_utf8(s))


def s_expandtabs(space, args):
    s = self_str(space, args, "expandtabs")
    a = parse_args(space, rest(args), "expandtabs", ["tabsize"], 0)
    size = 8
    if a[0] is not None:
        size = space.int_w(a[0])
    out = []
    col = 0
    for c in s:
        if c == "\t":
            if size > 0:
                n = size - col % size
                out.append(" " * n)
                col += n
        elif c == "\n" or c == "\r":
            out.append(c)
            col = 0
        else:
            out.append(c)
            col += 1
    return space.newstr("".join(out))


def s_removeprefix(space, args):
    s = self_str(space, args, "removeprefix")
    args_w = check_positional(space, rest(args), "removeprefix", 1, 1)
    p = arg_str(space, args_w[0], "removeprefix")
    if p != "" and s.startswith(p):
        return space.newstr(s[len(p):])
    return space.newstr(s)


def s_removesuffix(space, args):
    s = self_str(space, args, "removesuffix")
    args_w = check_positional(space, rest(args), "removesuffix", 1, 1)
    p = arg_str(space, args_w[0], "removesuffix")
    if p != "" and s.endswith(p):
        return space.newstr(s[:len(s) - len(p)])
    return space.newstr(s)


def s_maketrans(space, args):
    args_w = args.args_w
    w_d = space.newdict()
    if len(args_w) == 1 and isinstance(args_w[0], W_DictObject):
        for w_k in args_w[0].keys_w(space):
            w_v = args_w[0].getitem(space, w_k)
            if isinstance(w_k, W_StrObject):
                w_k = space.newint(ord(w_k.value[0]))
            w_d.setitem(space, w_k, w_v)
        return w_d
    if len(args_w) >= 2:
        a = space.text_w(args_w[0])
        b = space.text_w(args_w[1])
        if len(a) != len(b):
            raise space.value_error("the first two maketrans arguments must have equal length")
        for i in range(len(a)):
            w_d.setitem(space, space.newint(ord(a[i])), space.newint(ord(b[i])))
        if len(args_w) == 3:
            for c in space.text_w(args_w[2]):
                w_d.setitem(space, space.newint(ord(c)), space.w_None)
    return w_d


def s_translate(space, args):
    s = self_str(space, args, "translate")
    args_w = check_positional(space, rest(args), "translate", 1, 1)
    w_table = args_w[0]
    out = []
    for c in s:
        try:
            w_v = containers.getitem(space, w_table, space.newint(ord(c)))
        except OperationError as e:
            if e.match(space, space.w_LookupError):
                out.append(c)
                continue
            raise
        if space.is_none(w_v):
            continue
        if isinstance(w_v, W_IntObject):
            out.append(chr(w_v.intval))
        else:
            out.append(space.text_w(w_v))
    return space.newstr("".join(out))


def b_decode(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BytesObject)
    return space.newstr(rawio.decode_utf8(space, w_self.value))


def b_hex(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BytesObject)
    out = []
    for c in w_self.value:
        out.append(strformat.pad_hex(ord(c), 2))
    return space.newstr("".join(out))


STR_METHODS = [
    ("join", s_join), ("split", s_split), ("rsplit", s_rsplit), ("splitlines", s_splitlines),
    ("strip", s_strip), ("lstrip", s_lstrip), ("rstrip", s_rstrip),
    ("startswith", s_startswith), ("endswith", s_endswith), ("find", s_find),
    ("rfind", s_rfind), ("index", s_index), ("rindex", s_rindex), ("count", s_count),
    ("replace", s_replace), ("lower", s_lower), ("upper", s_upper), ("casefold", s_casefold),
    ("swapcase", s_swapcase), ("title", s_title), ("capitalize", s_capitalize),
    ("isdigit", s_isdigit), ("isdecimal", s_isdigit), ("isnumeric", s_isdigit),
    ("isalpha", s_isalpha), ("isalnum", s_isalnum), ("isspace", s_isspace),
    ("isupper", s_isupper), ("islower", s_islower), ("isidentifier", s_isidentifier),
    ("istitle", s_istitle), ("isascii", s_isascii), ("ljust", s_ljust), ("rjust", s_rjust),
    ("center", s_center), ("zfill", s_zfill), ("format", s_format),
    ("format_map", s_format_map), ("partition", s_partition), ("rpartition", s_rpartition),
    ("encode", s_encode), ("expandtabs", s_expandtabs), ("removeprefix", s_removeprefix),
    ("removesuffix", s_removesuffix), ("translate", s_translate),
]


def to_text_arg(space, w_x):
    if isinstance(w_x, W_BytesObject):
        return space.newstr(w_x.value)
    if isinstance(w_x, W_TupleObject):
        return space.newtuple([to_text_arg(space, w_y) for w_y in w_x.items])
    if isinstance(w_x, W_ListObject):
        return space.newlist([to_text_arg(space, w_y) for w_y in w_x.items])
    return w_x


def to_bytes_result(space, w_x):
    if isinstance(w_x, W_StrObject):
        return space.newbytes(w_x.value)
    if isinstance(w_x, W_TupleObject):
        return space.newtuple([to_bytes_result(space, w_y) for w_y in w_x.items])
    if isinstance(w_x, W_ListObject):
        return space.newlist([to_bytes_result(space, w_y) for w_y in w_x.items])
    return w_x


def make_bytes_method(str_func):
    """Init time: a bytes method running the str implementation on the byte values."""
    def bytes_method(space, args):
        if len(args.args_w) == 0 or not isinstance(args.args_w[0], W_BytesObject):
            raise space.type_error("descriptor requires a 'bytes' object")
        args_w = [to_text_arg(space, w_a) for w_a in args.args_w]
        if len(args_w) > 1 and str_func is s_join:
            args_w[1] = space.newlist([to_text_arg(space, w_y)
                                       for w_y in space.unpackiterable(args_w[1])])
        w_res = str_func(space, Arguments(args_w, args.kw_names, args.kw_values_w))
        return to_bytes_result(space, w_res)
    return bytes_method


BYTES_METHOD_NAMES = ["join", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip",
                      "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
                      "replace", "lower", "upper", "swapcase", "title", "capitalize",
                      "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
                      "ljust", "rjust", "center", "zfill", "partition", "rpartition",
                      "expandtabs", "removeprefix", "removesuffix"]
BYTES_METHODS = []
for _name, _func in STR_METHODS:
    if _name in BYTES_METHOD_NAMES:
        BYTES_METHODS.append((_name, make_bytes_method(_func)))


def install(space):
    d = space.w_str.dict_w
    for name, func in STR_METHODS:
        d[name] = space.newbuiltin(name, func)
    d["maketrans"] = W_StaticMethod(space.newbuiltin("maketrans", s_maketrans))
    bd = space.w_bytes.dict_w
    bd["decode"] = space.newbuiltin("decode", b_decode)
    bd["hex"] = space.newbuiltin("hex", b_hex)
    for name, func in BYTES_METHODS:
        bd[name] = space.newbuiltin(name, func)
