"""PyFrame and the eval loop: executes a PyCode's bytecode.

The main loop (`dispatch`) is the JIT's entry point: `pc` and `code` are green (they name a
position in the user's program), the frame is red. Backward jumps call `can_enter_jit`.
Exceptions are OperationError; `handle_exception` records the traceback entry and unwinds the
frame's block stack to the innermost handler. Generators keep their frame and re-enter
`dispatch` (YIELD_VALUE returns from it with `yielded` set).

Without a JIT, speed comes from doing the common case here, in the loop: attribute, method and
global accesses through the per-instruction inline caches (interp/inlinecache.py); positional
calls of plain functions, bound methods and classes straight into a new frame (call_fast,
instantiate_fast), whose frame object is kept by the code for its next call
(new_frame/release_frame); a few built-ins inline (len, isinstance, list.append, list.pop);
exact ints, floats, lists and tuples before any type dispatch. Everything else goes through the
object space (objspace/) and the rare opcodes (pyframe_rare.py).
"""

from rlib.jit import JitDriver, promote
from objspace.model import (W_Root, W_IntObject, W_FloatObject, W_StrObject, W_TupleObject,
                            W_ListObject, W_DictObject, W_SetObject, W_SliceObject,
                            W_CellObject, W_BoolObject)
from objspace.typeobject import (W_TypeObject, W_ExceptionObject, W_Traceback,
                                 W_ObjectInstance, W_Module)
from objspace.function import (Arguments, W_Function, W_BuiltinFunction, W_Method,
                               W_Generator, W_Super, positional, FAST_NONE, FAST_LIST_APPEND,
                               FAST_LIST_POP, FAST_LEN, FAST_ISINSTANCE)
from objspace.error import OperationError
from objspace import ops, containers, strformat
from interp import opcodes as op
from interp import inlinecache

from interp.blocks import Block, B_EXCEPT, B_HANDLER
from interp import pyframe_rare


def item_or_none(items_w, i):
    """items_w[i] with Python's negative indices; None when out of range (the caller then
    takes the general path, which raises the IndexError)."""
    n = len(items_w)
    if i < 0:
        i += n
    if 0 <= i < n:
        return items_w[i]
    return None


def tuple_item_or_none(items_w, i):
    """The same for a tuple's items (a list of its own kind: never mixed with lists')."""
    n = len(items_w)
    if i < 0:
        i += n
    if 0 <= i < n:
        return items_w[i]
    return None


def get_printable_location(pc, code):
    return "%s:%d %s" % (code.co_name, code.line_at(pc), op.NAMES[code.co_code[pc]])


jitdriver = JitDriver(greens=["pc", "code"], reds=["frame", "space"],
                      get_printable_location=get_printable_location, name="pypyjit")


def new_frame(space, w_func):
    """A frame to run w_func's code: the code's spare frame when it has one (see
    release_frame), else a new one."""
    code = w_func.code
    frame = code.spare_frame
    if frame is None:
        return PyFrame(space, code, w_func.w_globals, w_func.closure)
    code.spare_frame = None
    frame.setup(space, w_func.w_globals, w_func.closure)
    return frame


def release_frame(frame):
    """After a frame from new_frame returned normally: nothing refers to it any more (only
    generators keep frames, and their code never takes this path; tracebacks hold code and
    positions), so its code keeps it for the next call, with its locals and value stack
    emptied. Saves the three allocations of a frame per call."""
    locals_w = frame.locals_w
    for i in range(len(locals_w)):
        locals_w[i] = None
    stack = frame.stack
    if len(stack) > 0:
        del stack[:]
    frame.cells = NO_CELLS
    frame.f_back = None
    frame.code.spare_frame = frame


NO_CELLS = []


