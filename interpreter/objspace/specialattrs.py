"""Special attributes of built-in objects (`__class__`, `__dict__`, `__name__`, exception
`args`/`__traceback__`, ...): what getattr finds when neither the instance nor its class has
the name."""

from objspace.model import (W_DictObject, W_IntObject, W_FloatObject, W_ComplexObject, W_SliceObject,
                            W_RangeObject, W_CellObject)
from objspace.typeobject import (W_TypeObject, W_ObjectInstance, W_ExceptionObject, W_Module,
                                 W_Traceback, solid_kind)
from objspace.function import (W_Function, W_BuiltinFunction, W_Method, W_Property,
                               W_ClassMethod, W_StaticMethod, W_Generator)


def set_class(space, w_obj, w_value):
    """`obj.__class__ = C`: between classes whose instances have the same layout."""
    if not isinstance(w_value, W_TypeObject):
        raise space.type_error("__class__ must be set to a class, not '%s' object" %
                               space.type_name(w_value))
    w_old = w_obj.w_type
    if not w_value.is_heaptype or not w_old.is_heaptype:
        raise space.type_error("__class__ assignment only supported for mutable types or "
                               "ModuleType subclasses")
    if solid_kind(w_value) != solid_kind(w_old):
        raise space.type_error("__class__ assignment: '%s' object layout differs from '%s'" %
                               (w_value.name, w_old.name))
    w_obj.w_type = w_value


def special_attr(space, w_obj, name):
    """Attributes that built-in objects have without a class dict entry; None if missing."""
    if name == "__class__":
        return space.type(w_obj)
    if name == "__dict__":
        if isinstance(w_obj, W_Module):
            return w_obj.w_dict
        if isinstance(w_obj, W_ObjectInstance):
            return w_obj.get_dict(space)
        if isinstance(w_obj, W_TypeObject):
            w_d = space.newdict()
            for key, w_value in w_obj.dict_w.items():
                w_d.setitem_str(key, w_value)
            return w_d
        if isinstance(w_obj, W_Function):
            if w_obj.w_dict is None:
                w_obj.w_dict = space.newdict()
            return w_obj.w_dict
    if name == "__doc__":
        if isinstance(w_obj, W_Function):
            if w_obj.w_doc is None:
                return space.w_None
            return w_obj.w_doc
        if isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_ObjectInstance) or \
                isinstance(w_obj, W_Method) or isinstance(w_obj, W_BuiltinFunction):
            return space.w_None
        if isinstance(w_obj, W_Property):
            if w_obj.w_doc is None:
                return space.w_None
            return w_obj.w_doc
    if isinstance(w_obj, W_ExceptionObject):
        return exception_attr(space, w_obj, name)
    if isinstance(w_obj, W_TypeObject):
        if name == "__name__":
            return space.newstr(w_obj.name)
        if name == "__qualname__":
            return space.newstr(w_obj.qualname)
        if name == "__module__":
            return space.newstr(w_obj.module)
        if name == "__bases__":
            return space.newtuple(list_of_types(w_obj.bases_w))
        if name == "__base__":
            if len(w_obj.bases_w) == 0:
                return space.w_None
            return w_obj.bases_w[0]
        if name == "__mro__":
            return space.newtuple(list_of_types(w_obj.mro_w))
        return None
    if isinstance(w_obj, W_Function):
        if name == "__name__":
            return space.newstr(w_obj.name)
        if name == "__qualname__":
            return space.newstr(w_obj.qualname)
        if name == "__module__":
            if w_obj.w_module is None:
                return space.w_None
            return w_obj.w_module
        if name == "__defaults__":
            if len(w_obj.defaults_w) == 0:
                return space.w_None
            return space.newtuple(w_obj.defaults_w)
        if name == "__kwdefaults__":
            if w_obj.w_kwdefaults is None:
                return space.w_None
            return w_obj.w_kwdefaults
        if name == "__code__":
            return w_obj.code
        if name == "__annotations__":
            if w_obj.w_annotations is None:
                w_obj.w_annotations = space.newdict()
            return w_obj.w_annotations
        if name == "__globals__":
            return w_obj.w_globals
        if name == "__closure__":
            if len(w_obj.closure) == 0:
                return space.w_None
            cells = []
            for c in w_obj.closure:
                cells.append(c)
            return space.newtuple(cells)
        return None
    if isinstance(w_obj, W_Method):
        if name == "__self__":
            return w_obj.w_self
        if name == "__func__":
            return w_obj.w_function
        if name == "__name__" or name == "__qualname__" or name == "__doc__":
            return space.getattr(w_obj.w_function, name)
        return None
    if isinstance(w_obj, W_BuiltinFunction):
        if name == "__name__" or name == "__qualname__":
            return space.newstr(w_obj.name)
        if name == "__self__":
            if w_obj.w_self is None:
                return space.w_None
            return w_obj.w_self
        return None
    if isinstance(w_obj, W_IntObject):
        if name == "real" or name == "numerator":
            return space.newint(w_obj.intval)
        if name == "imag":
            return space.newint(0)
        if name == "denominator":
            return space.newint(1)
        return None
    if isinstance(w_obj, W_FloatObject):
        if name == "real":
            return w_obj
        if name == "imag":
            return space.newfloat(0.0)
        return None
    if isinstance(w_obj, W_ComplexObject):
        if name == "real":
            return space.newfloat(w_obj.real)
        if name == "imag":
            return space.newfloat(w_obj.imag)
        return None
    if isinstance(w_obj, W_SliceObject):
        if name == "start":
            return w_obj.w_start
        if name == "stop":
            return w_obj.w_stop
        if name == "step":
            return w_obj.w_step
        return None
    if isinstance(w_obj, W_RangeObject):
        if name == "start":
            return space.newint(w_obj.start)
        if name == "stop":
            return space.newint(w_obj.stop)
        if name == "step":
            return space.newint(w_obj.step)
        return None
    if isinstance(w_obj, W_Property):
        if name == "fget":
            return w_obj.w_fget
        if name == "fset":
            return w_obj.w_fset
        if name == "fdel":
            return w_obj.w_fdel
        return None
    if isinstance(w_obj, W_ClassMethod) or isinstance(w_obj, W_StaticMethod):
        if name == "__func__":
            if isinstance(w_obj, W_ClassMethod):
                return w_obj.w_function
            assert isinstance(w_obj, W_StaticMethod)
            return w_obj.w_function
        return None
    if isinstance(w_obj, W_Generator):
        if name == "__name__":
            return space.newstr(w_obj.name)
        if name == "__qualname__":
            return space.newstr(w_obj.qualname)
        if name == "gi_running":
            return space.newbool(w_obj.running)
        return None
    if isinstance(w_obj, W_CellObject):
        if name == "cell_contents":
            if w_obj.w_value is None:
                raise space.value_error("Cell is empty")
            return w_obj.w_value
        return None
    if isinstance(w_obj, W_Traceback):
        if name == "tb_lineno":
            return space.newint(w_obj.lineno())
        if name == "tb_next":
            if w_obj.tb_next is None:
                return space.w_None
            return w_obj.tb_next
        return None
    if isinstance(w_obj, W_Module):
        if name == "__name__":
            return space.newstr(w_obj.name)
    return None


