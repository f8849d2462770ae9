"""Types, instances with maps (hidden classes), exceptions, modules and tracebacks.

W_TypeObject holds a class: its name, bases, C3 MRO and its dict (str -> W_Root). Instances of
user classes are W_ObjectInstance: a Map (shared by every instance with the same attribute
layout) plus a storage list, so that attribute reads can be promoted by the JIT. Exceptions are
instances too (W_ExceptionObject) with the BaseException fields.
"""

from objspace.model import W_Root
from rlib.jit import elidable, promote, we_are_jitted
from rlib.objectmodel import compute_hash
from objspace.error import OperationError
from objspace.function import W_BuiltinFunction

KIND_OBJECT = 0       # instances are W_ObjectInstance
KIND_EXCEPTION = 1    # instances are W_ExceptionObject
KIND_BUILTIN = 2      # built-in type with its own constructor; not subclassable yet


class VersionTag(object):
    """Identity changes whenever a type's dict (or a base's) changes: the JIT promotes the
    type and its version, so that lookups fold to constants in traces. `number` is unique
    (the method cache hashes it)."""

    def __init__(self):
        METHOD_CACHE.versions_made += 1
        self.number = METHOD_CACHE.versions_made


METHOD_CACHE_BITS = 12


class MethodCache(object):
    """One cache for all type lookups (a prebuilt instance): entry i remembers the answer to
    `lookup(name)` for the type whose current version is versions[i]. A lookup costs a hash of
    the version number and the name's cached hash, and two comparisons."""

    def __init__(self):
        size = 1 << METHOD_CACHE_BITS
        self.versions = [None] * size
        self.names = [""] * size
        self.results = [None] * size
        self.versions_made = 0
        self.maps_made = 0


METHOD_CACHE = MethodCache()


class _Missing(W_Root):
    """The marker of a name absent from a lookup cache (None is a cached negative result)."""


MISSING = _Missing()

HOOK_NAMES = ["__bool__", "__len__", "__getattribute__", "__setattr__", "__getattr__"]
HOOK_BOOL = 1
HOOK_LEN = 2
HOOK_GETATTRIBUTE = 4
HOOK_SETATTR = 8
HOOK_GETATTR = 16


class W_TypeObject(W_Root):
    _immutable_fields_ = ["version?", "kind", "mro_w?"]

    def __init__(self, name, bases_w, dict_w, kind):
        self.name = name
        self.qualname = name
        self.module = "builtins"
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.kind = kind
        self.is_heaptype = False
        self.mro_w = []
        self.constructor = None     # function (space, w_type, args) -> W_Root for built-ins
        self.subclasses_w = []      # invalidated with this type when its dict changes
        self.lookup_cache = {}      # name -> W_Root or None (missing)
        self.version = VersionTag()
        self.w_metatype = None      # a user metaclass (None: type)
        self.plain_init = None      # funccall.plain_init's answer, valid for init_version
        self.plain_exception = False    # ... and whether its instances are exceptions
        self.init_version = None
        self.hook_bits = 0          # user_hooks()'s answer, valid for hooks_version
        self.hooks_version = None

    def gettype(self, space):
        if self.w_metatype is not None:
            return self.w_metatype
        return space.w_type

    def lookup(self, name):
        w_self = promote(self)
        version = promote(w_self.version)
        if not we_are_jitted():
            cache = METHOD_CACHE
            i = ((version.number * 31) ^ compute_hash(name)) & ((1 << METHOD_CACHE_BITS) - 1)
            if cache.versions[i] is version and cache.names[i] == name:
                return cache.results[i]
            w_res = w_self.lookup_with_version(name, version)
            cache.versions[i] = version
            cache.names[i] = name
            cache.results[i] = w_res
            return w_res
        return w_self.lookup_with_version(name, version)

    @elidable
    def lookup_with_version(self, name, version):
        """Pure for a given (type, version): the JIT constant-folds it."""
        cache = self.lookup_cache
        w_cached = cache.get(name, MISSING)
        if w_cached is not MISSING:
            return w_cached             # one dict probe on a hit (None is a cached miss)
        w_found = None
        for w_t in self.mro_w:
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                w_found = w_v
                break
        cache[name] = w_found
        return w_found

    def user_hooks(self):
        """Which special methods that change how every object of this type behaves (truth,
        attribute access) are defined in Python by a user class: HOOK_* bits, remembered per
        version, so that the common case (none) costs one comparison."""
        if self.hooks_version is self.version:
            return self.hook_bits
        bits = 0
        for i in range(len(HOOK_NAMES)):
            w_m = self.lookup(HOOK_NAMES[i])
            if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
                bits |= 1 << i
        self.hook_bits = bits
        self.hooks_version = self.version
        return bits

    def invalidate(self):
        """The dict of this type (or of a base) changed: forget cached lookups."""
        self.lookup_cache = {}
        self.version = VersionTag()
        for w_sub in self.subclasses_w:
            w_sub.invalidate()

    def lookup_where(self, name):
        for w_t in self.mro_w:
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                return w_t
        return None

    def getdictvalue(self, space, name):
        return self.lookup(name)

    def setdictvalue(self, space, name, w_value):
        self.dict_w[name] = w_value
        self.invalidate()
        return True

    def deldictvalue(self, space, name):
        if name in self.dict_w:
            del self.dict_w[name]
            self.invalidate()
            return True
        return False

    def issubtype(self, w_other):
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False


