"""The match statement at run time: compiled patterns (prebuilt in the code's constants) and
the matcher behind the MATCH_CASE opcode."""

from objspace.model import (W_Root, W_ListObject, W_TupleObject, W_DictObject, W_RangeObject,
                            W_StrObject, W_BytesObject, W_IntObject, W_FloatObject,
                            W_BoolObject, W_SetObject)
from objspace.typeobject import W_TypeObject
from objspace.error import OperationError
from objspace import ops, containers


class W_Pattern(W_Root):
    """Base of compiled patterns. `match` returns True and fills `caps` on success."""

    def match(self, space, w_subject, values_w, caps):
        raise NotImplementedError


class PWildcard(W_Pattern):
    def match(self, space, w_subject, values_w, caps):
        return True


class PCapture(W_Pattern):
    def __init__(self, index, sub):
        self.index = index
        self.sub = sub        # W_Pattern or None

    def match(self, space, w_subject, values_w, caps):
        if self.sub is not None and not self.sub.match(space, w_subject, values_w, caps):
            return False
        caps[self.index] = w_subject
        return True


class PValue(W_Pattern):
    def __init__(self, value_index):
        self.value_index = value_index

    def match(self, space, w_subject, values_w, caps):
        return space.eq_w(w_subject, values_w[self.value_index])


class PSingleton(W_Pattern):
    def __init__(self, w_value):
        self.w_value = w_value

    def match(self, space, w_subject, values_w, caps):
        return w_subject is self.w_value


class POr(W_Pattern):
    def __init__(self, alternatives):
        self.alternatives = alternatives

    def match(self, space, w_subject, values_w, caps):
        for p in self.alternatives:
            if p.match(space, w_subject, values_w, caps):
                return True
        return False


def is_sequence(space, w_x):
    if isinstance(w_x, W_ListObject) or isinstance(w_x, W_TupleObject) or \
            isinstance(w_x, W_RangeObject):
        return True
    if isinstance(w_x, W_StrObject) or isinstance(w_x, W_BytesObject) or \
            isinstance(w_x, W_DictObject):
        return False
    w_type = space.type(w_x)
    return w_type.is_heaptype and w_type.lookup("__getitem__") is not None and \
        w_type.lookup("__len__") is not None and w_type.lookup("keys") is None


class PSequence(W_Pattern):
    def __init__(self, items, star, star_index):
        self.items = items          # patterns other than the star one
        self.star = star            # position of *rest among the patterns, -1 if none
        self.star_index = star_index  # capture index for *rest, -1 for *_ or none

    def match(self, space, w_subject, values_w, caps):
        if not is_sequence(space, w_subject):
            return False
        items_w = space.unpackiterable(w_subject)
        n = len(items_w)
        k = len(self.items)
        if self.star < 0:
            if n != k:
                return False
            for i in range(k):
                if not self.items[i].match(space, items_w[i], values_w, caps):
                    return False
            return True
        if n < k:
            return False
        before = self.star
        after = k - before
        for i in range(before):
            if not self.items[i].match(space, items_w[i], values_w, caps):
                return False
        for j in range(after):
            if not self.items[before + j].match(space, items_w[n - after + j], values_w,
                                                caps):
                return False
        if self.star_index >= 0:
            caps[self.star_index] = space.newlist(items_w[before:n - after])
        return True


class PMapping(W_Pattern):
    def __init__(self, key_indexes, patterns, rest_index):
        self.key_indexes = key_indexes
        self.patterns = patterns
        self.rest_index = rest_index

    def match(self, space, w_subject, values_w, caps):
        if not isinstance(w_subject, W_DictObject):
            return False
        for i in range(len(self.key_indexes)):
            w_key = values_w[self.key_indexes[i]]
            w_value = w_subject.getitem(space, w_key)
            if w_value is None:
                return False
            if not self.patterns[i].match(space, w_value, values_w, caps):
                return False
        if self.rest_index >= 0:
            w_rest = space.newdict()
            for w_k in w_subject.keys_w(space):
                used = False
                for ki in self.key_indexes:
                    if space.eq_w(w_k, values_w[ki]):
                        used = True
                if not used:
                    w_rest.setitem(space, w_k, w_subject.getitem(space, w_k))
            caps[self.rest_index] = w_rest
        return True


SELF_MATCHING = ["bool", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str",
                 "tuple"]


class PClass(W_Pattern):
    def __init__(self, cls_index, positional, kw_names, kw_patterns):
        self.cls_index = cls_index
        self.positional = positional
        self.kw_names = kw_names
        self.kw_patterns = kw_patterns

    def match(self, space, w_subject, values_w, caps):
        w_cls = values_w[self.cls_index]
        if not isinstance(w_cls, W_TypeObject):
            raise space.type_error("called match pattern must be a class")
        if not space.type(w_subject).issubtype(w_cls):
            return False
        if len(self.positional) > 0:
            self_matching = False
            if not w_cls.is_heaptype:
                self_matching = w_cls.name in SELF_MATCHING
            if self_matching:
                if len(self.positional) > 1:
                    raise space.type_error("%s() accepts 1 positional sub-pattern (%d given)" %
                                           (w_cls.name, len(self.positional)))
                if not self.positional[0].match(space, w_subject, values_w, caps):
                    return False
            else:
                w_args = w_cls.lookup("__match_args__")
                names = []
                if w_args is not None:
                    for w_n in space.unpackiterable(w_args):
                        names.append(space.text_w(w_n))
                if len(self.positional) > len(names):
                    raise space.type_error("%s() accepts %d positional sub-patterns (%d given)"
                                           % (w_cls.name, len(names), len(self.positional)))
                for i in range(len(self.positional)):
                    w_attr = space.findattr(w_subject, names[i])
                    if w_attr is None:
                        return False
                    if not self.positional[i].match(space, w_attr, values_w, caps):
                        return False
        for i in range(len(self.kw_names)):
            w_attr = space.findattr(w_subject, self.kw_names[i])
            if w_attr is None:
                return False
            if not self.kw_patterns[i].match(space, w_attr, values_w, caps):
                return False
        return True


class W_CasePattern(W_Root):
    """A whole case: its pattern and how many names it binds."""

    def __init__(self, pattern, ncaptures):
        self.pattern = pattern
        self.ncaptures = ncaptures


def match_case(space, w_case, w_subject, values_w):
    """Returns the captured values (None when the case does not match)."""
    caps = [None] * w_case.ncaptures
    if not w_case.pattern.match(space, w_subject, values_w, caps):
        return None
    result = []
    for w_c in caps:
        if w_c is None:
            result.append(space.w_None)
        else:
            result.append(w_c)
    return result
