"""Inline caches: what the slow path of an attribute or global access learned, kept per
instruction in the code object (PyCode.cache_*), so that the next execution of the same
instruction on the same kind of object costs a couple of identity checks.

An entry is keyed on identities that change whenever its answer could change:
- a type's `version` (a fresh VersionTag whenever the dict of the type or of a base changes),
  which covers the class-level facts: no `__getattribute__` / `__setattr__` override, no data
  descriptor of that name, the method found;
- an instance's `map` (its hidden class), which gives the storage index of an attribute;
- a dict's `version` (a number unique among all dicts, renewed by every mutation), for globals
  and builtins.

The fast paths are in the eval loop (interp/pyframe.py); the functions here fill the entries
after the generic path has run, and only when the answer depends on nothing but those keys.

Instructions that see several classes in turn (a method of a base class reading `self.x` on
instances of four subclasses) would miss every time with one answer each, so every answer also
goes into one shared table keyed by (kind of access, type version, map, name): a miss first
looks there, which costs a hash and a few comparisons instead of the generic lookup. What it
finds is kept as the instruction's second entry (LOAD_ATTR, LOAD_METHOD), so an instruction
that sees two classes finds both in its own entries.
"""

from rlib.objectmodel import compute_hash
from objspace.model import W_DictObject
from objspace.typeobject import W_ObjectInstance, W_TypeObject, W_Module
from objspace.function import W_Function, W_BuiltinFunction, W_Super


KIND_LOAD_ATTR = 1
KIND_STORE_ATTR = 2
KIND_LOAD_METHOD = 3

SHARED_BITS = 11


class SharedEntry(object):
    """One answer of the shared table: all fields together, so a probe reads one object."""

    def __init__(self):
        self.kind = 0
        self.version = None
        self.map = None
        self.name = ""
        self.newmap = None
        self.index = 0
        self.w_value = None


class SharedCache(object):
    """The table behind all instructions' entries (a prebuilt instance)."""

    def __init__(self):
        self.entries = [SharedEntry() for i in range(1 << SHARED_BITS)]


SHARED = SharedCache()


def shared_slot(kind, version, map, name):
    h = version.number * 1000003 ^ compute_hash(name) ^ kind
    if map is not None:
        h = h ^ (map.number * 8191)
    return h & ((1 << SHARED_BITS) - 1)


def remember(code, ci, kind, name):
    """Copy instruction ci's (just filled) entry into the shared table."""
    version = code.cache_versions[ci]
    map = code.cache_maps[ci]
    e = SHARED.entries[shared_slot(kind, version, map, name)]
    e.kind = kind
    e.version = version
    e.map = map
    e.name = name
    e.newmap = code.cache_newmaps[ci]
    e.index = code.cache_index[ci]
    e.w_value = code.cache_values[ci]


def recall(kind, version, map, name):
    """The shared entry that answers this access, or None. The instruction's own entry is
    left alone: it keeps serving the class it was filled for."""
    e = SHARED.entries[shared_slot(kind, version, map, name)]
    if e.version is not version or e.map is not map or e.kind != kind or e.name != name:
        return None
    return e


def keep_second(code, ci, entry):
    """Instruction ci's second entry takes the answer just recalled: an instruction that sees
    two classes in turn then finds both without the shared table."""
    code.cache2_versions[ci] = entry.version
    code.cache2_maps[ci] = entry.map
    code.cache2_index[ci] = entry.index
    code.cache2_values[ci] = entry.w_value


def plain_name(name):
    """Dunder names have special meanings (__class__, __dict__...): never cached."""
    return not (len(name) >= 2 and name[0] == "_" and name[1] == "_")


def default_hook(w_type, name):
    """Whether the type leaves `name` (__getattribute__, __setattr__) to the built-in one."""
    w_hook = w_type.lookup(name)
    return w_hook is None or isinstance(w_hook, W_BuiltinFunction)


def instance_class_ok(space, w_type, name, hook):
    """The class-level conditions for caching an instance attribute access."""
    if not plain_name(name) or not default_hook(w_type, hook):
        return False
    w_descr = w_type.lookup(name)
    return w_descr is None or not space.is_data_descr(w_descr)


def fill_load_attr(space, code, ci, w_obj, name):
    """After `w_obj.name` was read: cache the storage index of an instance attribute."""
    if not isinstance(w_obj, W_ObjectInstance) or w_obj.w_dict is not None:
        return
    w_type = w_obj.w_type
    if not instance_class_ok(space, w_type, name, "__getattribute__"):
        return
    index = w_obj.map.index_of(name)
    if index < 0:
        return
    code.cache_versions[ci] = w_type.version
    code.cache_maps[ci] = w_obj.map
    code.cache_index[ci] = index
    remember(code, ci, KIND_LOAD_ATTR, name)


def fill_store_attr(space, code, ci, w_obj, name, old_map):
    """After `w_obj.name = value` changed the instance from `old_map` to its current map."""
    if not isinstance(w_obj, W_ObjectInstance) or w_obj.w_dict is not None:
        return
    w_type = w_obj.w_type
    if not instance_class_ok(space, w_type, name, "__setattr__"):
        return
    new_map = w_obj.map
    index = new_map.index_of(name)
    if index < 0:
        return
    if new_map is old_map:
        code.cache_newmaps[ci] = None
    elif index == len(old_map.names) and len(new_map.names) == index + 1:
        code.cache_newmaps[ci] = new_map        # an attribute added: one map transition
    else:
        return
    code.cache_versions[ci] = w_type.version
    code.cache_maps[ci] = old_map
    code.cache_index[ci] = index
    remember(code, ci, KIND_STORE_ATTR, name)


def cacheable_method(w_descr):
    return w_descr is not None and (isinstance(w_descr, W_Function) or
                                    (isinstance(w_descr, W_BuiltinFunction) and
                                     w_descr.w_self is None))


def fill_load_method(space, code, ci, w_obj, name, w_descr):
    """After LOAD_METHOD found the plain function `w_descr` in the type of `w_obj`."""
    if isinstance(w_obj, W_ObjectInstance):
        if w_obj.w_dict is not None or not plain_name(name):
            return
        w_type = w_obj.w_type
        if not default_hook(w_type, "__getattribute__") or w_obj.map.index_of(name) >= 0:
            return
        code.cache_maps[ci] = w_obj.map
    else:
        if isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_Module) or \
                isinstance(w_obj, W_Super):
            return
        w_type = space.type(w_obj)
        if w_type.is_heaptype:
            return                      # instances of built-in subclasses have a dict
        code.cache_maps[ci] = None
    code.cache_versions[ci] = w_type.version
    code.cache_values[ci] = w_descr
    remember(code, ci, KIND_LOAD_METHOD, name)


def load_global(space, code, ci, w_globals, w_builtins, name):
    """LOAD_GLOBAL's slow path: look the name up, and cache the cell that will hold its
    value as long as neither dict gains or loses keys."""
    assert isinstance(w_globals, W_DictObject)
    w_value = w_globals.getitem_str(name)
    if w_value is not None:
        cell = w_globals.cell_for(name, w_value)
    else:
        w_value = w_builtins.getitem_str(name)
        if w_value is None:
            raise space.name_error_for(name)
        cell = w_builtins.cell_for(name, w_value)
    code.cache_index[ci] = w_globals.version
    code.cache_index2[ci] = w_builtins.version
    code.cache_cells[ci] = cell
    return w_value