def compute_mro(space, w_type):
    """C3 linearization."""
    seqs = []
    for w_base in w_type.bases_w:
        seqs.append(list(w_base.mro_w))
    seqs.append(list(w_type.bases_w))
    result = [w_type]
    while True:
        nonempty = []
        for s in seqs:
            if len(s) > 0:
                nonempty.append(s)
        if len(nonempty) == 0:
            return result
        candidate = None
        for s in nonempty:
            cand = s[0]
            in_tail = False
            for s2 in nonempty:
                for k in range(1, len(s2)):
                    if s2[k] is cand:
                        in_tail = True
                        break
                if in_tail:
                    break
            if not in_tail:
                candidate = cand
                break
        if candidate is None:
            names = []
            for w_base in w_type.bases_w:
                names.append(w_base.name)
            raise space.type_error("Cannot create a consistent method resolution\norder (MRO) "
                                   "for bases " + ", ".join(names))
        result.append(candidate)
        for s in nonempty:
            if s[0] is candidate:
                del s[0]


def solid_kind(w_type):
    """Which W_Root class the instances of w_type are (KIND_OBJECT, KIND_EXCEPTION, ...)."""
    for w_t in w_type.mro_w:
        if w_t.kind == KIND_EXCEPTION:
            return KIND_EXCEPTION
        if w_t.kind == KIND_BUILTIN:
            return KIND_BUILTIN
    return KIND_OBJECT


class Map(object):
    """A hidden class: attribute name -> storage index, with transitions to bigger maps."""
    _immutable_fields_ = ["indexes", "names[*]"]

    def __init__(self, names):
        METHOD_CACHE.maps_made += 1
        self.number = METHOD_CACHE.maps_made       # unique: hashed by inline caches
        self.names = names
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = {}

    @elidable
    def index_of(self, name):
        return self.indexes.get(name, -1)

    def with_attr(self, name):
        m = self.transitions.get(name, None)
        if m is None:
            names = list(self.names)
            names.append(name)
            m = Map(names)
            self.transitions[name] = m
        return m


EMPTY_MAP = Map([])
# The map of an instance whose attributes moved into a real __dict__: distinct from EMPTY_MAP
# so that an inline cache keyed on EMPTY_MAP (adding a first attribute) never matches it.
DICT_MAP = Map([])


def map_without(name, old):
    m = EMPTY_MAP
    for n in old.names:
        if n != name:
            m = m.with_attr(n)
    return m


INLINE_SLOTS = 4


