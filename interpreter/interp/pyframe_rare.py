"""The eval loop's less frequent opcodes (the hot ones are inline in pyframe.dispatch)."""

from objspace.model import (W_Root, W_IntObject, W_StrObject, W_TupleObject, W_ListObject,
                            W_DictObject, W_SetObject, W_CellObject)
from objspace.typeobject import W_TypeObject, W_ExceptionObject, W_Module
from objspace.function import Arguments, W_Function, W_Method, W_BuiltinFunction
from objspace.error import OperationError
from objspace import ops, containers, strformat
from interp import opcodes as op
from interp.pycode import PyCode
from interp import matching
from interp.blocks import Block, B_EXCEPT, B_HANDLER


def dispatch(frame, space, opcode, arg):
    code = frame.code
    if opcode == op.BUILD_MAP:
        items = frame.popn(2 * arg)
        w_dict = space.newdict()
        for i in range(arg):
            w_dict.setitem(space, items[2 * i], items[2 * i + 1])
        frame.push(w_dict)
    elif opcode == op.BUILD_SET:
        items = frame.popn(arg)
        w_set = space.newset(False)
        for w_x in items:
            space.hash_w(w_x)
            w_set.add(space, w_x)
        frame.push(w_set)
    elif opcode == op.BUILD_STRING:
        stack = frame.stack
        base = len(stack) - arg
        parts = [""] * arg              # the f-string's pieces, joined once
        for i in range(arg):
            parts[i] = space.str_w(stack[base + i])
        del stack[base:]
        frame.push(space.newstr("".join(parts)))
    elif opcode == op.SET_ADD:
        w_value = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_SetObject)
        space.hash_w(w_value)
        w_set.add(space, w_value)
    elif opcode == op.MAP_ADD:
        w_value = frame.pop()
        w_key = frame.pop()
        w_dict = frame.peek(arg - 1)
        assert isinstance(w_dict, W_DictObject)
        w_dict.setitem(space, w_key, w_value)
    elif opcode == op.LIST_EXTEND:
        w_iterable = frame.pop()
        w_list = frame.peek(arg - 1)
        assert isinstance(w_list, W_ListObject)
        if not is_iterable(space, w_iterable):
            raise space.type_error("Value after * must be an iterable, not %s" %
                                   space.type_name(w_iterable))
        w_list.items.extend(space.unpackiterable(w_iterable))
    elif opcode == op.SET_UPDATE:
        w_iterable = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_SetObject)
        for w_x in space.unpackiterable(w_iterable):
            space.hash_w(w_x)
            w_set.add(space, w_x)
    elif opcode == op.DICT_UPDATE or opcode == op.DICT_MERGE:
        w_other = frame.pop()
        w_dict = frame.peek(arg - 1)
        assert isinstance(w_dict, W_DictObject)
        if opcode == op.DICT_MERGE:
            if not isinstance(w_other, W_DictObject) and \
                    space.findattr(w_other, "keys") is None:
                raise space.type_error("argument after ** must be a mapping, not %s" %
                                       space.type_name(w_other))
            if isinstance(w_other, W_DictObject):
                keys = w_other.str_keys()
                if keys is None:
                    keys = [space.str_w(w_k) for w_k in w_other.keys_w(space)]
                for key in keys:
                    if w_dict.getitem_str(key) is not None:
                        w_func = frame.peek(arg + 1)    # below the * arguments and the dict
                        raise space.type_error("%s got multiple values for keyword "
                                               "argument '%s'" % (function_str(space, w_func),
                                                                  key))
        elif not isinstance(w_other, W_DictObject) and space.findattr(w_other, "keys") is None:
            raise space.type_error("'%s' object is not a mapping" % space.type_name(w_other))
        containers.dict_update(space, w_dict, w_other)
    elif opcode == op.LIST_TO_TUPLE:
        w_list = frame.pop()
        assert isinstance(w_list, W_ListObject)
        frame.push(space.newtuple(w_list.items))
    elif opcode == op.FORMAT_VALUE:
        spec = ""
        if arg & 4:
            spec = space.text_w(frame.pop())
        w_value = frame.pop()
        conv = arg & 3
        if conv == 1:
            w_value = space.str(w_value)
        elif conv == 2:
            w_value = space.repr(w_value)
        elif conv == 3:
            w_value = space.newstr(strformat.ascii_of(space.repr_w(w_value)))
        if spec == "" and type(w_value) is W_StrObject:
            frame.push(w_value)
        else:
            frame.push(space.newstr(strformat.format_value(space, w_value, spec)))
    elif opcode == op.UNPACK_SEQUENCE:
        w_seq = frame.pop()
        items = unpack(space, w_seq, arg, -1)
        i = len(items) - 1
        while i >= 0:
            frame.push(items[i])
            i -= 1
    elif opcode == op.UNPACK_EX:
        before = arg & 0xff
        after = arg >> 8
        w_seq = frame.pop()
        items = unpack(space, w_seq, before, after)
        n = len(items)
        result = []
        for i in range(before):
            result.append(items[i])
        result.append(space.newlist(items[before:n - after]))
        for i in range(n - after, n):
            result.append(items[i])
        i = len(result) - 1
        while i >= 0:
            frame.push(result[i])
            i -= 1
    elif opcode == op.DELETE_FAST:
        if frame.locals_w[arg] is None:
            frame.unbound_local(space, arg)
        frame.locals_w[arg] = None
    elif opcode == op.DELETE_DEREF:
        if frame.cells[arg].w_value is None:
            frame.unbound_deref(space, arg)
        frame.cells[arg].w_value = None
    elif opcode == op.LOAD_CLOSURE:
        frame.push(frame.cells[arg])
    elif opcode == op.LOAD_CLASSDEREF:
        ncells = len(code.co_cellvars)
        name = ""
        if arg >= ncells:
            name = code.co_freevars[arg - ncells]
        else:
            name = code.co_cellvars[arg]
        w_value = frame.w_locals.getitem_str(name)
        if w_value is None:
            w_value = frame.cells[arg].w_value
            if w_value is None:
                frame.unbound_deref(space, arg)
        frame.push(w_value)
    elif opcode == op.STORE_GLOBAL:
        frame.w_globals.setitem_str(code.co_names[arg], frame.pop())
    elif opcode == op.DELETE_GLOBAL:
        name = code.co_names[arg]
        if not frame.w_globals.delitem(space, space.newstr(name)):
            raise space.name_error_for(name)
    elif opcode == op.LOAD_NAME:
        name = code.co_names[arg]
        w_value = frame.w_locals.getitem_str(name)
        if w_value is None:
            w_value = frame.load_global(space, name)
        frame.push(w_value)
    elif opcode == op.STORE_NAME:
        frame.w_locals.setitem_str(code.co_names[arg], frame.pop())
    elif opcode == op.DELETE_NAME:
        name = code.co_names[arg]
        if not frame.w_locals.delitem(space, space.newstr(name)):
            raise space.name_error_for(name)
    elif opcode == op.DELETE_ATTR:
        space.delattr(frame.pop(), code.co_names[arg])
    elif opcode == op.DELETE_SUBSCR:
        w_index = frame.pop()
        w_obj = frame.pop()
        containers.delitem(space, w_obj, w_index)
    elif opcode == op.CALL_FUNCTION_KW:
        w_names = frame.pop()
        assert isinstance(w_names, W_TupleObject)
        nkw = len(w_names.items)
        kw_values = frame.popn(nkw)
        args_w = frame.popn(arg - nkw)
        w_func = frame.pop()
        names = []
        for w_n in w_names.items:
            names.append(space.text_w(w_n))
        frame.push(space.call_args(w_func, Arguments(args_w, names, kw_values)))
    elif opcode == op.CALL_FUNCTION_EX:
        names = []
        kw_values = []
        if arg & 1:
            w_kwargs = frame.pop()
            assert isinstance(w_kwargs, W_DictObject)
            keys = w_kwargs.str_keys()
            if keys is not None:
                for key in keys:
                    names.append(key)
                    kw_values.append(w_kwargs.getitem_str(key))
            else:
                for w_k in w_kwargs.keys_w(space):
                    if not isinstance(w_k, W_StrObject):
                        raise space.type_error("keywords must be strings")
                    names.append(w_k.value)
                    kw_values.append(w_kwargs.getitem(space, w_k))
        w_args = frame.pop()
        assert isinstance(w_args, W_TupleObject)
        w_func = frame.pop()
        frame.push(space.call_args(w_func, Arguments(list(w_args.items), names, kw_values)))
    elif opcode == op.MAKE_FUNCTION:
        make_function(frame, space, arg)
    elif opcode == op.LOAD_BUILD_CLASS:
        frame.push(frame.load_global(space, "__build_class__"))
    elif opcode == op.GET_YIELD_FROM_ITER:
        w_obj = frame.top()
        if not isinstance(w_obj, W_Root) or space.type(w_obj) is not space.w_generator:
            frame.pop()
            frame.push(space.iter(w_obj))
    elif opcode == op.SETUP_EXCEPT:
        frame.push_block(Block(B_EXCEPT, arg, len(frame.stack)))
    elif opcode == op.SETUP_WITH:
        setup_with(frame, space, arg)
    elif opcode == op.POP_BLOCK:
        frame.blocks.pop()
    elif opcode == op.PUSH_EXC_INFO:
        w_exc = frame.top()
        frame.push_handled_exception(w_exc)
        frame.push_block(Block(B_HANDLER, 0, len(frame.stack) - 1))
    elif opcode == op.POP_EXCEPT:
        b = frame.blocks.pop()
        assert b.kind == B_HANDLER
        frame.exc_stack.pop()
    elif opcode == op.RERAISE:
        w_exc = frame.pop()
        frame.reraising = True
        raise OperationError(w_exc)
    elif opcode == op.RAISE_VARARGS:
        do_raise(frame, space, arg)
    elif opcode == op.CHECK_EXC_MATCH:
        w_check = frame.pop()
        w_exc = frame.pop()
        check_catchable(space, w_check)
        frame.push(space.newbool(space.exception_match(space.type(w_exc), w_check)))
    elif opcode == op.WITH_EXIT:
        w_exit = frame.pop()
        space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
    elif opcode == op.WITH_EXCEPT:
        w_exc = frame.peek(0)
        w_exit = frame.peek(1)
        assert isinstance(w_exc, W_ExceptionObject)
        w_tb = space.w_None
        if w_exc.w_traceback is not None:
            w_tb = w_exc.w_traceback
        w_res = space.call_function(w_exit, [space.type(w_exc), w_exc, w_tb])
        frame.push(space.newbool(space.is_true(w_res)))
    elif opcode == op.IMPORT_NAME:
        w_fromlist = frame.pop()
        w_level = frame.pop()
        frame.push(space.import_name(frame, code.co_names[arg], w_fromlist,
                                         space.int_w(w_level)))
    elif opcode == op.IMPORT_FROM:
        frame.push(space.import_from(frame.top(), code.co_names[arg]))
    elif opcode == op.IMPORT_STAR:
        space.import_star(frame, frame.pop())
    elif opcode == op.LOAD_ASSERTION_ERROR:
        frame.push(space.w_AssertionError)
    elif opcode == op.NOP:
        pass
    elif opcode == op.MATCH_CASE:
        w_values = frame.pop()
        w_subject = frame.pop()
        w_case = code.co_consts[arg]
        assert isinstance(w_case, matching.W_CasePattern)
        assert isinstance(w_values, W_TupleObject)
        caps = matching.match_case(space, w_case, w_subject, w_values.items)
        if caps is None:
            frame.push(space.w_False)
        else:
            i = len(caps) - 1
            while i >= 0:
                frame.push(caps[i])
                i -= 1
            frame.push(space.w_True)
    elif opcode == op.SETUP_ANNOTATIONS:
        if frame.w_locals.getitem_str("__annotations__") is None:
            frame.w_locals.setitem_str("__annotations__", space.newdict())
    else:
        raise space.error(space.w_SystemError, "unknown opcode %d" % opcode)


