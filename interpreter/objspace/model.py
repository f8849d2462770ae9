"""The object model: W_Root and the built-in value classes (None, bool, int, float, str, bytes,
tuple, list, dict, set, slice, range, cell, iterators).

Every Python object the interpreter handles is an instance of a W_Root subclass ("wrapped").
Operations on them live in the object space (space.py, ops.py); the classes here hold the data
and a few polymorphic methods (`gettype`, `next_w`, `getdictvalue`).
"""

from rlib.objectmodel import r_dict, compute_hash
from objspace.error import OperationError
from objspace.setstorage import SetStorage
from objspace.holder import holder_instance as holder


class W_Root(object):
    _attrs_ = []

    def gettype(self, space):
        return space.w_object

    def getdictvalue(self, space, name):
        return None

    def setdictvalue(self, space, name, w_value):
        return False

    def deldictvalue(self, space, name):
        return False

    def next_w(self, space):
        """Iterator protocol: the next item, or None when exhausted."""
        raise space.type_error("'%s' object is not an iterator" % space.type_name(self))


class W_NoneObject(W_Root):
    def gettype(self, space):
        return space.w_NoneType


class W_NotImplementedObject(W_Root):
    def gettype(self, space):
        return space.w_NotImplementedType


class W_EllipsisObject(W_Root):
    def gettype(self, space):
        return space.w_ellipsis


class W_IntObject(W_Root):
    _immutable_fields_ = ["intval"]

    def __init__(self, intval):
        self.intval = intval

    def gettype(self, space):
        return space.w_int


class W_BoolObject(W_IntObject):
    def gettype(self, space):
        return space.w_bool


class W_FloatObject(W_Root):
    _immutable_fields_ = ["floatval"]

    def __init__(self, floatval):
        self.floatval = floatval

    def gettype(self, space):
        return space.w_float


class W_ComplexObject(W_Root):
    def __init__(self, real, imag):
        self.real = real
        self.imag = imag

    def gettype(self, space):
        return space.w_complex


class W_StrObject(W_Root):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def gettype(self, space):
        return space.w_str


class W_BytesObject(W_Root):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value     # a str whose characters are all < 256

    def gettype(self, space):
        return space.w_bytes


class W_TupleObject(W_Root):
    _immutable_fields_ = ["items[*]"]

    def __init__(self, items):
        self.items = items

    def gettype(self, space):
        return space.w_tuple


class W_ListObject(W_Root):
    def __init__(self, items):
        self.items = items

    def gettype(self, space):
        return space.w_list


def _key_eq(w_a, w_b):
    return holder.space.eq_w(w_a, w_b)


def _key_hash(w_a):
    return holder.space.hash_w(w_a)


def new_rdict():
    return r_dict(_key_eq, _key_hash)


class DictVersions(object):
    """The source of dict versions (a prebuilt instance: its counter is the mutable state)."""

    def __init__(self):
        self.last = 0


DICT_VERSIONS = DictVersions()


def new_dict_version():
    v = DICT_VERSIONS.last + 1
    DICT_VERSIONS.last = v
    return v


class GlobalCell(object):
    """The current value of one key of a dict, for LOAD_GLOBAL's inline caches."""

    def __init__(self, w_value):
        self.w_value = w_value


