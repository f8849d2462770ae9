"""dataclasses (application-level): @dataclass with __init__, __repr__, __eq__, ordering,
field(default=..., default_factory=...)."""

MISSING = object()


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, repr=True, compare=True,
                 init=True):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare
        self.init = init


def field(*, default=MISSING, default_factory=MISSING, repr=True, compare=True, init=True):
    return Field(default, default_factory, repr, compare, init)


def _collect_fields(cls):
    fields = []
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fields = [g for g in fields if g.name != f.name] + [f]
    annotations = cls.__dict__.get("__annotations__", {})
    for name in annotations:
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
        else:
            f = Field(default=value)
        f.name = name
        if f.default is not MISSING:
            setattr(cls, name, f.default)
        elif isinstance(value, Field):
            delattr(cls, name)
        fields = [g for g in fields if g.name != name] + [f]
    return fields


def fields(obj):
    return tuple(obj.__dataclass_fields__.values())


def asdict(obj):
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def astuple(obj):
    return tuple(getattr(obj, f.name) for f in fields(obj))


def _process(cls, init, repr_, eq, order, frozen):
    flist = _collect_fields(cls)
    cls.__dataclass_fields__ = {f.name: f for f in flist}
    init_fields = [f for f in flist if f.init]

    if init and "__init__" not in cls.__dict__:
        def __init__(self, *args, **kwargs):
            if len(args) > len(init_fields):
                raise TypeError("__init__() takes %d positional arguments but %d were given"
                                % (len(init_fields) + 1, len(args) + 1))
            for i, f in enumerate(init_fields):
                if i < len(args):
                    value = args[i]
                    if f.name in kwargs:
                        raise TypeError("__init__() got multiple values for argument '%s'"
                                        % f.name)
                elif f.name in kwargs:
                    value = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    value = f.default
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    raise TypeError("__init__() missing 1 required positional argument: '%s'"
                                    % f.name)
                object.__setattr__(self, f.name, value)
            for f in flist:
                if not f.init and f.default_factory is not MISSING:
                    object.__setattr__(self, f.name, f.default_factory())
            if kwargs:
                raise TypeError("__init__() got an unexpected keyword argument '%s'"
                                % list(kwargs)[0])
            if hasattr(self, "__post_init__"):
                self.__post_init__()
        cls.__init__ = __init__

    if repr_ and "__repr__" not in cls.__dict__:
        def __repr__(self):
            parts = ", ".join("%s=%r" % (f.name, getattr(self, f.name))
                              for f in flist if f.repr)
            return "%s(%s)" % (type(self).__qualname__, parts)
        cls.__repr__ = __repr__

    def key(self):
        return tuple(getattr(self, f.name) for f in flist if f.compare)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return key(self) == key(other)
        cls.__eq__ = __eq__
        if not frozen:
            cls.__hash__ = None
        else:
            cls.__hash__ = lambda self: hash(key(self))

    if order:
        cls.__lt__ = lambda self, other: key(self) < key(other)
        cls.__le__ = lambda self, other: key(self) <= key(other)
        cls.__gt__ = lambda self, other: key(self) > key(other)
        cls.__ge__ = lambda self, other: key(self) >= key(other)

    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        cls.__setattr__ = __setattr__
    return cls


class FrozenInstanceError(AttributeError):
    pass


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen)
    if cls is None:
        return wrap
    return wrap(cls)