def is_iterable(space, w_obj):
    try:
        space.iter(w_obj)
    except OperationError as e:
        if e.match(space, space.w_TypeError):
            return False
        raise
    return True


def function_str(space, w_func):
    """How CPython names a callable in call errors: `module.qualname()`, without the module
    for built-ins."""
    if isinstance(w_func, W_Method):
        w_func = w_func.w_function
    if isinstance(w_func, W_Function):
        w_mod = w_func.w_module
        if isinstance(w_mod, W_StrObject) and w_mod.value != "builtins":
            return "%s.%s()" % (w_mod.value, w_func.qualname)
        return "%s()" % w_func.qualname
    if isinstance(w_func, W_TypeObject):
        if w_func.module != "builtins":
            return "%s.%s()" % (w_func.module, w_func.qualname)
        return "%s()" % w_func.qualname
    if isinstance(w_func, W_BuiltinFunction):
        return "%s()" % w_func.name
    return "%s object" % space.type_name(w_func)


def unpack(space, w_seq, before, after):
    """after < 0: exactly `before` items; otherwise at least before + after."""
    if isinstance(w_seq, W_TupleObject) or isinstance(w_seq, W_ListObject):
        items = space.unpackiterable(w_seq)
    else:
        try:
            w_iter = space.iter(w_seq)
        except OperationError as e:
            if e.match(space, space.w_TypeError):
                raise space.type_error("cannot unpack non-iterable %s object" %
                                       space.type_name(w_seq))
            raise
        items = []
        while True:
            w_item = space.next_or_null(w_iter)
            if w_item is None:
                break
            items.append(w_item)
            if after < 0 and len(items) > before:
                raise space.value_error("too many values to unpack (expected %d)" % before)
    n = len(items)
    if after < 0:
        if n > before:
            raise space.value_error("too many values to unpack (expected %d)" % before)
        if n < before:
            raise space.value_error("not enough values to unpack (expected %d, got %d)" %
                                    (before, n))
    elif n < before + after:
        raise space.value_error("not enough values to unpack (expected at least %d, got %d)" %
                                (before + after, n))
    return items


