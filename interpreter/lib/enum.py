"""enum (application-level): Enum, IntEnum, Flag (basic), auto, unique."""

_auto_counter = [0]


class auto:
    def __init__(self):
        _auto_counter[0] += 1
        self._order = _auto_counter[0]
        self.value = None


class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = []
        plain = {}
        for key, value in ns.items():
            if key.startswith("_") or callable(value) or isinstance(value, (staticmethod,
                                                                            classmethod,
                                                                            property)):
                plain[key] = value
            else:
                members.append((key, value))
        cls = super().__new__(mcs, name, bases, plain)
        cls._member_map_ = {}
        cls._member_names_ = []
        cls._value2member_map_ = {}
        last = 0
        for key, value in members:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(cls._member_names_), last)
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
            else:
                member = object.__new__(cls)
                member._name_ = key
                member._value_ = value
                if hasattr(cls, "_init_member_"):
                    member._init_member_()
                cls._member_names_.append(key)
                cls._value2member_map_[value] = member
            cls._member_map_[key] = member
            type.__setattr__(cls, key, member)
            if isinstance(value, int):
                last = value
        return cls

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __call__(cls, value):
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class Enum(metaclass=EnumMeta):
    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return count + start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce__(self):
        return (type(self), (self._value_,))


class IntEnum(int, Enum):
    pass


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return 1 if not last_value else last_value * 2


def unique(cls):
    return cls