def list_of_types(types_w):
    result = []
    for w_t in types_w:
        result.append(w_t)
    return result


def exception_attr(space, w_exc, name):
    if name == "args":
        return space.newtuple(list(w_exc.args_w))
    if name == "__traceback__":
        if w_exc.w_traceback is None:
            return space.w_None
        return w_exc.w_traceback
    if name == "__cause__":
        if w_exc.w_cause is None:
            return space.w_None
        return w_exc.w_cause
    if name == "__context__":
        if w_exc.w_context is None:
            return space.w_None
        return w_exc.w_context
    if name == "__suppress_context__":
        return space.newbool(w_exc.suppress_context)
    w_type = w_exc.w_type
    if name == "value" and w_type.issubtype(space.w_StopIteration):
        if len(w_exc.args_w) == 0:
            return space.w_None
        return w_exc.args_w[0]
    if name == "code" and w_type.issubtype(space.w_SystemExit):
        if len(w_exc.args_w) == 0:
            return space.w_None
        if len(w_exc.args_w) == 1:
            return w_exc.args_w[0]
        return space.newtuple(list(w_exc.args_w))
    if w_type.issubtype(space.w_OSError):
        if name == "errno":
            if len(w_exc.args_w) >= 2:
                return w_exc.args_w[0]
            return space.w_None
        if name == "strerror":
            if len(w_exc.args_w) >= 2:
                return w_exc.args_w[1]
            return space.w_None
        if name == "filename":
            if len(w_exc.args_w) >= 3:
                return w_exc.args_w[2]
            return space.w_None
    if name == "name" and (w_type.issubtype(space.w_NameError) or
                           w_type.issubtype(space.w_ImportError)):
        return space.w_None
    if name == "msg" and w_type.issubtype(space.w_SyntaxError):
        if len(w_exc.args_w) > 0:
            return w_exc.args_w[0]
        return space.w_None
    return None


def set_special_attr(space, w_obj, name, w_value):
    if name == "__class__" and isinstance(w_obj, W_ObjectInstance):
        set_class(space, w_obj, w_value)
        return True
    if name == "__dict__" and isinstance(w_obj, W_ObjectInstance):
        if not isinstance(w_value, W_DictObject):
            raise space.type_error("__dict__ must be set to a dictionary, not a '%s'" %
                                   space.type_name(w_value))
        w_obj.get_dict(space)
        w_obj.w_dict = w_value
        return True
    if isinstance(w_obj, W_ExceptionObject):
        if name == "__cause__":
            if space.is_none(w_value):
                w_obj.w_cause = None
            else:
                w_obj.w_cause = w_value
            w_obj.suppress_context = True
            return True
        if name == "__context__":
            if space.is_none(w_value):
                w_obj.w_context = None
            else:
                w_obj.w_context = w_value
            return True
        if name == "__traceback__":
            if isinstance(w_value, W_Traceback):
                w_obj.w_traceback = w_value
            else:
                w_obj.w_traceback = None
            return True
        if name == "__suppress_context__":
            w_obj.suppress_context = space.is_true(w_value)
            return True
        if name == "args":
            w_obj.args_w = space.unpackiterable(w_value)
            return True
        return False
    if isinstance(w_obj, W_Function):
        if name == "__name__":
            w_obj.name = space.text_w(w_value)
            return True
        if name == "__qualname__":
            w_obj.qualname = space.text_w(w_value)
            return True
        if name == "__doc__":
            w_obj.w_doc = w_value
            return True
        if name == "__module__":
            w_obj.w_module = w_value
            return True
        if name == "__defaults__":
            if space.is_none(w_value):
                w_obj.defaults_w = []
            else:
                w_obj.defaults_w = space.unpackiterable(w_value)
            return True
        return False
    if isinstance(w_obj, W_TypeObject):
        if name == "__name__":
            w_obj.name = space.text_w(w_value)
            return True
        if name == "__qualname__":
            w_obj.qualname = space.text_w(w_value)
            return True
        if name == "__module__":
            w_obj.module = space.text_w(w_value)
            w_obj.dict_w["__module__"] = w_value
            w_obj.invalidate()
            return True
    return False
