"""The object space: the one place that knows how Python objects behave.

ObjSpace creates the built-in types and constants at init time and offers the operations the
eval loop and the built-in modules use: wrapping, errors, type checks, attribute access, calls,
iteration. Arithmetic, comparison, hashing and repr/str live in ops.py; containers in
containers.py. There is one prebuilt instance, `space`, made by objspace.init.
"""

from rlib.jit import promote
from objspace.model import (W_Root, W_NoneObject, W_NotImplementedObject, W_EllipsisObject,
                            W_IntObject, W_BoolObject, W_FloatObject, W_StrObject,
                            W_BytesObject, W_TupleObject, W_ListObject, W_DictObject,
                            W_SetObject, W_ComplexObject, W_CellObject, W_SliceObject,
                            W_RangeObject)
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject, W_Module,
                                 W_Traceback, W_GenericAlias, compute_mro, KIND_OBJECT,
                                 KIND_EXCEPTION,
                                 KIND_BUILTIN, HOOK_GETATTRIBUTE, HOOK_SETATTR, HOOK_GETATTR)
from objspace.function import (Arguments, positional, W_Function, W_BuiltinFunction, W_Method,
                               W_ClassMethod, W_StaticMethod, W_Property, W_Super, W_Generator)
from objspace.error import OperationError
from objspace import ops, containers, longops, rbigint, specialattrs
from objspace.model import W_LongObject
from interp import funccall
from module import iomodule, importing

EXCEPTION_TREE = [
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
]

BUILTIN_TYPE_NAMES = ["int", "bool", "float", "complex", "str", "bytes", "tuple", "list",
                      "dict", "set", "frozenset", "slice", "range", "NoneType",
                      "NotImplementedType", "ellipsis", "function", "builtin_function_or_method",
                      "method", "classmethod", "staticmethod", "property", "super", "generator",
                      "module", "cell", "code", "traceback", "iterator", "enumerate", "zip",
                      "map", "filter", "reversed", "dict_keys", "dict_values", "dict_items",
                      "TextIOWrapper", "frame"]

MAX_RECURSION = 1000


class ExecutionContext(object):
    def __init__(self):
        self.topframe = None
        self.depth = 0
        self.recursion_limit = MAX_RECURSION