class W_ObjectInstance(W_Root):
    """An instance of a user class. Its attributes are values in slots, in the order of its
    map's names: the first INLINE_SLOTS in fields of the object itself (most instances need no
    second allocation), the others in the list `more_w`."""

    def __init__(self, w_type):
        self.w_type = w_type
        self.map = EMPTY_MAP
        self.slot0 = None
        self.slot1 = None
        self.slot2 = None
        self.slot3 = None
        self.more_w = None
        self.w_dict = None      # set once __dict__ was asked for: attributes then live there

    def gettype(self, space):
        return self.w_type

    def read_slot(self, i):
        if i == 0:
            return self.slot0
        if i == 1:
            return self.slot1
        if i == 2:
            return self.slot2
        if i == 3:
            return self.slot3
        return self.more_w[i - INLINE_SLOTS]

    def write_slot(self, i, w_value):
        """Slot i exists already, or is the next one (i == number of attributes)."""
        if i == 0:
            self.slot0 = w_value
        elif i == 1:
            self.slot1 = w_value
        elif i == 2:
            self.slot2 = w_value
        elif i == 3:
            self.slot3 = w_value
        elif self.more_w is None:
            self.more_w = [w_value]
        elif i - INLINE_SLOTS < len(self.more_w):
            self.more_w[i - INLINE_SLOTS] = w_value
        else:
            self.more_w.append(w_value)

    def clear_slots(self):
        self.slot0 = None
        self.slot1 = None
        self.slot2 = None
        self.slot3 = None
        self.more_w = None

    def get_dict(self, space):
        """The instance's __dict__: the attributes move from the map into a real dict."""
        if self.w_dict is None:
            w_dict = space.newdict()
            names = self.map.names
            for i in range(len(names)):
                w_dict.setitem_str(names[i], self.read_slot(i))
            self.w_dict = w_dict
            self.map = DICT_MAP
            self.clear_slots()
        return self.w_dict

    def attribute_names(self, space):
        if self.w_dict is not None:
            return [space.str_w(w_k) for w_k in self.w_dict.keys_w(space)]
        return list(self.map.names)

    def getdictvalue(self, space, name):
        if self.w_dict is not None:
            return self.w_dict.getitem_str(name)
        i = self.map.index_of(name)
        if i < 0:
            return None
        return self.read_slot(i)

    def setdictvalue(self, space, name, w_value):
        if self.w_dict is not None:
            self.w_dict.setitem_str(name, w_value)
            return True
        i = self.map.index_of(name)
        if i < 0:
            i = len(self.map.names)
            self.map = self.map.with_attr(name)
        self.write_slot(i, w_value)
        return True

    def next_w(self, space):
        w_next = self.w_type.lookup("__next__")
        if w_next is None:
            raise space.type_error("'%s' object is not an iterator" % self.w_type.name)
        try:
            return space.call_function(w_next, [self])
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                return None
            raise

    def deldictvalue(self, space, name):
        if self.w_dict is not None:
            return self.w_dict.delitem(space, space.newstr(name))
        i = self.map.index_of(name)
        if i < 0:
            return False
        old = self.map
        values = []
        for k in range(len(old.names)):
            if k != i:
                values.append(self.read_slot(k))
        self.map = map_without(name, old)
        self.clear_slots()
        for k in range(len(values)):
            self.write_slot(k, values[k])
        return True


class W_ExceptionObject(W_ObjectInstance):
    def __init__(self, w_type, args_w):
        W_ObjectInstance.__init__(self, w_type)
        self.args_w = args_w
        self.w_traceback = None
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False


class W_Traceback(W_Root):
    """One traceback entry; `tb_next` points towards the frame where the error happened."""

    def __init__(self, code, pc, tb_next, w_globals):
        self.w_globals = w_globals
        self.code = code
        self.pc = pc
        self.tb_next = tb_next

    def lineno(self):
        return self.code.line_at(self.pc)

    def gettype(self, space):
        return space.w_traceback


class W_Module(W_Root):
    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict

    def gettype(self, space):
        return space.w_module

    def getdictvalue(self, space, name):
        return self.w_dict.getitem_str(name)

    def setdictvalue(self, space, name, w_value):
        self.w_dict.setitem_str(name, w_value)
        return True

    def deldictvalue(self, space, name):
        return self.w_dict.delitem(space, space.newstr(name))


class W_GenericAlias(W_Root):
    """`list[int]`: a built-in class parameterized for annotations (PEP 585)."""

    def __init__(self, w_origin, args_w):
        self.w_origin = w_origin
        self.args_w = args_w

    def gettype(self, space):
        return space.w_type


class W_UnionType(W_Root):
    """`int | None` (PEP 604): accepted by isinstance and issubclass."""

    def __init__(self, args_w):
        self.args_w = args_w

    def gettype(self, space):
        return space.w_type
