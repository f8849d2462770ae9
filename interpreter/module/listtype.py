"""Methods of list, tuple, dict, set, and the numeric types' few methods."""

from objspace.model import (W_Root, W_IntObject, W_FloatObject, W_StrObject, W_TupleObject,
                            W_ListObject, W_DictObject, W_SetObject, W_RangeObject,
                            W_ListSnapshotIter, W_DictView)
from objspace.function import (Arguments, W_ClassMethod, W_StaticMethod, W_BuiltinFunction,
                               FAST_LIST_APPEND, FAST_LIST_POP)
from objspace.error import OperationError
from objspace import ops, containers, strformat
from module.argparse_rt import parse_args, check_positional
from module import sorting
from objspace import rbigint as rb
from objspace.model import W_LongObject
from objspace.setstorage import SetStorage



def set_fastop(w_func, fastop):
    assert isinstance(w_func, W_BuiltinFunction)
    w_func.fastop = fastop

def rest(args):
    return Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)


def self_list(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_ListObject):
        raise space.type_error("descriptor requires a 'list' object")
    return w_self


def l_append(space, args):
    w_l = self_list(space, args)
    args_w = check_positional(space, rest(args), "list.append", 1, 1)
    w_l.items.append(args_w[0])
    return space.w_None


def l_extend(space, args):
    w_l = self_list(space, args)
    args_w = check_positional(space, rest(args), "list.extend", 1, 1)
    w_l.items.extend(space.unpackiterable(args_w[0]))
    return space.w_None


def l_insert(space, args):
    w_l = self_list(space, args)
    args_w = check_positional(space, rest(args), "insert", 2, 2)
    i = space.int_w(args_w[0])
    n = len(w_l.items)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_l.items.insert(i, args_w[1])
    return space.w_None


def l_pop(space, args):
    w_l = self_list(space, args)
    args_w = check_positional(space, rest(args), "pop", 0, 1)
    n = len(w_l.items)
    if n == 0:
        raise space.index_error("pop from empty list")
    i = n - 1
    if len(args_w) == 1:
        i = space.int_w(args_w[0])
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise space.index_error("pop index out of range")
    return w_l.items.pop(i)


def l_remove(space, args):
    w_l = self_list(space, args)
    args_w = check_positional(space, rest(args), "list.remove", 1, 1)
    for i in range(len(w_l.items)):
        if space.eq_w(w_l.items[i], args_w[0]):
            del w_l.items[i]
            return space.w_None
    raise space.value_error("list.remove(x): x not in list")


def seq_items(space, w_self):
    if isinstance(w_self, W_ListObject):
        return w_self.items
    if isinstance(w_self, W_TupleObject):
        return w_self.items
    raise space.type_error("descriptor requires a sequence")


def seq_index(space, args):
    items = seq_items(space, args.args_w[0])
    args_w = check_positional(space, rest(args), "index", 1, 3)
    start = 0
    end = len(items)
    if len(args_w) > 1:
        start = containers.slice_int(space, args_w[1])
        if start < 0:
            start = max(0, start + len(items))
    if len(args_w) > 2:
        end = containers.slice_int(space, args_w[2])
        if end < 0:
            end = max(0, end + len(items))
    for i in range(start, min(end, len(items))):
        if space.eq_w(items[i], args_w[0]):
            return space.newint(i)
    if isinstance(args.args_w[0], W_ListObject):
        raise space.value_error("%s is not in list" % space.repr_w(args_w[0]))
    raise space.value_error("tuple.index(x): x not in tuple")


def seq_count(space, args):
    items = seq_items(space, args.args_w[0])
    args_w = check_positional(space, rest(args), "count", 1, 1)
    n = 0
    for w_x in items:
        if space.eq_w(w_x, args_w[0]):
            n += 1
    return space.newint(n)


def l_reverse(space, args):
    w_l = self_list(space, args)
    w_l.items.reverse()
    return space.w_None


def l_sort(space, args):
    w_l = self_list(space, args)
    if len(args.args_w) > 1:
        raise space.type_error("sort() takes no positional arguments")
    a = parse_args(space, rest(args), "sort", ["*key", "*reverse"], 0)
    reverse = a[1] is not None and space.is_true(a[1])
    items = w_l.items
    w_l.items = []
    try:
        result = sorting.sort_items(space, items, a[0], reverse)
    finally:
        modified = len(w_l.items) > 0
    if modified:
        w_l.items = items
        raise space.value_error("list modified during sort")
    w_l.items = result
    return space.w_None


def l_clear(space, args):
    w_l = self_list(space, args)
    del w_l.items[:]
    return space.w_None


def l_copy(space, args):
    w_l = self_list(space, args)
    return space.newlist(list(w_l.items))


# ---- dict ----------------------------------------------------------------------------------