class W_DictObject(W_Root):
    """Insertion-ordered dict with two storage strategies: all keys exact str (an RPython dict
    keyed by the text), or generic (an r_dict using Python equality and hashing).

    For LOAD_GLOBAL's inline caches (interp/inlinecache.py), a dict has a `version`, unique
    among all dicts, renewed whenever a key may have been added or removed, and `cells`: for
    the keys the caches asked about, a GlobalCell kept equal to the key's value. A cache that
    saw the current version can read the value from its cell, even after stores."""

    def __init__(self):
        self.strdict = {}
        self.rdict = None
        self.version = new_dict_version()
        self.cells = None       # str -> GlobalCell, made by cell_for

    def gettype(self, space):
        return space.w_dict

    def changed(self):
        self.version = new_dict_version()

    def forget_cells(self):
        """Keys went away (or the storage changed): every cache must look again."""
        self.cells = None
        self.changed()

    def storing_str(self, key, w_value):
        """Before `self[key] = w_value` (a str key). Without cells nobody relies on the
        version: renew it. With cells, only a new key changes the version, and a key with a
        cell gets the value in its cell."""
        if self.cells is None:
            self.changed()
            return
        cell = self.cells.get(key, None)
        if cell is not None:
            cell.w_value = w_value
        elif self.getitem_str(key) is None:
            self.changed()

    def cell_for(self, key, w_value):
        """The cell of an existing key whose value is w_value."""
        if self.cells is None:
            self.cells = {}
        cell = self.cells.get(key, None)
        if cell is None:
            cell = GlobalCell(w_value)
            self.cells[key] = cell
        return cell

    def switch_to_generic(self, space):
        rd = new_rdict()
        for key, w_value in self.strdict.items():
            rd[space.newstr(key)] = w_value
        self.rdict = rd
        self.strdict = {}
        self.forget_cells()

    def length(self):
        if self.rdict is not None:
            return len(self.rdict)
        return len(self.strdict)

    def getitem_str(self, key):
        if self.rdict is not None:
            return self.rdict.get(holder.space.newstr(key), None)
        return self.strdict.get(key, None)

    def setitem_str(self, key, w_value):
        self.storing_str(key, w_value)
        if self.rdict is not None:
            self.rdict[holder.space.newstr(key)] = w_value
        else:
            self.strdict[key] = w_value

    def getitem(self, space, w_key):
        if self.rdict is None:
            if type(w_key) is W_StrObject:
                return self.strdict.get(w_key.value, None)
            space.hash_w(w_key)      # unhashable keys raise TypeError
            if len(self.strdict) == 0:
                return None
            self.switch_to_generic(space)
        return self.rdict.get(w_key, None)

    def setitem(self, space, w_key, w_value):
        if self.rdict is None and type(w_key) is W_StrObject:
            self.storing_str(w_key.value, w_value)
            self.strdict[w_key.value] = w_value
            return
        if self.rdict is None:
            space.hash_w(w_key)
            self.switch_to_generic(space)
        if type(w_key) is W_StrObject:
            self.storing_str(w_key.value, w_value)
        else:
            self.forget_cells()     # it may equal a str key that has a cell
        self.rdict[w_key] = w_value

    def delitem(self, space, w_key):
        """Returns False when the key is missing."""
        found = False
        if self.rdict is None and type(w_key) is W_StrObject:
            if w_key.value in self.strdict:
                del self.strdict[w_key.value]
                found = True
        else:
            if self.rdict is None:
                space.hash_w(w_key)
                self.switch_to_generic(space)
            if w_key in self.rdict:
                del self.rdict[w_key]
                found = True
        if found:
            self.forget_cells()
        return found

    def str_keys(self):
        """The keys as texts, in order, when all are exact strs (the str strategy); None
        otherwise. Saves wrapping each key where texts are what is wanted (keyword
        arguments, copying into another dict)."""
        if self.rdict is None:
            return self.strdict.keys()
        return None

    def keys_w(self, space):
        if self.rdict is not None:
            return self.rdict.keys()
        return [space.newstr(k) for k in self.strdict.keys()]

    def values_w(self):
        if self.rdict is not None:
            return self.rdict.values()
        return self.strdict.values()

    def clear(self):
        self.strdict = {}
        self.rdict = None
        self.forget_cells()


class W_SetObject(W_Root):
    def __init__(self, frozen):
        self.data = SetStorage()
        self.frozen = frozen

    def gettype(self, space):
        if self.frozen:
            return space.w_frozenset
        return space.w_set

    def add(self, space, w_item):
        self.data.add(space, w_item, space.hash_w(w_item))

    def contains(self, space, w_item):
        return self.data.contains(space, w_item, space.hash_w(w_item))

    def items_w(self):
        return self.data.items()


class W_SliceObject(W_Root):
    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def gettype(self, space):
        return space.w_slice


class W_RangeObject(W_Root):
    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def gettype(self, space):
        return space.w_range

    def length(self):
        if self.step > 0:
            if self.stop <= self.start:
                return 0
            return (self.stop - self.start - 1) // self.step + 1
        if self.stop >= self.start:
            return 0
        return (self.start - self.stop - 1) // (-self.step) + 1


class W_CellObject(W_Root):
    def __init__(self, w_value):
        self.w_value = w_value     # None while empty

    def gettype(self, space):
        return space.w_cell


# ---- iterators ---------------------------------------------------------------------------------

class W_SeqIterObject(W_Root):
    """Iterator over a list or tuple's items (list iteration sees appends)."""

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        w_seq = self.w_seq
        if isinstance(w_seq, W_ListObject):
            items = w_seq.items
        elif isinstance(w_seq, W_TupleObject):
            items = w_seq.items
        else:
            return None
        if self.index >= len(items):
            return None
        w_item = items[self.index]
        self.index += 1
        return w_item


class W_ReverseSeqIterObject(W_Root):
    def __init__(self, items):
        self.items = items
        self.index = len(items) - 1

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        if self.index < 0 or self.index >= len(self.items):
            return None
        w_item = self.items[self.index]
        self.index -= 1
        return w_item


class W_ListSnapshotIter(W_Root):
    """Iterator over a fixed list of items (dict views, sets)."""

    def __init__(self, items, w_owner, size):
        self.items = items
        self.index = 0
        self.w_owner = w_owner
        self.size = size

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        w_owner = self.w_owner
        if w_owner is not None:
            n = -1
            if isinstance(w_owner, W_DictObject):
                n = w_owner.length()
            elif isinstance(w_owner, W_SetObject):
                n = w_owner.data.length()
            if n != self.size:
                self.w_owner = None
                self.index = len(self.items)
                if isinstance(w_owner, W_DictObject):
                    raise space.runtime_error("dictionary changed size during iteration")
                raise space.runtime_error("Set changed size during iteration")
        if self.index >= len(self.items):
            return None
        w_item = self.items[self.index]
        self.index += 1
        return w_item