def make_function(frame, space, flags):
    w_qualname = frame.pop()
    code = frame.pop()
    assert isinstance(code, PyCode)
    closure = []
    if flags & op.MF_CLOSURE:
        w_cells = frame.pop()
        assert isinstance(w_cells, W_TupleObject)
        for w_c in w_cells.items:
            assert isinstance(w_c, W_CellObject)
            closure.append(w_c)
    w_annotations = None
    if flags & op.MF_ANNOTATIONS:
        w_ann = frame.pop()
        assert isinstance(w_ann, W_DictObject)
        w_annotations = w_ann
    w_kwdefaults = None
    if flags & op.MF_KWDEFAULTS:
        w_kw = frame.pop()
        assert isinstance(w_kw, W_DictObject)
        w_kwdefaults = w_kw
    defaults = []
    if flags & op.MF_DEFAULTS:
        w_defs = frame.pop()
        assert isinstance(w_defs, W_TupleObject)
        defaults = list(w_defs.items)
    w_func = W_Function(code, frame.w_globals, defaults, w_kwdefaults, closure,
                        space.text_w(w_qualname))
    w_func.w_doc = code.w_doc
    w_func.w_annotations = w_annotations
    w_name = frame.w_globals.getitem_str("__name__")
    w_func.w_module = w_name
    frame.push(w_func)