def self_dict(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_DictObject):
        raise space.type_error("descriptor requires a 'dict' object")
    return w_self


def dict_method_args(space, args, fname, nmin, nmax):
    """The number of positional arguments after self, checked as check_positional does
    (which raises the error) without copying them into a new Arguments."""
    n = len(args.args_w) - 1
    if len(args.kw_names) > 0 or n < nmin or n > nmax:
        check_positional(space, rest(args), fname, nmin, nmax)
    return n


def d_get(space, args):
    w_d = self_dict(space, args)
    n = dict_method_args(space, args, "get", 1, 2)
    w_v = w_d.getitem(space, args.args_w[1])
    if w_v is None:
        if n == 2:
            return args.args_w[2]
        return space.w_None
    return w_v


def d_setdefault(space, args):
    w_d = self_dict(space, args)
    n = dict_method_args(space, args, "setdefault", 1, 2)
    w_k = args.args_w[1]
    w_v = w_d.getitem(space, w_k)
    if w_v is None:
        w_v = space.w_None
        if n == 2:
            w_v = args.args_w[2]
        w_d.setitem(space, w_k, w_v)
    return w_v


def d_pop(space, args):
    w_d = self_dict(space, args)
    n = dict_method_args(space, args, "pop", 1, 2)
    w_k = args.args_w[1]
    w_v = w_d.getitem(space, w_k)
    if w_v is None:
        if n == 2:
            return args.args_w[2]
        raise space.key_error(w_k)
    w_d.delitem(space, w_k)
    return w_v


def d_popitem(space, args):
    w_d = self_dict(space, args)
    keys = w_d.keys_w(space)
    if len(keys) == 0:
        raise space.error(space.w_KeyError, "popitem(): dictionary is empty")
    w_k = keys[-1]
    w_v = w_d.getitem(space, w_k)
    w_d.delitem(space, w_k)
    return space.newtuple([w_k, w_v])


def d_keys(space, args):
    w_d = self_dict(space, args)
    return W_DictView(w_d, 0)


def d_values(space, args):
    w_d = self_dict(space, args)
    return W_DictView(w_d, 1)


def d_items(space, args):
    w_d = self_dict(space, args)
    return W_DictView(w_d, 2)


def d_update(space, args):
    w_d = self_dict(space, args)
    args_w = args.args_w[1:]
    if len(args_w) > 1:
        raise space.type_error("update expected at most 1 argument, got %d" % len(args_w))
    if len(args_w) == 1:
        containers.dict_update(space, w_d, args_w[0])
    for i in range(len(args.kw_names)):
        w_d.setitem_str(args.kw_names[i], args.kw_values_w[i])
    return space.w_None


def d_clear(space, args):
    w_d = self_dict(space, args)
    w_d.clear()
    return space.w_None


def d_copy(space, args):
    w_d = self_dict(space, args)
    w_new = space.newdict()
    containers.dict_update(space, w_new, w_d)
    return w_new


def d_fromkeys(space, args):
    args_w = check_positional(space, args, "fromkeys", 2, 3)
    w_new = space.newdict()
    w_v = space.w_None
    if len(args_w) == 3:
        w_v = args_w[2]
    for w_k in space.unpackiterable(args_w[1]):
        w_new.setitem(space, w_k, w_v)
    return w_new


# ---- set -----------------------------------------------------------------------------------

def self_set(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_SetObject):
        raise space.type_error("descriptor requires a 'set' object")
    return w_self


def st_add(space, args):
    w_s = self_set(space, args)
    args_w = check_positional(space, rest(args), "add", 1, 1)
    space.hash_w(args_w[0])
    w_s.add(space, args_w[0])
    return space.w_None


def st_remove(space, args):
    w_s = self_set(space, args)
    args_w = check_positional(space, rest(args), "remove", 1, 1)
    if not w_s.data.remove(space, args_w[0], space.hash_w(args_w[0])):
        raise space.key_error(args_w[0])
    return space.w_None


def st_discard(space, args):
    w_s = self_set(space, args)
    args_w = check_positional(space, rest(args), "discard", 1, 1)
    w_s.data.remove(space, args_w[0], space.hash_w(args_w[0]))
    return space.w_None


def st_pop(space, args):
    w_s = self_set(space, args)
    items = w_s.items_w()
    if len(items) == 0:
        raise space.error(space.w_KeyError, "pop from an empty set")
    w_x = items[0]
    w_s.data.remove(space, w_x, space.hash_w(w_x))
    return w_x


def st_clear(space, args):
    w_s = self_set(space, args)
    w_s.data = SetStorage()
    return space.w_None


def st_copy(space, args):
    w_s = self_set(space, args)
    w_new = W_SetObject(w_s.frozen)
    for w_x in w_s.items_w():
        w_new.add(space, w_x)
    return w_new


