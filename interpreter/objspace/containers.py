"""Container operations: subscription (items and slices), `in`, and the set/dict algebra."""

from objspace.model import (W_Root, W_IntObject, W_BoolObject, W_FloatObject, W_StrObject,
                            W_BytesObject, W_TupleObject, W_ListObject, W_DictObject,
                            W_SetObject, W_SliceObject, W_RangeObject, W_DictView)
from objspace.typeobject import W_TypeObject, W_GenericAlias
from objspace.function import W_BuiltinFunction
from objspace.model import W_LongObject
from objspace.error import OperationError

GENERIC_BUILTINS = ["list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "zip",
                    "map", "filter", "reversed", "range", "slice"]

OR = 9
XOR = 10
AND = 11
SUB = 1


# ---- indexes and slices --------------------------------------------------------------------

def index_of(space, w_index, length, what):
    if isinstance(w_index, W_IntObject):
        i = w_index.intval
    elif isinstance(w_index, W_LongObject):
        raise space.index_error("cannot fit 'int' into an index-sized integer")
    else:
        w_idx = space.lookup_special(w_index, "__index__")
        if w_idx is None:
            if what == "str":
                raise space.type_error("string indices must be integers, not '%s'" %
                                       space.type_name(w_index))
            raise space.type_error("%s indices must be integers or slices, not %s" %
                                   (what, space.type_name(w_index)))
        i = space.int_w(w_index)
    if i < 0:
        i += length
    if i < 0 or i >= length:
        if what == "str":
            raise space.index_error("string index out of range")
        raise space.index_error("%s index out of range" % what)
    return i