class W_StrIterObject(W_Root):
    def __init__(self, value):
        self.value = value
        self.index = 0

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        if self.index >= len(self.value):
            return None
        c = self.value[self.index]
        self.index += 1
        return space.newstr(c)


class W_BytesIterObject(W_Root):
    def __init__(self, value):
        self.value = value
        self.index = 0

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        if self.index >= len(self.value):
            return None
        c = self.value[self.index]
        self.index += 1
        return space.newint(ord(c))


class W_RangeIterObject(W_Root):
    def __init__(self, current, remaining, step):
        self.current = current
        self.remaining = remaining
        self.step = step

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        if self.remaining <= 0:
            return None
        w_item = space.newint(self.current)
        self.current += self.step
        self.remaining -= 1
        return w_item


class W_EnumerateObject(W_Root):
    def __init__(self, w_iter, start):
        self.w_iter = w_iter
        self.index = start

    def gettype(self, space):
        return space.w_enumerate

    def next_w(self, space):
        w_item = space.next_or_null(self.w_iter)
        if w_item is None:
            return None
        w_index = space.newint(self.index)
        self.index += 1
        return space.newtuple([w_index, w_item])


class W_ZipObject(W_Root):
    def __init__(self, iters_w, strict):
        self.iters_w = iters_w
        self.strict = strict

    def gettype(self, space):
        return space.w_zip

    def next_w(self, space):
        if len(self.iters_w) == 0:
            return None
        items = []
        for w_it in self.iters_w:
            w_item = space.next_or_null(w_it)
            if w_item is None:
                if self.strict:
                    self.check_strict(space, len(items))
                return None
            items.append(w_item)
        return space.newtuple(items)

    def check_strict(self, space, i):
        n = len(self.iters_w)
        if i > 0:
            if i == 1:
                raise space.value_error("zip() argument 2 is shorter than argument 1")
            raise space.value_error("zip() argument %d is shorter than arguments 1-%d" %
                                    (i + 1, i))
        for k in range(1, n):
            if space.next_or_null(self.iters_w[k]) is not None:
                if k == 1:
                    raise space.value_error("zip() argument 2 is longer than argument 1")
                raise space.value_error("zip() argument %d is longer than arguments 1-%d" %
                                        (k + 1, k))


class W_MapObject(W_Root):
    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w

    def gettype(self, space):
        return space.w_map

    def next_w(self, space):
        args = []
        for w_it in self.iters_w:
            w_item = space.next_or_null(w_it)
            if w_item is None:
                return None
            args.append(w_item)
        return space.call_function(self.w_func, args)


class W_FilterObject(W_Root):
    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def gettype(self, space):
        return space.w_filter

    def next_w(self, space):
        while True:
            w_item = space.next_or_null(self.w_iter)
            if w_item is None:
                return None
            if space.is_w(self.w_func, space.w_None):
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, [w_item]))
            if ok:
                return w_item


class W_CallIterObject(W_Root):
    """iter(callable, sentinel) and the old __getitem__ sequence protocol."""

    def __init__(self, w_obj, w_sentinel, use_getitem):
        self.w_obj = w_obj
        self.w_sentinel = w_sentinel
        self.use_getitem = use_getitem
        self.index = 0
        self.done = False

    def gettype(self, space):
        return space.w_iterator

    def next_w(self, space):
        if self.done:
            return None
        if self.use_getitem:
            try:
                w_item = space.getitem(self.w_obj, space.newint(self.index))
            except OperationError as e:
                if e.match(space, space.w_IndexError) or e.match(space, space.w_StopIteration):
                    self.done = True
                    return None
                raise
            self.index += 1
            return w_item
        w_item = space.call_function(self.w_obj, [])
        if space.eq_w(w_item, self.w_sentinel):
            self.done = True
            return None
        return w_item


def str_hash(s):
    return compute_hash(s)


class W_DictView(W_Root):
    """dict.keys() / values() / items(): a live view (kind 0, 1, 2)."""

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def gettype(self, space):
        if self.kind == 0:
            return space.w_dict_keys
        if self.kind == 1:
            return space.w_dict_values
        return space.w_dict_items

    def items_w(self, space):
        w_dict = self.w_dict
        keys = w_dict.keys_w(space)
        if self.kind == 0:
            return keys
        result = []
        for w_k in keys:
            w_v = w_dict.getitem(space, w_k)
            if w_v is None:
                continue
            if self.kind == 1:
                result.append(w_v)
            else:
                result.append(space.newtuple([w_k, w_v]))
        return result


class W_LongObject(W_Root):
    """An int outside the machine word (always: values that fit are W_IntObject)."""
    _immutable_fields_ = ["bigint"]

    def __init__(self, bigint):
        self.bigint = bigint

    def gettype(self, space):
        return space.w_int