class ObjSpace(object):
    def __init__(self):
        self.ec = ExecutionContext()
        # identifiers the compiler produced, shared so that attribute and name lookups
        # usually find the very same string object (a pointer compare, no character compare)
        self.interned = {}
        self.w_None = W_NoneObject()
        self.w_NotImplemented = W_NotImplementedObject()
        self.w_Ellipsis = W_EllipsisObject()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        self.small_ints = [W_IntObject(i) for i in range(-5, 257)]
        self.empty_str = W_StrObject("")
        self.char_cache = [W_StrObject(chr(i)) for i in range(128)]
        self.source_cache = {}      # filename -> list of source lines (tracebacks)
        self.modules = {}           # name -> W_Module (sys.modules, kept in sync)
        self.w_modules = None       # the sys.modules dict
        self.w_builtins = None      # the builtins module
        self.builtins_dict = None
        self.w_sys_path = None
        self.w_stdout = None
        self.w_stderr = None
        self.main_dir = ""
        self.output_buffers = []
        self.repr_stack = []
        self.w_struct_time = None
        self.make_types()

    # ---- type creation (init time) -------------------------------------------------------
    def make_types(self):
        w_object = W_TypeObject("object", [], {}, KIND_OBJECT)
        w_object.mro_w = [w_object]
        self.w_object = w_object
        w_type = W_TypeObject("type", [w_object], {}, KIND_BUILTIN)
        w_type.mro_w = [w_type, w_object]
        self.w_type = w_type
        self.builtin_types_w = []
        for name in BUILTIN_TYPE_NAMES:
            base = w_object
            if name == "bool":
                base = self.w_int
            w_t = W_TypeObject(name, [base], {}, KIND_BUILTIN)
            w_t.mro_w = compute_mro(self, w_t)
            setattr(self, "w_" + name, w_t)      # init time only
            self.builtin_types_w.append(w_t)
        self.exception_types = {}
        for name, basename in EXCEPTION_TREE:
            if basename == "":
                bases = [w_object]
            else:
                bases = [self.exception_types[basename]]
            w_t = W_TypeObject(name, bases, {}, KIND_EXCEPTION)
            w_t.mro_w = compute_mro(self, w_t)
            self.exception_types[name] = w_t
            setattr(self, "w_" + name, w_t)
        self.w_EnvironmentError = self.w_OSError
        self.w_IOError = self.w_OSError

    def builtin_types(self):
        return self.builtin_types_w

    # ---- wrapping ------------------------------------------------------------------------
    def newint(self, value):
        if -5 <= value <= 256:
            return self.small_ints[value + 5]
        return W_IntObject(value)

    def newfloat(self, value):
        return W_FloatObject(value)

    def newbool(self, value):
        if value:
            return self.w_True
        return self.w_False

    def newstr(self, value):
        if len(value) == 1:
            c = ord(value[0])
            if c < 128:
                return self.char_cache[c]
        return W_StrObject(value)

    def intern_str(self, s):
        """The shared copy of identifier `s`."""
        r = self.interned.get(s, None)
        if r is None:
            self.interned[s] = s
            return s
        return r

    def newbytes(self, value):
        return W_BytesObject(value)

    def newtuple(self, items_w):
        return W_TupleObject(items_w)

    def newlist(self, items_w):
        return W_ListObject(items_w)

    def newdict(self):
        return W_DictObject()

    def newset(self, frozen):
        return W_SetObject(frozen)

    def newcomplex(self, real, imag):
        return W_ComplexObject(real, imag)

    def newbigint_from_digits(self, digits, base):
        return longops.wrap(self, rbigint.from_digit_string(digits, base))

    def newlong(self, bigint):
        return longops.wrap(self, bigint)

    def newbuiltin(self, name, func):
        return W_BuiltinFunction(name, func)

    # ---- errors --------------------------------------------------------------------------
    def new_exception(self, w_type, args_w):
        return W_ExceptionObject(w_type, args_w)

    def error(self, w_type, msg):
        return OperationError(W_ExceptionObject(w_type, [self.newstr(msg)]))

    def type_error(self, msg):
        return self.error(self.w_TypeError, msg)

    def value_error(self, msg):
        return self.error(self.w_ValueError, msg)

    def index_error(self, msg):
        return self.error(self.w_IndexError, msg)

    def key_error(self, w_key):
        return OperationError(W_ExceptionObject(self.w_KeyError, [w_key]))

    def attribute_error(self, msg):
        return self.error(self.w_AttributeError, msg)

    def name_error(self, msg):
        return self.error(self.w_NameError, msg)

    def name_error_for(self, name):
        """NameError from the eval loop: carries `name` for the traceback's suggestion."""
        w_exc = W_ExceptionObject(self.w_NameError,
                                  [self.newstr("name '%s' is not defined" % name)])
        w_exc.setdictvalue(self, "name", self.newstr(name))
        return OperationError(w_exc)

    def zero_division(self, msg):
        return self.error(self.w_ZeroDivisionError, msg)

    def overflow_error(self, msg):
        return self.error(self.w_OverflowError, msg)

    def runtime_error(self, msg):
        return self.error(self.w_RuntimeError, msg)

    def stop_iteration(self, w_value):
        args_w = []
        if w_value is not None and w_value is not self.w_None:
            args_w.append(w_value)
        return OperationError(W_ExceptionObject(self.w_StopIteration, args_w))

    # ---- types and identity --------------------------------------------------------------
    def type(self, w_obj):
        return w_obj.gettype(self)

    def type_name(self, w_obj):
        return w_obj.gettype(self).name

    def is_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        # small ints and chars are cached but computed ones are not: compare values for
        # immutable built-in values like CPython's small-int and interning behaviour
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
            return w_a.intval == w_b.intval and -5 <= w_a.intval <= 256
        return False

    def is_none(self, w_obj):
        return w_obj is None or w_obj is self.w_None

    def isinstance_w(self, w_obj, w_type):
        return self.type(w_obj).issubtype(w_type)

    def exception_match(self, w_exc_type, w_check):
        if isinstance(w_check, W_TupleObject):
            for w_t in w_check.items:
                if self.exception_match(w_exc_type, w_t):
                    return True
            return False
        if isinstance(w_check, W_TypeObject):
            if isinstance(w_exc_type, W_TypeObject):
                return w_exc_type.issubtype(w_check)
            return False
        raise self.type_error("catching classes that do not inherit from BaseException is "
                              "not allowed")

    # ---- truth, equality, hashing (delegated) --------------------------------------------
    def is_true(self, w_obj):
        if isinstance(w_obj, W_BoolObject):
            return w_obj.intval != 0
        return ops.is_true(self, w_obj)

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        return self.is_true(ops.compare(self, w_a, w_b, 0))

    def hash_w(self, w_obj):
        return ops.hash_w(self, w_obj)

    def repr(self, w_obj):
        return ops.op_repr(self, w_obj)

    def str(self, w_obj):
        return ops.op_str(self, w_obj)

    def repr_w(self, w_obj):
        return self.str_w(ops.op_repr(self, w_obj))

    def str_w(self, w_obj):
        """The text of str(w_obj) (a str subclass may define its own __str__)."""
        if type(w_obj) is W_StrObject:
            return w_obj.value
        return ops.str_value(self, w_obj)

    def text_w(self, w_obj):
        """The text of a str argument (TypeError otherwise)."""
        if isinstance(w_obj, W_StrObject):
            return w_obj.value
        raise self.type_error("expected str, got %s" % self.type_name(w_obj))

    def int_w(self, w_obj):
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_LongObject):
            raise self.overflow_error("Python int too large to convert to C ssize_t")
        w_index = self.lookup_special(w_obj, "__index__")
        if w_index is not None:
            w_res = self.call_function(w_index, [w_obj])
            if isinstance(w_res, W_IntObject):
                return w_res.intval
        raise self.type_error("'%s' object cannot be interpreted as an integer" %
                              self.type_name(w_obj))

    def float_w(self, w_obj):
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval
        if isinstance(w_obj, W_IntObject):
            return float(w_obj.intval)
        if isinstance(w_obj, W_LongObject):
            return longops.to_float(self, w_obj)
        w_float = self.lookup_special(w_obj, "__float__")
        if w_float is not None:
            w_res = self.call_function(w_float, [w_obj])
            if isinstance(w_res, W_FloatObject):
                return w_res.floatval
        raise self.type_error("must be real number, not %s" % self.type_name(w_obj))

    # ---- attributes ----------------------------------------------------------------------
    def lookup_special(self, w_obj, name):
        """A method defined by a user class (None for built-in types)."""
        w_type = self.type(w_obj)
        if not w_type.is_heaptype:
            return None
        return w_type.lookup(name)

    def lookup(self, w_obj, name):
        return self.type(w_obj).lookup(name)

    def get(self, w_descr, w_obj, w_type):
        """The descriptor protocol for a class attribute found through an instance."""
        if isinstance(w_descr, W_Function):
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_BuiltinFunction):
            if w_descr.w_self is not None:
                return w_descr
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_ClassMethod):
            return W_Method(w_descr.w_function, w_type)
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_function
        if isinstance(w_descr, W_Property):
            if self.is_none(w_descr.w_fget):
                raise self.attribute_error("property '%s' of '%s' object has no getter" %
                                           (w_descr.name, w_type.name))
            return self.call_function(w_descr.w_fget, [w_obj])
        w_get = self.lookup_special(w_descr, "__get__")
        if w_get is not None:
            return self.call_function(w_get, [w_descr, w_obj, w_type])
        return w_descr

    def get_from_class(self, w_descr, w_cls):
        if isinstance(w_descr, W_ClassMethod):
            return W_Method(w_descr.w_function, w_cls)
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_function
        w_get = self.lookup_special(w_descr, "__get__")
        if w_get is not None:
            return self.call_function(w_get, [w_descr, self.w_None, w_cls])
        return w_descr

    def is_data_descr(self, w_descr):
        if isinstance(w_descr, W_Property):
            return True
        w_type = self.type(w_descr)
        if not w_type.is_heaptype:
            return False
        return w_type.lookup("__set__") is not None or w_type.lookup("__delete__") is not None

    def getattr(self, w_obj, name):
        w_res = self.findattr(w_obj, name)
        if w_res is None:
            w_type = self.type(w_obj)
            w_getattr = None
            if w_type.is_heaptype and w_type.user_hooks() & HOOK_GETATTR:
                w_getattr = w_type.lookup("__getattr__")
            if w_getattr is not None:
                return self.call_function(w_getattr, [w_obj, self.newstr(name)])
            raise self.no_attribute(w_obj, name)
        return w_res

    def no_attribute(self, w_obj, name):
        if isinstance(w_obj, W_TypeObject):
            msg = "type object '%s' has no attribute '%s'" % (w_obj.name, name)
        elif isinstance(w_obj, W_Module):
            msg = "module '%s' has no attribute '%s'" % (w_obj.name, name)
        else:
            msg = "'%s' object has no attribute '%s'" % (self.type_name(w_obj), name)
        w_exc = W_ExceptionObject(self.w_AttributeError, [self.newstr(msg)])
        w_exc.setdictvalue(self, "name", self.newstr(name))
        w_exc.setdictvalue(self, "obj", w_obj)
        return OperationError(w_exc)

    def findattr(self, w_obj, name):
        """getattr without __getattr__ and without raising: None when missing."""
        if isinstance(w_obj, W_Super):
            w_res = self.super_getattr(w_obj, name)
            if w_res is not None:
                return w_res
        w_type = self.type(w_obj)
        w_type = promote(w_type)
        if w_type.is_heaptype and w_type.user_hooks() & HOOK_GETATTRIBUTE:
            w_ga = w_type.lookup("__getattribute__")
            if w_ga is not None and not isinstance(w_ga, W_BuiltinFunction):
                try:
                    return self.call_function(w_ga, [w_obj, self.newstr(name)])
                except OperationError as e:
                    if e.match(self, self.w_AttributeError):
                        return None
                    raise
        if isinstance(w_obj, W_TypeObject):
            w_value = w_obj.lookup(name)
            if w_value is not None:
                return self.get_from_class(w_value, w_obj)
            w_descr = w_type.lookup(name)
            if w_descr is not None:
                return self.get(w_descr, w_obj, w_type)
            return specialattrs.special_attr(self, w_obj, name)
        w_descr = w_type.lookup(name)
        if w_descr is not None and w_type.is_heaptype and self.is_data_descr(w_descr):
            return self.get(w_descr, w_obj, w_type)
        w_value = w_obj.getdictvalue(self, name)
        if w_value is not None:
            return w_value
        if w_descr is not None:
            return self.get(w_descr, w_obj, w_type)
        return specialattrs.special_attr(self, w_obj, name)

    def super_getattr(self, w_super, name):
        mro = w_super.w_objtype.mro_w
        i = 0
        while i < len(mro) and mro[i] is not w_super.w_starttype:
            i += 1
        i += 1
        while i < len(mro):
            w_v = mro[i].dict_w.get(name, None)
            if w_v is not None:
                if w_super.w_obj is w_super.w_objtype:
                    if isinstance(w_v, W_Function):
                        return w_v
                    return self.get_from_class(w_v, w_super.w_objtype)
                return self.get(w_v, w_super.w_obj, w_super.w_objtype)
            i += 1
        return None

    def setattr(self, w_obj, name, w_value):
        w_type = self.type(w_obj)
        if w_type.is_heaptype and w_type.user_hooks() & HOOK_SETATTR:
            w_setattr = w_type.lookup("__setattr__")
            if w_setattr is not None and not isinstance(w_setattr, W_BuiltinFunction):
                self.call_function(w_setattr, [w_obj, self.newstr(name), w_value])
                return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                if self.is_none(w_descr.w_fset):
                    raise self.attribute_error("property '%s' of '%s' object has no setter" %
                                               (w_descr.name, w_type.name))
                self.call_function(w_descr.w_fset, [w_obj, w_value])
                return
            w_set = self.lookup_special(w_descr, "__set__")
            if w_set is not None:
                self.call_function(w_set, [w_descr, w_obj, w_value])
                return
        if specialattrs.set_special_attr(self, w_obj, name, w_value):
            return
        if isinstance(w_obj, W_TypeObject) and not w_obj.is_heaptype:
            raise self.type_error("cannot set '%s' attribute of immutable type '%s'" %
                                  (name, w_obj.name))
        if w_type is self.w_object:
            raise self.no_attribute(w_obj, name)
        if not w_obj.setdictvalue(self, name, w_value):
            raise self.no_attribute(w_obj, name)

    def delattr(self, w_obj, name):
        w_type = self.type(w_obj)
        if w_type.is_heaptype:
            w_delattr = w_type.lookup("__delattr__")
            if w_delattr is not None and not isinstance(w_delattr, W_BuiltinFunction):
                self.call_function(w_delattr, [w_obj, self.newstr(name)])
                return
        w_descr = w_type.lookup(name)
        if w_descr is not None and isinstance(w_descr, W_Property):
            if self.is_none(w_descr.w_fdel):
                raise self.attribute_error("property '%s' of '%s' object has no deleter" %
                                           (w_descr.name, w_type.name))
            self.call_function(w_descr.w_fdel, [w_obj])
            return
        if not w_obj.deldictvalue(self, name):
            raise self.no_attribute(w_obj, name)

    # ---- calls ---------------------------------------------------------------------------
    def call_function(self, w_func, args_w):
        if isinstance(w_func, W_Function) and w_func.takes_positional(len(args_w)):
            return funccall.call_positional(self, w_func, args_w)
        return self.call_args(w_func, positional(args_w))

    def plain_init(self, w_type):
        return funccall.plain_init(self, w_type)

    def call_args(self, w_func, args):
        if isinstance(w_func, W_Function):
            return funccall.call_user_function(self, w_func, args)
        if isinstance(w_func, W_Method):
            return self.call_args(w_func.w_function, args.prepend(w_func.w_self))
        if isinstance(w_func, W_BuiltinFunction):
            if w_func.w_self is not None:
                args = args.prepend(w_func.w_self)
            return w_func.func(self, args)
        if isinstance(w_func, W_TypeObject):
            w_meta = w_func.w_metatype
            if w_meta is not None:
                w_call = w_meta.lookup("__call__")
                if w_call is not None and not isinstance(w_call, W_BuiltinFunction):
                    return self.call_args(w_call, args.prepend(w_func))
            return funccall.call_type(self, w_func, args)
        if isinstance(w_func, W_GenericAlias):
            return self.call_args(w_func.w_origin, args)
        w_call = self.lookup_special(w_func, "__call__")
        if w_call is not None:
            return self.call_args(w_call, args.prepend(w_func))
        raise self.type_error("'%s' object is not callable" % self.type_name(w_func))

    def call_method(self, w_obj, name, args_w):
        w_meth = self.getattr(w_obj, name)
        return self.call_function(w_meth, args_w)

    # ---- iteration -----------------------------------------------------------------------
    def iter(self, w_obj):
        return ops.op_iter(self, w_obj)

    def next_or_null(self, w_iter):
        return w_iter.next_w(self)

    def next(self, w_iter):
        w_item = w_iter.next_w(self)
        if w_item is None:
            raise self.stop_iteration(None)
        return w_item

    def unpackiterable(self, w_obj):
        if isinstance(w_obj, W_ListObject):
            return list(w_obj.items)
        if isinstance(w_obj, W_TupleObject):
            return list(w_obj.items)
        w_iter = self.iter(w_obj)
        result = []
        while True:
            w_item = w_iter.next_w(self)
            if w_item is None:
                break
            result.append(w_item)
        return result

    def generator_resume(self, w_gen, w_value, as_next):
        return funccall.generator_resume(self, w_gen, w_value, None, as_next)

    def generator_send(self, w_gen, w_value):
        return funccall.generator_resume(self, w_gen, w_value, None, False)

    def getitem(self, w_obj, w_index):
        return containers.getitem(self, w_obj, w_index)

    def setitem(self, w_obj, w_index, w_value):
        containers.setitem(self, w_obj, w_index, w_value)

    def import_name(self, frame, name, w_fromlist, level):
        return importing.import_name(self, frame, name, w_fromlist, level)

    def import_from(self, w_mod, name):
        return importing.import_from(self, w_mod, name)

    def import_star(self, frame, w_mod):
        importing.import_star(self, frame, w_mod)

    # ---- misc ----------------------------------------------------------------------------
    def len_w(self, w_obj):
        return ops.len_w(self, w_obj)

    def newmodule(self, name):
        w_dict = self.newdict()
        w_dict.setitem_str("__name__", self.newstr(name))
        w_dict.setitem_str("__doc__", self.w_None)
        return W_Module(name, w_dict)

    def write_stdout(self, s):
        iomodule.write_to(self, self.w_stdout, s)

    def write_stderr(self, s):
        iomodule.flush_stdout(self)
        iomodule.write_to(self, self.w_stderr, s)