def slice_indices(space, w_slice, length):
    """(start, stop, step, slicelength) like PySlice_GetIndicesEx."""
    if space.is_none(w_slice.w_step):
        step = 1
    else:
        step = slice_int(space, w_slice.w_step)
        if step == 0:
            raise space.value_error("slice step cannot be zero")
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if space.is_none(w_slice.w_start):
        if step < 0:
            start = upper
        else:
            start = lower
    else:
        start = slice_int(space, w_slice.w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if space.is_none(w_slice.w_stop):
        if step < 0:
            stop = lower
        else:
            stop = upper
    else:
        stop = slice_int(space, w_slice.w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    if step > 0:
        if stop > start:
            n = (stop - start - 1) // step + 1
        else:
            n = 0
    else:
        if start > stop:
            n = (start - stop - 1) // (-step) + 1
        else:
            n = 0
    return start, stop, step, n


def slice_int(space, w_x):
    if isinstance(w_x, W_IntObject):
        return w_x.intval
    if isinstance(w_x, W_LongObject):
        # CPython clamps huge slice bounds
        if w_x.bigint.sign < 0:
            return -9223372036854775807
        return 9223372036854775807
    w_idx = space.lookup_special(w_x, "__index__")
    if w_idx is not None:
        return space.int_w(w_x)
    raise space.type_error("slice indices must be integers or None or have an __index__ "
                           "method")


def slice_items(space, items, w_slice):
    start, stop, step, n = slice_indices(space, w_slice, len(items))
    if step == 1:
        return items[start:start + n]
    result = []
    i = start
    for k in range(n):
        result.append(items[i])
        i += step
    return result


def slice_str(space, s, w_slice):
    # s[a:b] with int or omitted bounds (nearly every slice): the string slice clamps as
    # Python does, and no (start, stop, step, n) tuple is made
    if space.is_none(w_slice.w_step):
        w_start = w_slice.w_start
        w_stop = w_slice.w_stop
        start_none = space.is_none(w_start)
        stop_none = space.is_none(w_stop)
        if (start_none or isinstance(w_start, W_IntObject)) and \
                (stop_none or isinstance(w_stop, W_IntObject)):
            n = len(s)
            lo = 0
            if not start_none:
                assert isinstance(w_start, W_IntObject)
                lo = w_start.intval
            hi = n
            if not stop_none:
                assert isinstance(w_stop, W_IntObject)
                hi = w_stop.intval
            # clamped here already: the translated slice takes the smallest int for "omitted"
            if lo < -n:
                lo = 0
            if hi < -n:
                hi = 0
            return s[lo:hi]
    start, stop, step, n = slice_indices(space, w_slice, len(s))
    if step == 1 or n <= 1:
        return s[start:start + n]      # n <= 1: start + step could overflow (a huge step)
    # the runtime copies a stepped slice directly; the bounds are normalised already, so
    # only a slice that runs down to index 0 needs an open end (-1 would mean the last item)
    stop = start + n * step
    if stop < 0:
        return s[start::step]
    return s[start:stop:step]


def user_method(space, w_obj, name):
    w_type = space.type(w_obj)
    if not w_type.is_heaptype:
        return None
    w_m = w_type.lookup(name)
    if w_m is None or isinstance(w_m, W_BuiltinFunction):
        return None
    return w_m


def getitem(space, w_obj, w_index):
    w_m = user_method(space, w_obj, "__getitem__")
    if w_m is not None:
        return space.call_function(w_m, [w_obj, w_index])
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_SliceObject):
            return space.newlist(slice_items(space, w_obj.items, w_index))
        return w_obj.items[index_of(space, w_index, len(w_obj.items), "list")]
    if isinstance(w_obj, W_DictObject):
        w_value = w_obj.getitem(space, w_index)
        if w_value is None:
            w_missing = user_method(space, w_obj, "__missing__")
            if w_missing is not None:
                return space.call_function(w_missing, [w_obj, w_index])
            raise space.key_error(w_index)
        return w_value
    if isinstance(w_obj, W_TupleObject):
        if isinstance(w_index, W_SliceObject):
            return space.newtuple(slice_items(space, w_obj.items, w_index))
        return w_obj.items[index_of(space, w_index, len(w_obj.items), "tuple")]
    if isinstance(w_obj, W_StrObject):
        if isinstance(w_index, W_SliceObject):
            return space.newstr(slice_str(space, w_obj.value, w_index))
        return space.newstr(w_obj.value[index_of(space, w_index, len(w_obj.value), "str")])
    if isinstance(w_obj, W_BytesObject):
        if isinstance(w_index, W_SliceObject):
            return space.newbytes(slice_str(space, w_obj.value, w_index))
        return space.newint(ord(w_obj.value[index_of(space, w_index, len(w_obj.value),
                                                     "index")]))
    if isinstance(w_obj, W_RangeObject):
        if isinstance(w_index, W_SliceObject):
            start, stop, step, n = slice_indices(space, w_index, w_obj.length())
            return W_RangeObject(w_obj.start + start * w_obj.step,
                                 w_obj.start + (start + n * step) * w_obj.step,
                                 step * w_obj.step)
        i = index_of(space, w_index, w_obj.length(), "range object")
        return space.newint(w_obj.start + i * w_obj.step)
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        w_getitem = w_type.lookup("__getitem__")
        if w_getitem is not None:
            return space.call_function(w_getitem, [w_obj, w_index])
    if isinstance(w_obj, W_TypeObject):
        w_cgi = w_obj.lookup("__class_getitem__")
        if w_cgi is not None:
            return space.call_function(space.get_from_class(w_cgi, w_obj), [w_index])
        if not w_obj.is_heaptype and w_obj.name in GENERIC_BUILTINS:
            if isinstance(w_index, W_TupleObject):
                args_w = list(w_index.items)
            else:
                args_w = [w_index]
            return W_GenericAlias(w_obj, args_w)
        raise space.type_error("type '%s' is not subscriptable" % w_obj.name)
    raise space.type_error("'%s' object is not subscriptable" % space.type_name(w_obj))


def setitem(space, w_obj, w_index, w_value):
    w_m = user_method(space, w_obj, "__setitem__")
    if w_m is not None:
        space.call_function(w_m, [w_obj, w_index, w_value])
        return
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_SliceObject):
            set_list_slice(space, w_obj, w_index, w_value)
            return
        w_obj.items[index_of(space, w_index, len(w_obj.items), "list assignment")] = w_value
        return
    if isinstance(w_obj, W_DictObject):
        w_obj.setitem(space, w_index, w_value)
        return
    w_setitem = space.lookup_special(w_obj, "__setitem__")
    if w_setitem is not None:
        space.call_function(w_setitem, [w_obj, w_index, w_value])
        return
    raise space.type_error("'%s' object does not support item assignment" %
                           space.type_name(w_obj))