def setup_with(frame, space, handler):
    w_mgr = frame.pop()
    w_type = space.type(w_mgr)
    w_enter = w_type.lookup("__enter__")
    w_exit = w_type.lookup("__exit__")
    if w_enter is None:
        raise space.type_error("'%s' object does not support the context manager protocol" %
                               w_type.name)
    if w_exit is None:
        raise space.type_error("'%s' object does not support the context manager protocol "
                               "(missed __exit__ method)" % w_type.name)
    w_bound_exit = space.get(w_exit, w_mgr, w_type)
    frame.push(w_bound_exit)
    w_res = space.call_function(space.get(w_enter, w_mgr, w_type), [])
    frame.push_block(Block(B_EXCEPT, handler, len(frame.stack)))
    frame.push(w_res)


def check_catchable(space, w_check):
    if isinstance(w_check, W_TupleObject):
        for w_t in w_check.items:
            check_catchable(space, w_t)
        return
    if isinstance(w_check, W_TypeObject) and w_check.issubtype(space.w_BaseException):
        return
    raise space.type_error("catching classes that do not inherit from BaseException is not "
                           "allowed")


def make_exception(space, w_obj):
    """`raise X`: X is an exception instance or class."""
    if isinstance(w_obj, W_ExceptionObject):
        return w_obj
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(space.w_BaseException):
        w_exc = space.call_function(w_obj, [])
        if not isinstance(w_exc, W_ExceptionObject):
            raise space.type_error("calling %s should have returned an instance of "
                                   "BaseException, not %s" % (w_obj.name,
                                                              space.type_name(w_exc)))
        return w_exc
    raise space.type_error("exceptions must derive from BaseException")


def do_raise(frame, space, nargs):
    if nargs == 0:
        w_exc = frame.current_exception()
        if w_exc is None:
            raise space.runtime_error("No active exception to reraise")
        frame.reraising = True
        raise OperationError(w_exc)
    w_cause = None
    if nargs == 2:
        w_cause = frame.pop()
    w_exc = make_exception(space, frame.pop())
    if nargs == 2:
        if space.is_none(w_cause):
            w_exc.w_cause = None
        else:
            w_exc.w_cause = make_exception(space, w_cause)
        w_exc.suppress_context = True
    raise OperationError(w_exc)