class PyFrame(W_Root):
    def __init__(self, space, code, w_globals, closure):
        self.code = code
        self.locals_w = code.no_locals_w[:]     # a copy: one allocation
        self.stack = []
        self.setup(space, w_globals, closure)

    def setup(self, space, w_globals, closure):
        """Everything but the locals and the value stack, which start empty."""
        code = self.code
        self.w_globals = w_globals
        self.w_locals = None            # dict for module and class bodies
        ncells = len(code.co_cellvars)
        if ncells == 0:
            self.cells = closure        # never mutated: the frame may share the function's
        else:
            cells = []
            for i in range(ncells):
                cells.append(W_CellObject(None))
            for c in closure:
                cells.append(c)
            self.cells = cells
        self.blocks = None              # the block stack, made on the first SETUP_*
        self.exc_stack = None           # exceptions being handled, made on the first handler
        self.pc = 0
        self.last_pc = 0
        self.f_back = None
        self.yielded = False
        self.started = False
        self.reraising = False
        self.w_builtins = space.builtins_dict

    def gettype(self, space):
        return space.w_frame

    # ---- stack helpers -------------------------------------------------------------------
    def push(self, w_obj):
        self.stack.append(w_obj)

    def pop(self):
        return self.stack.pop()

    def top(self):
        return self.stack[-1]

    def peek(self, n):
        return self.stack[len(self.stack) - 1 - n]

    def popn(self, n):
        stack = self.stack
        start = len(stack) - n
        assert start >= 0
        items = stack[start:]
        del stack[start:]
        return items

    def push_block(self, block):
        if self.blocks is None:
            self.blocks = [block]
        else:
            self.blocks.append(block)

    def push_handled_exception(self, w_exc):
        if self.exc_stack is None:
            self.exc_stack = [w_exc]
        else:
            self.exc_stack.append(w_exc)

    def init_cells_from_args(self):
        code = self.code
        for i in range(len(code.co_cell2arg)):
            argi = code.co_cell2arg[i]
            if argi >= 0:
                self.cells[i].w_value = self.locals_w[argi]

    # ---- running -------------------------------------------------------------------------
    def run(self, space):
        """Run a fresh frame to completion (functions, module and class bodies)."""
        return self.resume(space, None, None)

    def resume(self, space, w_input, operr):
        ec = space.ec
        if ec.depth >= ec.recursion_limit:
            raise space.error(space.w_RecursionError, "maximum recursion depth exceeded")
        self.f_back = ec.topframe
        ec.topframe = self
        ec.depth += 1
        self.yielded = False
        try:
            if not self.started:
                self.started = True
            elif w_input is not None:
                self.push(w_input)
            if operr is not None:
                if not self.handle_exception(space, operr):
                    raise operr
            while True:
                try:
                    return self.dispatch(space)
                except OperationError as e:
                    if not self.handle_exception(space, e):
                        raise
        finally:
            ec.depth -= 1
            ec.topframe = self.f_back

    def current_exception(self):
        f = self
        while f is not None:
            if f.exc_stack is not None and len(f.exc_stack) > 0:
                return f.exc_stack[-1]
            f = f.f_back
        return None

    def handle_exception(self, space, operr):
        w_exc = operr.w_value
        assert isinstance(w_exc, W_ExceptionObject)
        if self.reraising:
            self.reraising = False
        else:
            if w_exc.w_context is None:
                w_ctx = self.current_exception()
                if w_ctx is not None and w_ctx is not w_exc:
                    w_exc.w_context = w_ctx
            w_exc.w_traceback = W_Traceback(self.code, self.last_pc, w_exc.w_traceback,
                                            self.w_globals)
        while self.blocks is not None and len(self.blocks) > 0:
            b = self.blocks.pop()
            if b.kind == B_HANDLER:
                if self.exc_stack is not None and len(self.exc_stack) > 0:
                    self.exc_stack.pop()
                continue
            del self.stack[b.level:]
            self.push(w_exc)
            self.pc = b.handler
            return True
        return False

    # ---- the eval loop -------------------------------------------------------------------
    def dispatch(self, space):
        code = self.code
        pc = self.pc
        stack = self.stack      # never rebound: popn/del work in place
        while True:
            jitdriver.jit_merge_point(pc=pc, code=code, frame=self, space=space)
            opcode = code.co_code[pc]
            arg = code.co_code[pc + 1]
            self.last_pc = pc
            pc += 2
            self.pc = pc
            if opcode == op.LOAD_FAST:
                w_value = self.locals_w[arg]
                if w_value is None:
                    self.unbound_local(space, arg)
                stack.append(w_value)
            elif opcode == op.LOAD_ATTR:
                w_obj = stack.pop()
                ci = pc // 2 - 1
                if isinstance(w_obj, W_ObjectInstance) and w_obj.map is code.cache_maps[ci] and \
                        w_obj.w_type.version is code.cache_versions[ci]:
                    stack.append(w_obj.read_slot(code.cache_index[ci]))
                else:
                    stack.append(self.load_attr(space, w_obj, code.co_names[arg], ci))
            elif opcode == op.LOAD_CONST:
                stack.append(code.co_consts[arg])
            elif opcode == op.POP_JUMP_IF_FALSE:
                w_cond = stack.pop()
                if not space.is_true(w_cond):
                    if arg < pc:
                        jitdriver.can_enter_jit(pc=arg, code=code, frame=self, space=space)
                    pc = arg
                    self.pc = pc
            elif opcode == op.STORE_FAST:
                self.locals_w[arg] = stack.pop()
            elif opcode == op.COMPARE_OP:
                w_b = stack.pop()
                w_a = stack.pop()
                if arg <= 5 and type(w_a) is W_IntObject and type(w_b) is W_IntObject:
                    w_res = space.newbool(ops.cmp_ints(arg, w_a.intval, w_b.intval))
                else:
                    w_res = self.compare(space, arg, w_a, w_b)
                next_op = code.co_code[pc]
                if isinstance(w_res, W_BoolObject) and (next_op == op.POP_JUMP_IF_FALSE or
                                                        next_op == op.POP_JUMP_IF_TRUE):
                    # the usual `if a < b:`: do the jump now, without the bool going
                    # through the stack and a second dispatch
                    target = code.co_code[pc + 1]
                    self.last_pc = pc
                    pc += 2
                    self.pc = pc
                    if (w_res.intval != 0) == (next_op == op.POP_JUMP_IF_TRUE):
                        if target < pc:
                            jitdriver.can_enter_jit(pc=target, code=code, frame=self,
                                                    space=space)
                        pc = target
                        self.pc = pc
                else:
                    stack.append(w_res)
            elif opcode == op.STORE_ATTR:
                w_obj = stack.pop()
                w_value = stack.pop()
                ci = pc // 2 - 1
                if isinstance(w_obj, W_ObjectInstance) and w_obj.map is code.cache_maps[ci] and \
                        w_obj.w_type.version is code.cache_versions[ci]:
                    new_map = code.cache_newmaps[ci]
                    w_obj.write_slot(code.cache_index[ci], w_value)
                    if new_map is not None:
                        w_obj.map = new_map
                else:
                    self.store_attr(space, w_obj, code.co_names[arg], w_value, ci)
            elif opcode == op.RETURN_VALUE:
                return stack.pop()
            elif opcode == op.BINARY_OP:
                w_b = stack.pop()
                w_a = stack.pop()
                w_res = ops.fast_binop(space, arg, w_a, w_b)
                if w_res is None:
                    w_res = ops.binop(space, arg, w_a, w_b)
                stack.append(w_res)
            elif opcode == op.LOAD_METHOD:
                w_obj = stack[-1]
                ci = pc // 2 - 1
                if isinstance(w_obj, W_ObjectInstance):
                    hit = w_obj.map is code.cache_maps[ci] and \
                        w_obj.w_type.version is code.cache_versions[ci]
                else:
                    hit = code.cache_maps[ci] is None and \
                        space.type(w_obj).version is code.cache_versions[ci]
                if hit:
                    stack[-1] = code.cache_values[ci]
                    stack.append(w_obj)
                else:
                    self.load_method(space, code.co_names[arg], ci)
            elif opcode == op.CALL_METHOD:
                w_func = stack[len(stack) - 2 - arg]
                if isinstance(w_func, W_Function) and w_func.takes_positional(arg + 1):
                    stack.append(self.call_fast(space, w_func, None, arg + 1))
                    continue
                if isinstance(w_func, W_BuiltinFunction) and w_func.w_self is None:
                    if w_func.fastop == FAST_NONE or \
                            not self.call_builtin_inline(space, w_func.fastop, arg):
                        base = len(stack) - arg - 1
                        args_w = stack[base:]       # the object, then the arguments
                        del stack[base - 1:]
                        stack.append(w_func.func(space, positional(args_w)))
                    continue
                args_w = self.popn(arg)
                w_self = stack.pop()
                w_func = stack.pop()
                if w_func is None:
                    stack.append(space.call_function(w_self, args_w))
                else:
                    args2 = [w_self]
                    args2.extend(args_w)
                    stack.append(space.call_function(w_func, args2))
            elif opcode == op.JUMP_IF_FALSE_OR_POP:
                if not space.is_true(stack[-1]):
                    pc = arg
                    self.pc = pc
                else:
                    stack.pop()
            elif opcode == op.LOAD_GLOBAL:
                ci = pc // 2 - 1
                if self.w_globals.version == code.cache_index[ci] and \
                        self.w_builtins.version == code.cache_index2[ci]:
                    stack.append(code.cache_cells[ci].w_value)
                else:
                    stack.append(inlinecache.load_global(space, code, ci, self.w_globals,
                                                         self.w_builtins, code.co_names[arg]))
            elif opcode == op.JUMP_ABSOLUTE:
                # a backward jump: the loop header is where the JIT may start tracing
                jitdriver.can_enter_jit(pc=arg, code=code, frame=self, space=space)
                pc = arg
                self.pc = pc
            elif opcode == op.INPLACE_OP:
                w_b = stack.pop()
                w_a = stack.pop()
                w_res = ops.fast_binop(space, arg, w_a, w_b)
                if w_res is None:
                    w_res = ops.inplace_op(space, arg, w_a, w_b)
                stack.append(w_res)
            elif opcode == op.JUMP_IF_TRUE_OR_POP:
                if space.is_true(stack[-1]):
                    pc = arg
                    self.pc = pc
                else:
                    stack.pop()
            elif opcode == op.JUMP_FORWARD:
                pc = arg
                self.pc = pc
            elif opcode == op.CALL_FUNCTION:
                w_func = stack[len(stack) - 1 - arg]
                if isinstance(w_func, W_Function) and w_func.takes_positional(arg):
                    stack.append(self.call_fast(space, w_func, None, arg))
                    continue
                if isinstance(w_func, W_Method):
                    w_inner = w_func.w_function
                    if isinstance(w_inner, W_Function) and w_inner.takes_positional(arg + 1):
                        stack.append(self.call_fast(space, w_inner, w_func.w_self, arg))
                        continue
                if isinstance(w_func, W_BuiltinFunction) and w_func.fastop != FAST_NONE:
                    w_res = self.call_builtin_function_inline(space, w_func.fastop, arg)
                    if w_res is not None:
                        stack.append(w_res)
                        continue
                if isinstance(w_func, W_TypeObject):
                    w_init = space.plain_init(w_func)
                    if w_init is not None and w_init.takes_positional(arg + 1):
                        stack.append(self.instantiate_fast(space, w_func, w_init, arg))
                        continue
                args_w = self.popn(arg)
                w_func = stack.pop()
                stack.append(space.call_function(w_func, args_w))
            elif opcode == op.BINARY_SUBSCR:
                w_index = stack.pop()
                w_obj = stack.pop()
                w_res = None
                if type(w_index) is W_IntObject:    # exact list/tuple[int]: no type dispatch
                    if type(w_obj) is W_ListObject:
                        w_res = item_or_none(w_obj.items, w_index.intval)
                    elif type(w_obj) is W_TupleObject:
                        w_res = tuple_item_or_none(w_obj.items, w_index.intval)
                elif type(w_index) is W_StrObject and type(w_obj) is W_DictObject:
                    w_res = w_obj.getitem_str(w_index.value)    # None: KeyError, below
                if w_res is None:
                    w_res = containers.getitem(space, w_obj, w_index)
                stack.append(w_res)
            elif opcode == op.UNARY_NOT:
                stack.append(space.newbool(not space.is_true(stack.pop())))
            elif opcode == op.FOR_ITER:
                w_item = stack[-1].next_w(space)
                if w_item is None:
                    stack.pop()
                    pc = arg
                    self.pc = pc
                else:
                    stack.append(w_item)
            elif opcode == op.POP_TOP:
                stack.pop()
            elif opcode == op.POP_JUMP_IF_TRUE:
                w_cond = stack.pop()
                if space.is_true(w_cond):
                    if arg < pc:
                        jitdriver.can_enter_jit(pc=arg, code=code, frame=self, space=space)
                    pc = arg
                    self.pc = pc
            elif opcode == op.LOAD_NAME:
                name = code.co_names[arg]
                w_value = self.w_locals.getitem_str(name)
                if w_value is None:
                    w_value = self.load_global(space, name)
                stack.append(w_value)
            elif opcode == op.STORE_NAME:
                self.w_locals.setitem_str(code.co_names[arg], stack.pop())
            elif opcode == op.STORE_SUBSCR:
                w_index = stack.pop()
                w_obj = stack.pop()
                w_value = stack.pop()
                if type(w_obj) is W_ListObject and type(w_index) is W_IntObject and \
                        -len(w_obj.items) <= w_index.intval < len(w_obj.items):
                    i = w_index.intval
                    if i < 0:
                        i += len(w_obj.items)
                    w_obj.items[i] = w_value
                elif type(w_obj) is W_DictObject and type(w_index) is W_StrObject:
                    w_obj.setitem_str(w_index.value, w_value)
                else:
                    containers.setitem(space, w_obj, w_index, w_value)
            elif opcode == op.LOAD_DEREF:
                w_value = self.cells[arg].w_value
                if w_value is None:
                    self.unbound_deref(space, arg)
                stack.append(w_value)
            elif opcode == op.STORE_DEREF:
                self.cells[arg].w_value = stack.pop()
            elif opcode == op.UNARY_NEGATIVE:
                stack.append(ops.unary_neg(space, stack.pop()))
            elif opcode == op.UNARY_POSITIVE:
                stack.append(ops.unary_pos(space, stack.pop()))
            elif opcode == op.UNARY_INVERT:
                stack.append(ops.unary_invert(space, stack.pop()))
            elif opcode == op.YIELD_VALUE:
                self.yielded = True
                return stack.pop()
            elif opcode == op.YIELD_FROM:
                w_res = self.yield_from(space)
                if w_res is not None:
                    self.pc = pc - 2
                    self.yielded = True
                    return w_res
            elif opcode == op.UNPACK_SEQUENCE:
                w_seq = stack[-1]
                if type(w_seq) is W_TupleObject and len(w_seq.items) == arg:
                    stack.pop()
                    titems = w_seq.items
                    i = arg - 1
                    while i >= 0:
                        stack.append(titems[i])
                        i -= 1
                elif type(w_seq) is W_ListObject and len(w_seq.items) == arg:
                    stack.pop()
                    litems = w_seq.items
                    i = arg - 1
                    while i >= 0:
                        stack.append(litems[i])
                        i -= 1
                else:
                    self.dispatch_rare(space, opcode, arg)
            elif opcode == op.BUILD_SLICE:
                w_step = space.w_None
                if arg == 3:
                    w_step = stack.pop()
                w_stop = stack.pop()
                w_start = stack.pop()
                stack.append(W_SliceObject(w_start, w_stop, w_step))
            elif opcode == op.BUILD_TUPLE:
                stack.append(space.newtuple(self.popn(arg)))
            elif opcode == op.BUILD_LIST:
                stack.append(space.newlist(self.popn(arg)))
            elif opcode == op.LIST_APPEND:
                w_value = stack.pop()
                w_list = stack[len(stack) - arg]
                assert isinstance(w_list, W_ListObject)
                w_list.items.append(w_value)
            elif opcode == op.GET_ITER:
                stack.append(space.iter(stack.pop()))
            elif opcode == op.DUP_TOP_TWO:
                w_1 = stack[-2]
                w_0 = stack[-1]
                stack.append(w_1)
                stack.append(w_0)
            elif opcode == op.ROT_THREE:
                w_0 = stack.pop()
                w_1 = stack.pop()
                w_2 = stack.pop()
                stack.append(w_0)
                stack.append(w_2)
                stack.append(w_1)
            elif opcode == op.DUP_TOP:
                stack.append(stack[-1])
            elif opcode == op.ROT_TWO:
                w_0 = stack.pop()
                w_1 = stack.pop()
                stack.append(w_0)
                stack.append(w_1)
            else:
                self.dispatch_rare(space, opcode, arg)
                pc = self.pc

    def call_fast(self, space, w_func, w_self, nargs):
        """Call a plain function with `nargs` positional arguments, the top of the stack, below
        which is the callable: they go straight into the new frame's first locals, after
        w_self when the callable was a bound method (None otherwise)."""
        stack = self.stack
        frame = new_frame(space, w_func)
        base = len(stack) - nargs
        assert base >= 1
        locals_w = frame.locals_w
        first = 0
        if w_self is not None:
            locals_w[0] = w_self
            first = 1
        for i in range(nargs):
            locals_w[first + i] = stack[base + i]
        w_func.fill_defaults(locals_w, first + nargs)
        del stack[base - 1:]
        w_res = frame.run(space)
        release_frame(frame)
        return w_res

    def call_builtin_inline(self, space, fastop, nargs):
        """`obj.method(args)` for a few built-in methods (W_BuiltinFunction.fastop), done
        here without an argument list; False when the call needs the general path."""
        stack = self.stack
        top = len(stack)
        w_obj = stack[top - 1 - nargs]
        if fastop == FAST_LIST_APPEND and nargs == 1 and isinstance(w_obj, W_ListObject):
            w_obj.items.append(stack[top - 1])
            del stack[top - 3:]
            stack.append(space.w_None)
            return True
        if fastop == FAST_LIST_POP and nargs == 0 and isinstance(w_obj, W_ListObject) and \
                len(w_obj.items) > 0:
            w_item = w_obj.items.pop()
            del stack[top - 2:]
            stack.append(w_item)
            return True
        return False

    def call_builtin_function_inline(self, space, fastop, nargs):
        """`len(x)` and `isinstance(x, C)` for the common operands, done here; None when the
        call needs the general path (which also reports wrong arguments)."""
        stack = self.stack
        top = len(stack)
        if fastop == FAST_LEN and nargs == 1:
            w_x = stack[top - 1]
            n = -1
            if type(w_x) is W_ListObject:
                n = len(w_x.items)
            elif type(w_x) is W_TupleObject:
                n = len(w_x.items)
            elif type(w_x) is W_StrObject:
                n = len(w_x.value)
            elif type(w_x) is W_DictObject:
                n = w_x.length()
            if n >= 0:
                del stack[top - 2:]
                return space.newint(n)
        elif fastop == FAST_ISINSTANCE and nargs == 2:
            w_cls = stack[top - 1]
            if isinstance(w_cls, W_TypeObject):
                w_res = space.newbool(space.type(stack[top - 2]).issubtype(w_cls))
                del stack[top - 3:]
                return w_res
        return None

    def instantiate_fast(self, space, w_type, w_init, nargs):
        """`C(args)` for a class with a plain instantiation (funccall.plain_init): a new
        instance and the arguments go straight into the locals of __init__'s frame."""
        stack = self.stack
        base = len(stack) - nargs
        assert base >= 1
        if not w_type.plain_exception:
            w_obj = W_ObjectInstance(w_type)
        else:
            w_obj = W_ExceptionObject(w_type, stack[base:])    # BaseException's args
        frame = new_frame(space, w_init)
        locals_w = frame.locals_w
        locals_w[0] = w_obj
        for i in range(nargs):
            locals_w[i + 1] = stack[base + i]
        w_init.fill_defaults(locals_w, nargs + 1)
        del stack[base - 1:]
        w_res = frame.run(space)
        release_frame(frame)
        if not space.is_none(w_res):
            raise space.type_error("__init__() should return None, not '%s'" %
                                   space.type_name(w_res))
        return w_obj

    def unbound_local(self, space, arg):
        name = self.code.co_varnames[arg]
        raise space.error(space.w_UnboundLocalError,
                          "cannot access local variable '%s' where it is not associated "
                          "with a value" % name)

    def unbound_deref(self, space, arg):
        code = self.code
        ncells = len(code.co_cellvars)
        if arg < ncells:
            name = code.co_cellvars[arg]
            raise space.error(space.w_UnboundLocalError,
                              "cannot access local variable '%s' where it is not "
                              "associated with a value" % name)
        name = code.co_freevars[arg - ncells]
        raise space.name_error("cannot access free variable '%s' where it is not associated "
                               "with a value in enclosing scope" % name)

    def compare(self, space, arg, w_a, w_b):
        if arg <= 5:
            return ops.compare(space, w_a, w_b, arg)
        if arg == 6:
            return space.newbool(space.is_w(w_a, w_b))
        if arg == 7:
            return space.newbool(not space.is_w(w_a, w_b))
        if arg == 8:
            return space.newbool(containers.contains(space, w_b, w_a))
        return space.newbool(not containers.contains(space, w_b, w_a))

    def load_global(self, space, name):
        w_value = self.w_globals.getitem_str(name)
        if w_value is None:
            w_value = self.w_builtins.getitem_str(name)
            if w_value is None:
                raise space.name_error_for(name)
        return w_value

    def load_attr(self, space, w_obj, name, ci):
        if isinstance(w_obj, W_ObjectInstance):
            code = self.code
            version = w_obj.w_type.version
            if w_obj.map is code.cache2_maps[ci] and version is code.cache2_versions[ci]:
                return w_obj.read_slot(code.cache2_index[ci])
            entry = inlinecache.recall(inlinecache.KIND_LOAD_ATTR, version, w_obj.map, name)
            if entry is not None:
                inlinecache.keep_second(code, ci, entry)
                return w_obj.read_slot(entry.index)
        w_res = space.getattr(w_obj, name)
        inlinecache.fill_load_attr(space, self.code, ci, w_obj, name)
        return w_res

    def store_attr(self, space, w_obj, name, w_value, ci):
        if isinstance(w_obj, W_ObjectInstance):
            old_map = w_obj.map
            entry = inlinecache.recall(inlinecache.KIND_STORE_ATTR, w_obj.w_type.version,
                                       old_map, name)
            if entry is not None:
                new_map = entry.newmap
                w_obj.write_slot(entry.index, w_value)
                if new_map is not None:
                    w_obj.map = new_map
                return
            space.setattr(w_obj, name, w_value)
            inlinecache.fill_store_attr(space, self.code, ci, w_obj, name, old_map)
        else:
            space.setattr(w_obj, name, w_value)

    def load_method(self, space, name, ci):
        w_obj = self.pop()
        w_type = space.type(w_obj)
        if isinstance(w_obj, W_ObjectInstance):
            map = w_obj.map
        else:
            map = None
        code = self.code
        if map is code.cache2_maps[ci] and w_type.version is code.cache2_versions[ci]:
            self.push(code.cache2_values[ci])
            self.push(w_obj)
            return
        entry = inlinecache.recall(inlinecache.KIND_LOAD_METHOD, w_type.version, map, name)
        if entry is not None:
            inlinecache.keep_second(code, ci, entry)
            self.push(entry.w_value)
            self.push(w_obj)
            return
        if not isinstance(w_obj, W_TypeObject) and not isinstance(w_obj, W_Module) and \
                not isinstance(w_obj, W_Super):
            w_descr = w_type.lookup(name)
            if inlinecache.cacheable_method(w_descr):
                if not w_type.is_heaptype or (
                        isinstance(w_type.lookup("__getattribute__"), W_BuiltinFunction) and
                        w_obj.getdictvalue(space, name) is None):
                    inlinecache.fill_load_method(space, self.code, ci, w_obj, name, w_descr)
                    self.push(w_descr)
                    self.push(w_obj)
                    return
        self.push(None)
        self.push(space.getattr(w_obj, name))

    def yield_from(self, space):
        w_value = self.pop()
        w_iter = self.top()
        try:
            if isinstance(w_iter, W_Generator):
                w_res = space.generator_send(w_iter, w_value)
            elif space.is_none(w_value):
                w_res = space.next(w_iter)
            else:
                w_res = space.call_method(w_iter, "send", [w_value])
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            self.pop()
            w_exc = e.w_value
            assert isinstance(w_exc, W_ExceptionObject)
            if len(w_exc.args_w) > 0:
                self.push(w_exc.args_w[0])
            else:
                self.push(space.w_None)
            return None
        return w_res

    def dispatch_rare(self, space, opcode, arg):
        pyframe_rare.dispatch(self, space, opcode, arg)
