"""Object-model hints for RPython 3. On CPython they keep the program's meaning; the translator
reads the attributes they set (`_annspecialcase_`, `_always_inline_`, ...)."""


def we_are_translated():
    """False on CPython; the translator folds it to True."""
    return False


class _Specialize(object):
    def memo(self):
        """Evaluate the function at translation time for every combination of the prebuilt
        constants it is called with."""
        def decorated(func):
            func._annspecialcase_ = "specialize:memo"
            return func
        return decorated

    def arg(self, *args):
        """Make one copy of the function per constant value of the given arguments."""
        def decorated(func):
            func._annspecialcase_ = "specialize:arg" + repr(tuple(args))
            return func
        return decorated

    def argtype(self, *args):
        """Make one copy of the function per type of the given arguments."""
        def decorated(func):
            func._annspecialcase_ = "specialize:argtype" + repr(tuple(args))
            return func
        return decorated

    def call_location(self):
        def decorated(func):
            func._annspecialcase_ = "specialize:call_location"
            return func
        return decorated


specialize = _Specialize()


def always_inline(func):
    func._always_inline_ = True
    return func


def not_rpython(func):
    """The function runs at init time only; calling it from run-time code is an error."""
    func._not_rpython_ = True
    return func


def compute_hash(x):
    return hash(x)


def compute_identity_hash(x):
    return object.__hash__(x)


def instantiate(cls):
    """Create an instance of cls without calling __init__."""
    return cls.__new__(cls)


def import_from_mixin(mixin, special_methods=["__init__"]):
    """Copy the methods of `mixin` into the class being defined (call it in a class body)."""
    import sys
    frame = sys._getframe(1)
    target = frame.f_locals
    for base in reversed(mixin.__mro__):
        if base is object:
            continue
        for key, value in base.__dict__.items():
            if key.startswith("__") and key.endswith("__") and key not in special_methods:
                continue
            target[key] = value


class r_dict(object):
    """A dict whose keys are compared with `key_eq` and hashed with `key_hash`."""

    def __init__(self, key_eq, key_hash):
        self._key_eq = key_eq
        self._key_hash = key_hash
        self._buckets = {}
        self._order = []

    def _find(self, key):
        h = self._key_hash(key)
        for entry in self._buckets.get(h, []):
            if self._key_eq(entry[0], key):
                return entry
        return None

    def __getitem__(self, key):
        entry = self._find(key)
        if entry is None:
            raise KeyError(key)
        return entry[1]

    def __setitem__(self, key, value):
        entry = self._find(key)
        if entry is not None:
            entry[1] = value
            return
        entry = [key, value]
        self._buckets.setdefault(self._key_hash(key), []).append(entry)
        self._order.append(entry)

    def __delitem__(self, key):
        entry = self._find(key)
        if entry is None:
            raise KeyError(key)
        self._buckets[self._key_hash(key)].remove(entry)
        self._order.remove(entry)

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return len(self._order)

    def __iter__(self):
        return iter([e[0] for e in self._order])

    def get(self, key, default=None):
        entry = self._find(key)
        if entry is None:
            return default
        return entry[1]

    def keys(self):
        return [e[0] for e in self._order]

    def values(self):
        return [e[1] for e in self._order]

    def items(self):
        return [(e[0], e[1]) for e in self._order]

    def setdefault(self, key, default):
        entry = self._find(key)
        if entry is None:
            self[key] = default
            return default
        return entry[1]

    def pop(self, key, *default):
        entry = self._find(key)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        del self[key]
        return entry[1]

    def clear(self):
        self._buckets = {}
        self._order = []
