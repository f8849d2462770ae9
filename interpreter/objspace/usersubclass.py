"""Instances of user classes that subclass a built-in type (`class L(list)`): the built-in
value class plus the user type and a map-based attribute storage (UserAttrsMixin)."""

from objspace.model import (W_ListObject, W_DictObject, W_SetObject, W_StrObject,
                            W_IntObject, W_FloatObject, W_TupleObject, W_BytesObject)
from objspace.typeobject import EMPTY_MAP, map_without
from rlib.objectmodel import import_from_mixin
from objspace.typeobject import W_TypeObject


class UserAttrs(object):
    """Copied into each W_*ObjectUser class with import_from_mixin (so that its methods
    override the built-in value class's ones, translated or not)."""

    def gettype(self, space):
        return self.w_type

    def getdictvalue(self, space, name):
        i = self.map.index_of(name)
        if i < 0:
            return None
        return self.storage[i]

    def setdictvalue(self, space, name, w_value):
        i = self.map.index_of(name)
        if i >= 0:
            self.storage[i] = w_value
            return True
        self.map = self.map.with_attr(name)
        self.storage.append(w_value)
        return True

    def deldictvalue(self, space, name):
        i = self.map.index_of(name)
        if i < 0:
            return False
        values = []
        for k in range(len(self.storage)):
            if k != i:
                values.append(self.storage[k])
        self.map = map_without(name, self.map)
        self.storage = values
        return True

    def init_user(self, w_type):
        self.w_type = w_type
        self.map = EMPTY_MAP
        self.storage = []


class W_ListObjectUser(W_ListObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type, items):
        W_ListObject.__init__(self, items)
        self.init_user(w_type)


class W_DictObjectUser(W_DictObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type):
        W_DictObject.__init__(self)
        self.init_user(w_type)


class W_SetObjectUser(W_SetObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type, frozen):
        W_SetObject.__init__(self, frozen)
        self.init_user(w_type)


class W_StrObjectUser(W_StrObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type, value):
        W_StrObject.__init__(self, value)
        self.init_user(w_type)


class W_IntObjectUser(W_IntObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type, value):
        W_IntObject.__init__(self, value)
        self.init_user(w_type)


class W_FloatObjectUser(W_FloatObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type, value):
        W_FloatObject.__init__(self, value)
        self.init_user(w_type)


class W_TupleObjectUser(W_TupleObject):
    import_from_mixin(UserAttrs, [])

    def __init__(self, w_type, items):
        W_TupleObject.__init__(self, items)
        self.init_user(w_type)


def builtin_base(space, w_type):
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype and w_t.kind == 2:
            return w_t
    return space.w_object


def allocate_builtin_subclass(space, w_type, args):
    """A fresh instance of w_type whose solid base is a built-in type; immutable values are
    built from the call's arguments, containers start empty (their __init__ fills them)."""
    w_base = builtin_base(space, w_type)
    if w_base is space.w_list:
        return W_ListObjectUser(w_type, [])
    if w_base is space.w_dict:
        return W_DictObjectUser(w_type)
    if w_base is space.w_set or w_base is space.w_frozenset:
        w_set = W_SetObjectUser(w_type, w_base is space.w_frozenset)
        if w_base is space.w_frozenset and len(args.args_w) > 0:
            for w_x in space.unpackiterable(args.args_w[0]):
                space.hash_w(w_x)
                w_set.add(space, w_x)
        return w_set
    if w_base.constructor is None:
        raise space.type_error("cannot subclass '%s'" % w_base.name)
    if w_base is space.w_type:
        w_cls = w_base.constructor(space, w_base, args)
        if isinstance(w_cls, W_TypeObject):
            w_cls.w_metatype = w_type
        return w_cls
    w_value = w_base.constructor(space, w_base, args)
    if isinstance(w_value, W_StrObject) and w_base is space.w_str:
        return W_StrObjectUser(w_type, w_value.value)
    if isinstance(w_value, W_IntObject) and w_base is space.w_int:
        return W_IntObjectUser(w_type, w_value.intval)
    if isinstance(w_value, W_FloatObject) and w_base is space.w_float:
        return W_FloatObjectUser(w_type, w_value.floatval)
    if isinstance(w_value, W_TupleObject) and w_base is space.w_tuple:
        return W_TupleObjectUser(w_type, w_value.items)
    raise space.type_error("subclassing built-in type '%s' is not supported yet" %
                           w_base.name)


def is_mutable_container_base(space, w_type):
    w_base = builtin_base(space, w_type)
    return w_base is space.w_list or w_base is space.w_dict or w_base is space.w_set
