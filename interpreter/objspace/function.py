"""Callables and descriptors: Arguments, user functions, built-in functions, bound methods,
classmethod, staticmethod, property, super, and generator objects."""

from objspace.model import W_Root


class Arguments(object):
    """A call's arguments: positional values plus keyword names and values."""

    def __init__(self, args_w, kw_names, kw_values_w):
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def prepend(self, w_obj):
        args_w = [w_obj]
        args_w.extend(self.args_w)
        return Arguments(args_w, self.kw_names, self.kw_values_w)

    def has_kwargs(self):
        return len(self.kw_names) > 0


NO_KEYWORDS = []          # shared by every call without keywords: never mutated
NO_KEYWORD_VALUES = []


def positional(args_w):
    return Arguments(args_w, NO_KEYWORDS, NO_KEYWORD_VALUES)


class W_Function(W_Root):
    def __init__(self, code, w_globals, defaults_w, w_kwdefaults, closure, qualname):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w          # list of W_Root
        self.w_kwdefaults = w_kwdefaults      # W_DictObject or None
        self.closure = closure                # list of W_CellObject
        self.name = code.co_name
        self.qualname = qualname
        self.w_doc = None
        self.w_module = None
        self.w_dict = None
        self.w_annotations = None

    def gettype(self, space):
        return space.w_function

    def takes_positional(self, nargs):
        """Whether a call with `nargs` positional arguments (and no keywords) just fills the
        first locals, the missing ones from the defaults (code.co_fast_argcount)."""
        n = self.code.co_fast_argcount
        return n == nargs or (0 <= nargs < n and nargs + len(self.defaults_w) >= n)

    def fill_defaults(self, locals_w, nargs):
        """After the first nargs locals were set by takes_positional's kind of call."""
        n = self.code.co_fast_argcount
        if nargs < n:
            defaults_w = self.defaults_w
            first = n - len(defaults_w)
            for i in range(nargs, n):
                locals_w[i] = defaults_w[i - first]

    def getdictvalue(self, space, name):
        if self.w_dict is None:
            return None
        return self.w_dict.getitem_str(name)

    def setdictvalue(self, space, name, w_value):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        self.w_dict.setitem_str(name, w_value)
        return True


# W_BuiltinFunction.fastop: built-in methods the eval loop runs inline when called as
# `obj.method(...)` on the right kind of object (interp/pyframe.py, call_builtin_inline).
FAST_NONE = 0
FAST_LIST_APPEND = 1
FAST_LIST_POP = 2
FAST_LEN = 3            # len(x) of an exact list, tuple, str or dict
FAST_ISINSTANCE = 4     # isinstance(x, C) with C a class


class W_BuiltinFunction(W_Root):
    """A function implemented in the interpreter: `func(space, args) -> W_Root`."""

    def __init__(self, name, func):
        self.name = name
        self.func = func
        self.w_self = None      # set for methods bound at creation (module functions: None)
        self.fastop = FAST_NONE

    def gettype(self, space):
        return space.w_builtin_function_or_method


class W_Method(W_Root):
    def __init__(self, w_function, w_self):
        self.w_function = w_function
        self.w_self = w_self

    def gettype(self, space):
        return space.w_method


class W_ClassMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function

    def gettype(self, space):
        return space.w_classmethod


class W_StaticMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function

    def gettype(self, space):
        return space.w_staticmethod


class W_Property(W_Root):
    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.name = ""

    def gettype(self, space):
        return space.w_property


class W_Super(W_Root):
    def __init__(self, w_starttype, w_obj, w_objtype):
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def gettype(self, space):
        return space.w_super


class W_Generator(W_Root):
    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.running = False
        self.finished = False

    def gettype(self, space):
        return space.w_generator

    def next_w(self, space):
        return space.generator_resume(self, space.w_None, True)