def set_list_slice(space, w_list, w_slice, w_value):
    items = w_list.items
    try:
        new_items = space.unpackiterable(w_value)
    except OperationError as e:
        if e.match(space, space.w_TypeError):
            raise space.type_error("can only assign an iterable")
        raise
    start, stop, step, n = slice_indices(space, w_slice, len(items))
    if step == 1:
        if stop < start:
            stop = start
        w_list.items = items[:start] + new_items + items[stop:]
        return
    if len(new_items) != n:
        raise space.value_error("attempt to assign sequence of size %d to extended slice of "
                                "size %d" % (len(new_items), n))
    i = start
    for k in range(n):
        items[i] = new_items[k]
        i += step


def delitem(space, w_obj, w_index):
    w_m = user_method(space, w_obj, "__delitem__")
    if w_m is not None:
        space.call_function(w_m, [w_obj, w_index])
        return
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_SliceObject):
            start, stop, step, n = slice_indices(space, w_index, len(w_obj.items))
            if step == 1:
                del w_obj.items[start:start + n]
            else:
                doomed = {}
                i = start
                for k in range(n):
                    doomed[i] = True
                    i += step
                keep = []
                for k in range(len(w_obj.items)):
                    if k not in doomed:
                        keep.append(w_obj.items[k])
                w_obj.items = keep
            return
        i = index_of(space, w_index, len(w_obj.items), "list assignment")
        del w_obj.items[i]
        return
    if isinstance(w_obj, W_DictObject):
        if not w_obj.delitem(space, w_index):
            raise space.key_error(w_index)
        return
    w_delitem = space.lookup_special(w_obj, "__delitem__")
    if w_delitem is not None:
        space.call_function(w_delitem, [w_obj, w_index])
        return
    raise space.type_error("'%s' object doesn't support item deletion" %
                           space.type_name(w_obj))


# ---- membership ----------------------------------------------------------------------------

def contains(space, w_container, w_item):
    w_m = user_method(space, w_container, "__contains__")
    if w_m is not None:
        return space.is_true(space.call_function(w_m, [w_container, w_item]))
    if isinstance(w_container, W_ListObject) or isinstance(w_container, W_TupleObject):
        if isinstance(w_container, W_ListObject):
            items = w_container.items
        else:
            assert isinstance(w_container, W_TupleObject)
            items = w_container.items
        for w_x in items:
            if w_x is w_item or space.eq_w(w_x, w_item):
                return True
        return False
    if isinstance(w_container, W_DictObject):
        return w_container.getitem(space, w_item) is not None
    if isinstance(w_container, W_DictView):
        if w_container.kind == 0:
            return w_container.w_dict.getitem(space, w_item) is not None
        for w_x in w_container.items_w(space):
            if space.eq_w(w_x, w_item):
                return True
        return False
    if isinstance(w_container, W_SetObject):
        space.hash_w(w_item)
        return w_container.contains(space, w_item)
    if isinstance(w_container, W_StrObject):
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("'in <string>' requires string as left operand, not %s" %
                                   space.type_name(w_item))
        return w_item.value in w_container.value
    if isinstance(w_container, W_BytesObject):
        if isinstance(w_item, W_IntObject):
            return chr(w_item.intval) in w_container.value
        if isinstance(w_item, W_BytesObject):
            return w_item.value in w_container.value
        raise space.type_error("a bytes-like object is required, not '%s'" %
                               space.type_name(w_item))
    if isinstance(w_container, W_RangeObject):
        if isinstance(w_item, W_IntObject):
            v = w_item.intval
            r = w_container
            if r.step > 0:
                if v < r.start or v >= r.stop:
                    return False
            else:
                if v > r.start or v <= r.stop:
                    return False
            return (v - r.start) % r.step == 0
    w_contains = space.lookup_special(w_container, "__contains__")
    if w_contains is not None:
        return space.is_true(space.call_function(w_contains, [w_container, w_item]))
    w_iter = space.iter(w_container)
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            return False
        if w_x is w_item or space.eq_w(w_x, w_item):
            return True