def st_update(space, args):
    w_s = self_set(space, args)
    for w_other in args.args_w[1:]:
        for w_x in space.unpackiterable(w_other):
            space.hash_w(w_x)
            w_s.add(space, w_x)
    return space.w_None


def set_algebra(space, args, op, fname):
    w_s = self_set(space, args)
    w_res = w_s
    for w_other in args.args_w[1:]:
        if not isinstance(w_other, W_SetObject):
            w_other = containers.set_from(space, w_other, False)
        w_res = containers.set_binop(space, op, w_res, w_other)
    if w_res is w_s:
        w_res = containers.set_binop(space, 9, w_s, W_SetObject(False))
    return w_res


def st_union(space, args):
    return set_algebra(space, args, 9, "union")


def st_intersection(space, args):
    return set_algebra(space, args, 11, "intersection")


def st_difference(space, args):
    return set_algebra(space, args, 1, "difference")


def st_symmetric_difference(space, args):
    return set_algebra(space, args, 10, "symmetric_difference")


def inplace_algebra(space, args, op):
    w_s = self_set(space, args)
    w_res = set_algebra(space, args, op, "update")
    assert isinstance(w_res, W_SetObject)
    w_s.data = w_res.data
    return space.w_None


def st_intersection_update(space, args):
    return inplace_algebra(space, args, 11)


def st_difference_update(space, args):
    return inplace_algebra(space, args, 1)


def st_symmetric_difference_update(space, args):
    return inplace_algebra(space, args, 10)


def other_set(space, w_other):
    if isinstance(w_other, W_SetObject):
        return w_other
    return containers.set_from(space, w_other, False)


def st_issubset(space, args):
    w_s = self_set(space, args)
    args_w = check_positional(space, rest(args), "issubset", 1, 1)
    return space.newbool(containers.is_subset(space, w_s, other_set(space, args_w[0])))


def st_issuperset(space, args):
    w_s = self_set(space, args)
    args_w = check_positional(space, rest(args), "issuperset", 1, 1)
    return space.newbool(containers.is_subset(space, other_set(space, args_w[0]), w_s))


def st_isdisjoint(space, args):
    w_s = self_set(space, args)
    args_w = check_positional(space, rest(args), "isdisjoint", 1, 1)
    w_o = other_set(space, args_w[0])
    for w_x in w_s.items_w():
        if w_o.contains(space, w_x):
            return space.w_False
    return space.w_True


# ---- numbers -------------------------------------------------------------------------------

def int_bit_length(space, args):
    w_x = args.args_w[0]
    if isinstance(w_x, W_LongObject):
        return space.newint(len(rb.to_base(w_x.bigint, 2, False)))
    v = space.int_w(w_x)
    if v < 0:
        v = -v
    n = 0
    while v > 0:
        v >>= 1
        n += 1
    return space.newint(n)


def int_bit_count(space, args):
    w_x = args.args_w[0]
    if isinstance(w_x, W_LongObject):
        return space.newint(rb.to_base(w_x.bigint, 2, False).count("1"))
    v = space.int_w(w_x)
    if v < 0:
        v = -v
    n = 0
    while v > 0:
        n += v & 1
        v >>= 1
    return space.newint(n)


def int_to_bytes_unsupported(space, args):
    raise space.type_error("int.to_bytes is not supported yet")


def float_is_integer(space, args):
    f = space.float_w(args.args_w[0])
    return space.newbool(f == f and f - f == 0.0 and float(int(f)) == f)


def float_as_integer_ratio(space, args):
    f = space.float_w(args.args_w[0])
    if f != f or f - f != 0.0:
        raise space.value_error("cannot convert to integer ratio")
    den = 1
    while float(int(f)) != f:
        f *= 2.0
        den *= 2
    return space.newtuple([space.newint(int(f)), space.newint(den)])


def float_hex_unsupported(space, args):
    raise space.type_error("float.hex is not supported yet")


def int_conjugate(space, args):
    return args.args_w[0]