# ---- dicts and sets ------------------------------------------------------------------------

def dict_eq(space, w_a, w_b):
    if w_a.length() != w_b.length():
        return False
    for w_k in w_a.keys_w(space):
        w_va = w_a.getitem(space, w_k)
        w_vb = w_b.getitem(space, w_k)
        if w_va is None or w_vb is None:
            return False
        if w_va is not w_vb and not space.eq_w(w_va, w_vb):
            return False
    return True


def dict_update(space, w_dict, w_other):
    if isinstance(w_other, W_DictObject):
        keys = w_other.str_keys()
        if keys is not None:
            for key in keys:
                w_dict.setitem_str(key, w_other.getitem_str(key))
            return
        for w_k in w_other.keys_w(space):
            w_v = w_other.getitem(space, w_k)
            if w_v is not None:
                w_dict.setitem(space, w_k, w_v)
        return
    w_keys = space.findattr(w_other, "keys")
    if w_keys is not None:
        for w_k in space.unpackiterable(space.call_function(w_keys, [])):
            w_dict.setitem(space, w_k, getitem(space, w_other, w_k))
        return
    for w_pair in space.unpackiterable(w_other):
        items = space.unpackiterable(w_pair)
        if len(items) != 2:
            raise space.value_error("dictionary update sequence element has length %d; 2 is "
                                    "required" % len(items))
        w_dict.setitem(space, items[0], items[1])


def range_eq(w_a, w_b):
    na = w_a.length()
    if na != w_b.length():
        return False
    if na == 0:
        return True
    if w_a.start != w_b.start:
        return False
    return na == 1 or w_a.step == w_b.step


def set_from(space, w_iterable, frozen):
    w_set = W_SetObject(frozen)
    for w_x in space.unpackiterable(w_iterable):
        space.hash_w(w_x)
        w_set.add(space, w_x)
    return w_set


def set_binop(space, op, w_a, w_b):
    if isinstance(w_a, W_DictView) and w_a.kind != 1:
        w_a = set_from(space, w_a, False)
    if isinstance(w_b, W_DictView) and w_b.kind != 1:
        w_b = set_from(space, w_b, False)
    if not (isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject)):
        if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject) and op == OR:
            w_res = space.newdict()
            dict_update(space, w_res, w_a)
            dict_update(space, w_res, w_b)
            return w_res
        return None
    w_res = W_SetObject(w_a.frozen)
    if op == OR:
        for w_x in w_a.items_w():
            w_res.add(space, w_x)
        for w_x in w_b.items_w():
            w_res.add(space, w_x)
        return w_res
    if op == AND:
        for w_x in w_a.items_w():
            if w_b.contains(space, w_x):
                w_res.add(space, w_x)
        return w_res
    if op == SUB:
        for w_x in w_a.items_w():
            if not w_b.contains(space, w_x):
                w_res.add(space, w_x)
        return w_res
    if op == XOR:
        for w_x in w_a.items_w():
            if not w_b.contains(space, w_x):
                w_res.add(space, w_x)
        for w_x in w_b.items_w():
            if not w_a.contains(space, w_x):
                w_res.add(space, w_x)
        return w_res
    return None


def set_inplace(space, op, w_a, w_b):
    if not isinstance(w_b, W_SetObject):
        return None
    w_res = set_binop(space, op, w_a, w_b)
    if w_res is None:
        return None
    assert isinstance(w_res, W_SetObject)
    w_a.data = w_res.data
    return w_a


def set_compare(space, w_a, w_b, op):
    na = w_a.data.length()
    nb = w_b.data.length()
    if op == 0 or op == 1:
        eq = na == nb and is_subset(space, w_a, w_b)
        return eq == (op == 0)
    if op == 2:
        return na < nb and is_subset(space, w_a, w_b)
    if op == 3:
        return is_subset(space, w_a, w_b)
    if op == 4:
        return na > nb and is_subset(space, w_b, w_a)
    return is_subset(space, w_b, w_a)


def is_subset(space, w_a, w_b):
    for w_x in w_a.items_w():
        if not w_b.contains(space, w_x):
            return False
    return True