def range_index(space, args):
    w_r = args.args_w[0]
    assert isinstance(w_r, W_RangeObject)
    args_w = check_positional(space, rest(args), "index", 1, 1)
    if containers.contains(space, w_r, args_w[0]):
        return space.newint((space.int_w(args_w[0]) - w_r.start) // w_r.step)
    raise space.value_error("%s is not in range" % space.repr_w(args_w[0]))


def range_count(space, args):
    w_r = args.args_w[0]
    args_w = check_positional(space, rest(args), "count", 1, 1)
    return space.newint(1 if containers.contains(space, w_r, args_w[0]) else 0)


def l_init(space, args):
    w_l = self_list(space, args)
    args_w = check_positional(space, rest(args), "list", 0, 1)
    del w_l.items[:]
    if len(args_w) == 1:
        w_l.items.extend(space.unpackiterable(args_w[0]))
    return space.w_None


def d_init(space, args):
    w_d = self_dict(space, args)
    d_update(space, args)
    return space.w_None


def st_init(space, args):
    w_s = self_set(space, args)
    if w_s.frozen:
        return space.w_None
    w_s.data = SetStorage()
    return st_update(space, args)


def dunder_len(space, args):
    args_w = check_positional(space, args, "__len__", 1, 1)
    return space.newint(space.len_w(args_w[0]))


def dunder_getitem(space, args):
    args_w = check_positional(space, args, "__getitem__", 2, 2)
    return containers.getitem(space, args_w[0], args_w[1])


def dunder_contains(space, args):
    args_w = check_positional(space, args, "__contains__", 2, 2)
    return space.newbool(containers.contains(space, args_w[0], args_w[1]))


def dunder_iter(space, args):
    args_w = check_positional(space, args, "__iter__", 1, 1)
    return space.iter(args_w[0])


def install(space):
    for w_t in [space.w_list, space.w_tuple, space.w_dict, space.w_str, space.w_set,
                space.w_frozenset, space.w_range, space.w_bytes]:
        w_t.dict_w["__len__"] = space.newbuiltin("__len__", dunder_len)
        w_t.dict_w["__getitem__"] = space.newbuiltin("__getitem__", dunder_getitem)
        w_t.dict_w["__contains__"] = space.newbuiltin("__contains__", dunder_contains)
        w_t.dict_w["__iter__"] = space.newbuiltin("__iter__", dunder_iter)
    space.w_set.dict_w.pop("__getitem__")
    space.w_frozenset.dict_w.pop("__getitem__")
    space.w_list.dict_w["__init__"] = space.newbuiltin("__init__", l_init)
    space.w_dict.dict_w["__init__"] = space.newbuiltin("__init__", d_init)
    space.w_set.dict_w["__init__"] = space.newbuiltin("__init__", st_init)
    ld = space.w_list.dict_w
    for name, func in [("append", l_append), ("extend", l_extend), ("insert", l_insert),
                       ("pop", l_pop), ("remove", l_remove), ("index", seq_index),
                       ("count", seq_count), ("reverse", l_reverse), ("sort", l_sort),
                       ("clear", l_clear), ("copy", l_copy)]:
        ld[name] = space.newbuiltin(name, func)
    set_fastop(ld["append"], FAST_LIST_APPEND)
    set_fastop(ld["pop"], FAST_LIST_POP)
    td = space.w_tuple.dict_w
    td["index"] = space.newbuiltin("index", seq_index)
    td["count"] = space.newbuiltin("count", seq_count)
    dd = space.w_dict.dict_w
    for name, func in [("get", d_get), ("setdefault", d_setdefault), ("pop", d_pop),
                       ("popitem", d_popitem), ("keys", d_keys), ("values", d_values),
                       ("items", d_items), ("update", d_update), ("clear", d_clear),
                       ("copy", d_copy)]:
        dd[name] = space.newbuiltin(name, func)
    dd["fromkeys"] = W_ClassMethod(space.newbuiltin("fromkeys", d_fromkeys))
    for w_t in [space.w_set, space.w_frozenset]:
        sd = w_t.dict_w
        for name, func in [("copy", st_copy), ("union", st_union),
                           ("intersection", st_intersection), ("difference", st_difference),
                           ("symmetric_difference", st_symmetric_difference),
                           ("issubset", st_issubset), ("issuperset", st_issuperset),
                           ("isdisjoint", st_isdisjoint)]:
            sd[name] = space.newbuiltin(name, func)
    sd = space.w_set.dict_w
    for name, func in [("add", st_add), ("remove", st_remove), ("discard", st_discard),
                       ("pop", st_pop), ("clear", st_clear), ("update", st_update),
                       ("intersection_update", st_intersection_update),
                       ("difference_update", st_difference_update),
                       ("symmetric_difference_update", st_symmetric_difference_update)]:
        sd[name] = space.newbuiltin(name, func)
    idict = space.w_int.dict_w
    idict["bit_length"] = space.newbuiltin("bit_length", int_bit_length)
    idict["bit_count"] = space.newbuiltin("bit_count", int_bit_count)
    idict["conjugate"] = space.newbuiltin("conjugate", int_conjugate)
    fd = space.w_float.dict_w
    fd["is_integer"] = space.newbuiltin("is_integer", float_is_integer)
    fd["as_integer_ratio"] = space.newbuiltin("as_integer_ratio", float_as_integer_ratio)
    rd = space.w_range.dict_w
    rd["index"] = space.newbuiltin("index", range_index)
    rd["count"] = space.newbuiltin("count", range_count)
