"""Code generator: AST + symbol table -> PyCode (interp/pycode.py) for the eval loop.

One CodeGenerator per scope (module, function, lambda, class body, comprehension). Control flow
that leaves a `try`/`with`/`except` block (break, continue, return) is compiled by unwinding the
compiler's frame-block stack (`fblocks`) and emitting the cleanup inline, as CPython does.
"""

from astcompiler import astnodes as ast
from astcompiler import symtable as st
from astcompiler.constants import ConstBuilder
from astcompiler import codegen_expr
from astcompiler.codegen_expr import Label
from pyparser.error import SyntaxErr
from interp import opcodes as op
from interp.pycode import CodeBuilder
from interp import matching

FB_WHILE = 0
FB_FOR = 1
FB_TRY_FINALLY = 2      # inside `try:` of a try/finally: run the finally body on exit
FB_HANDLER = 3          # inside an except clause (or a finally run for an exception)
FB_WITH = 4



def display_elements(node):
    """The elements of a tuple or list display, None for any other expression."""
    if isinstance(node, ast.Tuple):
        return node.elts
    if isinstance(node, ast.List):
        return node.elts
    return None

class FBlock(object):
    def __init__(self, kind, start, end):
        self.kind = kind
        self.start = start        # continue target (loops)
        self.end = end            # break target (loops)
        self.finalbody = None     # list of stmt for FB_TRY_FINALLY
        self.name = None          # bound name for an except clause


class CodeGenerator(object):
    def __init__(self, space, scope, filename, name, qualname, firstlineno):
        self.space = space
        self.consts = ConstBuilder(space)
        self.scope = scope
        self.filename = filename
        self.code = CodeBuilder(name, qualname, filename, firstlineno)
        self.names = {}
        self.varnames = {}
        self.derefs = {}
        self.fblocks = []
        self.lineno = firstlineno
        self.col = 0
        self.endlineno = firstlineno
        self.endcol = 0
        self.interactive = False
        for name2 in scope.varnames:
            self.add_varname(name2)
        for name2 in scope.cellvars:
            self.derefs[name2] = len(self.code.co_cellvars)
            self.code.co_cellvars.append(name2)
        for name2 in scope.freevars:
            self.code.co_freevars.append(name2)
        for name2 in scope.freevars:
            self.derefs[name2] = len(self.code.co_cellvars) + self.code.co_freevars.index(name2)

    # ---- emission ------------------------------------------------------------------------
    def set_loc(self, node):
        self.lineno = node.lineno
        self.col = node.col_offset
        self.endlineno = node.end_lineno
        self.endcol = node.end_col_offset

    def emit(self, opcode, arg):
        c = self.code
        c.co_code.append(opcode)
        c.co_code.append(arg)
        c.co_lines.append(self.lineno)
        c.co_cols.append(self.col)
        c.co_endlines.append(self.endlineno)
        c.co_endcols.append(self.endcol)

    def emit0(self, opcode):
        self.emit(opcode, 0)

    def emit_jump(self, opcode, label):
        if label.pos >= 0:
            self.emit(opcode, label.pos)
        else:
            label.fixups.append(len(self.code.co_code) + 1)
            self.emit(opcode, -1)

    def mark(self, label):
        label.pos = len(self.code.co_code)
        for f in label.fixups:
            self.code.co_code[f] = label.pos

    def add_const(self, w_value):
        return self.consts.add(self.code, w_value)

    def load_const(self, w_value):
        self.emit(op.LOAD_CONST, self.add_const(w_value))

    def load_none(self):
        self.load_const(self.space.w_None)

    def add_name(self, name):
        i = self.names.get(name, -1)
        if i < 0:
            i = len(self.code.co_names)
            self.code.co_names.append(self.space.intern_str(name))
            self.names[name] = i
        return i

    def add_varname(self, name):
        i = self.varnames.get(name, -1)
        if i < 0:
            i = len(self.code.co_varnames)
            self.code.co_varnames.append(self.space.intern_str(name))
            self.varnames[name] = i
        return i

    # ---- names ---------------------------------------------------------------------------
    def name_op(self, name, ctx):
        scope = self.scope
        sc = scope.lookup(name)
        if scope.kind == st.FUNCTION:
            if sc == st.SC_LOCAL:
                i = self.add_varname(name)
                if ctx == ast.LOAD:
                    self.emit(op.LOAD_FAST, i)
                elif ctx == ast.STORE:
                    self.emit(op.STORE_FAST, i)
                else:
                    self.emit(op.DELETE_FAST, i)
                return
            if sc == st.SC_CELL or sc == st.SC_FREE:
                i = self.derefs[name]
                if ctx == ast.LOAD:
                    self.emit(op.LOAD_DEREF, i)
                elif ctx == ast.STORE:
                    self.emit(op.STORE_DEREF, i)
                else:
                    self.emit(op.DELETE_DEREF, i)
                return
            i = self.add_name(name)
            if ctx == ast.LOAD:
                self.emit(op.LOAD_GLOBAL, i)
            elif ctx == ast.STORE:
                self.emit(op.STORE_GLOBAL, i)
            else:
                self.emit(op.DELETE_GLOBAL, i)
            return
        if sc == st.SC_FREE and scope.kind == st.CLASS:
            i = self.derefs[name]
            if ctx == ast.LOAD:
                self.emit(op.LOAD_CLASSDEREF, i)
            elif ctx == ast.STORE:
                self.emit(op.STORE_DEREF, i)
            else:
                self.emit(op.DELETE_DEREF, i)
            return
        i = self.add_name(name)
        if sc == st.SC_GLOBAL_EXPLICIT:
            if ctx == ast.LOAD:
                self.emit(op.LOAD_GLOBAL, i)
            elif ctx == ast.STORE:
                self.emit(op.STORE_GLOBAL, i)
            else:
                self.emit(op.DELETE_GLOBAL, i)
            return
        if ctx == ast.LOAD:
            self.emit(op.LOAD_NAME, i)
        elif ctx == ast.STORE:
            self.emit(op.STORE_NAME, i)
        else:
            self.emit(op.DELETE_NAME, i)

    # ---- entry points --------------------------------------------------------------------
    def compile_module(self, module):
        body = module.body
        if has_annotations(body):
            self.emit0(op.SETUP_ANNOTATIONS)
        if len(body) > 0 and is_docstring(body[0]):
            self.set_loc(body[0])
            self.visit_expr(body[0].value)
            self.emit(op.STORE_NAME, self.add_name("__doc__"))
            body = body[1:]
        self.visit_body(body)
        self.load_none()
        self.emit0(op.RETURN_VALUE)
        return self.finish()

    def finish(self):
        c = self.code
        for name in c.co_cellvars:
            idx = -1
            if self.scope.kind == st.FUNCTION:
                for k in range(len(self.scope.varnames)):
                    if self.scope.varnames[k] == name:
                        idx = k
            c.co_cell2arg.append(idx)
        if self.scope.is_generator:
            c.co_flags |= op.CO_GENERATOR
        return c.build()

    # ---- statements ----------------------------------------------------------------------
    def visit_body(self, body):
        for s in body:
            self.visit_stmt(s)

    def visit_stmt(self, s):
        self.set_loc(s)
        if isinstance(s, ast.Expr):
            self.visit_expr(s.value)
            self.set_loc(s)
            self.emit0(op.POP_TOP)
        elif isinstance(s, ast.Assign):
            if self.swap_assign(s):
                return
            self.visit_expr(s.value)
            self.set_loc(s)
            n = len(s.targets)
            for i in range(n):
                if i < n - 1:
                    self.emit0(op.DUP_TOP)
                self.store_target(s.targets[i])
        elif isinstance(s, ast.AugAssign):
            self.visit_augassign(s)
        elif isinstance(s, ast.AnnAssign):
            if s.value is not None:
                self.visit_expr(s.value)
                self.store_target(s.target)
            if s.simple and isinstance(s.target, ast.Name) and self.scope.kind != st.FUNCTION:
                self.visit_expr(s.annotation)
                self.emit(op.LOAD_NAME, self.add_name("__annotations__"))
                self.load_const(self.space.newstr(s.target.id))
                self.emit0(op.STORE_SUBSCR)
        elif isinstance(s, ast.If):
            self.visit_if(s)
        elif isinstance(s, ast.While):
            self.visit_while(s)
        elif isinstance(s, ast.For):
            self.visit_for(s)
        elif isinstance(s, ast.Return):
            self.visit_return(s)
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.Break):
            self.visit_break(s)
        elif isinstance(s, ast.Continue):
            self.visit_continue(s)
        elif isinstance(s, ast.FunctionDef):
            self.visit_functiondef(s)
        elif isinstance(s, ast.ClassDef):
            self.visit_classdef(s)
        elif isinstance(s, ast.Raise):
            n = 0
            if s.exc is not None:
                self.visit_expr(s.exc)
                n = 1
                if s.cause is not None:
                    self.visit_expr(s.cause)
                    n = 2
            self.set_loc(s)
            self.emit(op.RAISE_VARARGS, n)
        elif isinstance(s, ast.Try):
            if len(s.finalbody) > 0:
                self.visit_try_finally(s)
            else:
                self.visit_try_except(s)
        elif isinstance(s, ast.With):
            self.visit_with(s, 0)
        elif isinstance(s, ast.Assert):
            end = Label()
            self.visit_expr(s.test)
            self.emit_jump(op.POP_JUMP_IF_TRUE, end)
            self.set_loc(s.test)
            self.emit0(op.LOAD_ASSERTION_ERROR)
            if s.msg is not None:
                self.visit_expr(s.msg)
                self.set_loc(s.test)
                self.emit(op.CALL_FUNCTION, 1)
            self.emit(op.RAISE_VARARGS, 1)
            self.mark(end)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                self.delete_target(t)
        elif isinstance(s, ast.Import):
            self.visit_import(s)
        elif isinstance(s, ast.ImportFrom):
            self.visit_importfrom(s)
        elif isinstance(s, ast.Global) or isinstance(s, ast.Nonlocal):
            pass
        elif isinstance(s, ast.Match):
            self.visit_match(s)
        else:
            raise SyntaxErr("unsupported statement", s.lineno, s.col_offset + 1)

    def visit_augassign(self, s):
        t = s.target
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.LOAD)
            self.visit_expr(s.value)
            self.set_loc(s)
            self.emit(op.INPLACE_OP, s.op)
            self.name_op(t.id, ast.STORE)
        elif isinstance(t, ast.Attribute):
            self.visit_expr(t.value)
            self.emit0(op.DUP_TOP)
            self.set_loc(t)
            self.emit(op.LOAD_ATTR, self.add_name(t.attr))
            self.visit_expr(s.value)
            self.set_loc(s)
            self.emit(op.INPLACE_OP, s.op)
            self.emit0(op.ROT_TWO)
            self.emit(op.STORE_ATTR, self.add_name(t.attr))
        elif isinstance(t, ast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.slice)
            self.emit0(op.DUP_TOP_TWO)
            self.set_loc(t)
            self.emit0(op.BINARY_SUBSCR)
            self.visit_expr(s.value)
            self.set_loc(s)
            self.emit(op.INPLACE_OP, s.op)
            self.emit0(op.ROT_THREE)
            self.emit0(op.STORE_SUBSCR)

    def visit_if(self, s):
        end = Label()
        orelse = Label()
        self.visit_expr(s.test)
        self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        self.visit_body(s.body)
        if len(s.orelse) > 0:
            self.emit_jump(op.JUMP_FORWARD, end)
            self.mark(orelse)
            self.visit_body(s.orelse)
        else:
            self.mark(orelse)
        self.mark(end)

    def visit_while(self, s):
        start = Label()
        end = Label()
        orelse = Label()
        self.mark(start)
        if not is_constant_true(s.test):
            self.visit_expr(s.test)
            self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        self.fblocks.append(FBlock(FB_WHILE, start, end))
        self.visit_body(s.body)
        self.fblocks.pop()
        self.set_loc(s)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.mark(orelse)
        self.visit_body(s.orelse)
        self.mark(end)

    def visit_for(self, s):
        start = Label()
        end = Label()
        cleanup = Label()
        self.visit_expr(s.iter)
        self.set_loc(s.iter)
        self.emit0(op.GET_ITER)
        self.mark(start)
        self.set_loc(s)
        self.emit_jump(op.FOR_ITER, cleanup)
        self.store_target(s.target)
        self.fblocks.append(FBlock(FB_FOR, start, end))
        self.visit_body(s.body)
        self.fblocks.pop()
        self.set_loc(s)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.mark(cleanup)
        self.visit_body(s.orelse)
        self.mark(end)

    def unwind_fblock(self, fb, preserve_tos):
        """Emit the cleanup for leaving `fb` (break/continue/return)."""
        if fb.kind == FB_FOR:
            if preserve_tos:
                self.emit0(op.ROT_TWO)
            self.emit0(op.POP_TOP)
        elif fb.kind == FB_TRY_FINALLY:
            self.emit0(op.POP_BLOCK)
            saved = self.fblocks
            idx = saved.index(fb)
            self.fblocks = saved[:idx]
            self.visit_body(fb.finalbody)
            self.fblocks = saved
        elif fb.kind == FB_HANDLER:
            self.emit0(op.POP_EXCEPT)
            if preserve_tos:
                self.emit0(op.ROT_TWO)
            self.emit0(op.POP_TOP)
            if fb.name is not None:
                self.load_none()
                self.name_op(fb.name, ast.STORE)
                self.name_op(fb.name, ast.DEL)
        elif fb.kind == FB_WITH:
            self.emit0(op.POP_BLOCK)
            if preserve_tos:
                self.emit0(op.ROT_TWO)
            self.emit0(op.WITH_EXIT)

    def visit_return(self, s):
        if self.scope.is_generator is False or True:
            pass
        if s.value is not None:
            self.visit_expr(s.value)
        else:
            self.load_none()
        self.set_loc(s)
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            if fb.kind != FB_FOR and fb.kind != FB_WHILE:
                self.unwind_fblock(fb, True)
            i -= 1
        self.set_loc(s)
        self.emit0(op.RETURN_VALUE)

    def visit_break(self, s):
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            if fb.kind == FB_WHILE or fb.kind == FB_FOR:
                if fb.kind == FB_FOR:
                    self.emit0(op.POP_TOP)
                self.emit_jump(op.JUMP_FORWARD, fb.end)
                return
            self.unwind_fblock(fb, False)
            i -= 1
        raise st.node_error("'break' outside loop", s)

    def visit_continue(self, s):
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            if fb.kind == FB_WHILE or fb.kind == FB_FOR:
                self.emit_jump(op.JUMP_ABSOLUTE, fb.start)
                return
            self.unwind_fblock(fb, False)
            i -= 1
        raise st.node_error("'continue' not properly in loop", s)

    def visit_try_except(self, s):
        handler = Label()
        end = Label()
        orelse = Label()
        self.emit_jump(op.SETUP_EXCEPT, handler)
        self.fblocks.append(FBlock(FB_TRY_FINALLY, None, None))
        self.fblocks[-1].finalbody = []
        self.visit_body(s.body)
        self.fblocks.pop()
        self.emit0(op.POP_BLOCK)
        self.emit_jump(op.JUMP_FORWARD, orelse)
        self.mark(handler)
        self.emit0(op.PUSH_EXC_INFO)
        for h in s.handlers:
            self.set_loc(h)
            nxt = Label()
            if h.type is not None:
                self.emit0(op.DUP_TOP)
                self.visit_expr(h.type)
                self.set_loc(h)
                self.emit0(op.CHECK_EXC_MATCH)
                self.emit_jump(op.POP_JUMP_IF_FALSE, nxt)
            if h.name is not None:
                self.emit0(op.DUP_TOP)
                self.name_op(h.name, ast.STORE)
            fb = FBlock(FB_HANDLER, None, None)
            fb.name = h.name
            self.fblocks.append(fb)
            self.visit_body(h.body)
            self.fblocks.pop()
            self.emit0(op.POP_EXCEPT)
            self.emit0(op.POP_TOP)
            if h.name is not None:
                self.load_none()
                self.name_op(h.name, ast.STORE)
                self.name_op(h.name, ast.DEL)
            self.emit_jump(op.JUMP_FORWARD, end)
            self.mark(nxt)
        self.emit0(op.RERAISE)
        self.mark(orelse)
        self.visit_body(s.orelse)
        self.mark(end)

    def visit_try_finally(self, s):
        handler = Label()
        end = Label()
        self.emit_jump(op.SETUP_EXCEPT, handler)
        fb = FBlock(FB_TRY_FINALLY, None, None)
        fb.finalbody = s.finalbody
        self.fblocks.append(fb)
        if len(s.handlers) > 0:
            self.visit_try_except(s)
        else:
            self.visit_body(s.body)
        self.fblocks.pop()
        self.emit0(op.POP_BLOCK)
        self.visit_body(s.finalbody)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(handler)
        self.emit0(op.PUSH_EXC_INFO)
        self.fblocks.append(FBlock(FB_HANDLER, None, None))
        self.visit_body(s.finalbody)
        self.fblocks.pop()
        self.emit0(op.POP_EXCEPT)
        self.emit0(op.RERAISE)
        self.mark(end)

    def visit_with(self, s, index):
        item = s.items[index]
        handler = Label()
        end = Label()
        suppress = Label()
        self.visit_expr(item.context_expr)
        self.set_loc(s)
        self.emit_jump(op.SETUP_WITH, handler)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit0(op.POP_TOP)
        self.fblocks.append(FBlock(FB_WITH, None, None))
        if index + 1 < len(s.items):
            self.visit_with(s, index + 1)
        else:
            self.visit_body(s.body)
        self.fblocks.pop()
        self.set_loc(s)
        self.emit0(op.POP_BLOCK)
        self.emit0(op.WITH_EXIT)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(handler)
        self.emit0(op.PUSH_EXC_INFO)
        self.emit0(op.WITH_EXCEPT)
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.emit0(op.RERAISE)
        self.mark(suppress)
        self.emit0(op.POP_EXCEPT)
        self.emit0(op.POP_TOP)
        self.emit0(op.POP_TOP)
        self.mark(end)

    def visit_match(self, s):
        end = Label()
        self.visit_expr(s.subject)
        for case in s.cases:
            self.set_loc(case)
            fail = Label()
            builder = PatternBuilder(self)
            w_pattern = builder.build(case.pattern)
            w_case = matching.W_CasePattern(w_pattern, len(builder.names))
            self.emit0(op.DUP_TOP)
            for e in builder.exprs:
                self.visit_expr(e)
            self.set_loc(case)
            self.emit(op.BUILD_TUPLE, len(builder.exprs))
            self.emit(op.MATCH_CASE, self.add_const(w_case))
            self.emit_jump(op.POP_JUMP_IF_FALSE, fail)
            for name in builder.names:
                self.name_op(name, ast.STORE)
            if case.guard is not None:
                self.visit_expr(case.guard)
                self.emit_jump(op.POP_JUMP_IF_FALSE, fail)
            self.emit0(op.POP_TOP)
            self.visit_body(case.body)
            self.emit_jump(op.JUMP_FORWARD, end)
            self.mark(fail)
        self.emit0(op.POP_TOP)
        self.mark(end)

    def visit_import(self, s):
        for a in s.names:
            self.load_const(self.space.newint(0))
            self.load_none()
            self.emit(op.IMPORT_NAME, self.add_name(a.name))
            if a.asname is not None:
                parts = a.name.split(".")
                for k in range(1, len(parts)):
                    self.emit(op.IMPORT_FROM, self.add_name(parts[k]))
                    self.emit0(op.ROT_TWO)
                    self.emit0(op.POP_TOP)
                self.name_op(a.asname, ast.STORE)
            else:
                self.name_op(a.name.split(".")[0], ast.STORE)

    def visit_importfrom(self, s):
        space = self.space
        self.load_const(space.newint(s.level))
        names_w = []
        for a in s.names:
            names_w.append(space.newstr(a.name))
        self.load_const(space.newtuple(names_w))
        modname = ""
        if s.module is not None:
            modname = s.module
        self.emit(op.IMPORT_NAME, self.add_name(modname))
        if len(s.names) == 1 and s.names[0].name == "*":
            self.emit0(op.IMPORT_STAR)
            return
        for a in s.names:
            self.emit(op.IMPORT_FROM, self.add_name(a.name))
            if a.asname is not None:
                self.name_op(a.asname, ast.STORE)
            else:
                self.name_op(a.name, ast.STORE)
        self.emit0(op.POP_TOP)

    # ---- functions and classes -----------------------------------------------------------
    def make_closure(self, code, scope, qualname, ndefaults_flags):
        flags = ndefaults_flags
        if len(code.co_freevars) > 0:
            for name in code.co_freevars:
                self.emit(op.LOAD_CLOSURE, self.closure_index(name))
            self.emit(op.BUILD_TUPLE, len(code.co_freevars))
            flags |= op.MF_CLOSURE
        self.load_const(code)
        self.load_const(self.space.newstr(qualname))
        self.emit(op.MAKE_FUNCTION, flags)

    def closure_index(self, name):
        if name in self.derefs:
            return self.derefs[name]
        raise SyntaxErr("internal error: no cell for '%s'" % name, self.lineno, 1)

    def visit_defaults(self, args):
        flags = 0
        if len(args.defaults) > 0:
            for d in args.defaults:
                self.visit_expr(d)
            self.emit(op.BUILD_TUPLE, len(args.defaults))
            flags |= op.MF_DEFAULTS
        n = 0
        for i in range(len(args.kwonlyargs)):
            d = args.kw_defaults[i]
            if d is not None:
                self.load_const(self.space.newstr(args.kwonlyargs[i].arg))
                self.visit_expr(d)
                n += 1
        if n > 0:
            self.emit(op.BUILD_MAP, n)
            flags |= op.MF_KWDEFAULTS
        return flags

    def new_child(self, scope, name, node):
        return CodeGenerator(self.space, scope, self.filename, name, scope.qualname, node.lineno)

    def compile_function_body(self, child, args, body, is_lambda, lambda_body):
        code = child.code
        code.co_argcount = len(args.posonlyargs) + len(args.args)
        code.co_posonlyargcount = len(args.posonlyargs)
        code.co_kwonlyargcount = len(args.kwonlyargs)
        if args.vararg is not None:
            code.co_flags |= op.CO_VARARGS
        if args.kwarg is not None:
            code.co_flags |= op.CO_VARKEYWORDS
        if is_lambda:
            child.set_loc(lambda_body)
            child.visit_expr(lambda_body)
            if child.scope.is_generator:
                child.emit0(op.POP_TOP)
                child.load_none()
            child.emit0(op.RETURN_VALUE)
        else:
            if len(body) > 0 and is_docstring(body[0]):
                code.w_doc = self.space.newstr(body[0].value.strval)
                body = body[1:]
            child.visit_body(body)
            child.load_none()
            child.emit0(op.RETURN_VALUE)
        return child.finish()

    def visit_functiondef(self, s):
        for d in s.decorator_list:
            self.visit_expr(d)
        self.set_loc(s)
        flags = self.visit_defaults(s.args)
        n = 0
        for a in st.all_args(s.args):
            if a.annotation is not None:
                self.load_const(self.space.newstr(a.arg))
                self.visit_expr(a.annotation)
                n += 1
        if s.returns is not None:
            self.load_const(self.space.newstr("return"))
            self.visit_expr(s.returns)
            n += 1
        if n > 0:
            self.set_loc(s)
            self.emit(op.BUILD_MAP, n)
            flags |= op.MF_ANNOTATIONS
        child = self.new_child(s.scope, s.name, s)
        code = self.compile_function_body(child, s.args, s.body, False, None)
        self.set_loc(s)
        self.make_closure(code, s.scope, s.scope.qualname, flags)
        for i in range(len(s.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self.name_op(s.name, ast.STORE)

    def visit_classdef(self, s):
        for d in s.decorator_list:
            self.visit_expr(d)
        self.set_loc(s)
        self.emit0(op.LOAD_BUILD_CLASS)
        scope = s.scope
        child = self.new_child(scope, s.name, s)
        child.emit(op.LOAD_NAME, child.add_name("__name__"))
        child.emit(op.STORE_NAME, child.add_name("__module__"))
        child.load_const(self.space.newstr(scope.qualname))
        child.emit(op.STORE_NAME, child.add_name("__qualname__"))
        body = s.body
        if has_annotations(body):
            child.emit0(op.SETUP_ANNOTATIONS)
        if len(body) > 0 and is_docstring(body[0]):
            child.visit_expr(body[0].value)
            child.emit(op.STORE_NAME, child.add_name("__doc__"))
            body = body[1:]
        child.visit_body(body)
        if scope.needs_class_cell:
            child.emit(op.LOAD_CLOSURE, child.derefs["__class__"])
        else:
            child.load_none()
        child.emit0(op.RETURN_VALUE)
        code = child.finish()
        self.set_loc(s)
        self.make_closure(code, scope, scope.qualname, 0)
        self.load_const(self.space.newstr(s.name))
        self.emit_call_args(s.bases, s.keywords, 2)
        for i in range(len(s.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self.name_op(s.name, ast.STORE)

    # ---- targets -------------------------------------------------------------------------
    def store_target(self, t):
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.STORE)
        elif isinstance(t, ast.Attribute):
            self.visit_expr(t.value)
            self.set_loc(t)
            self.emit(op.STORE_ATTR, self.add_name(t.attr))
        elif isinstance(t, ast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.slice)
            self.set_loc(t)
            self.emit0(op.STORE_SUBSCR)
        elif isinstance(t, ast.Tuple) or isinstance(t, ast.List):
            if isinstance(t, ast.Tuple):
                elts = t.elts
            else:
                assert isinstance(t, ast.List)
                elts = t.elts
            star = -1
            for i in range(len(elts)):
                if isinstance(elts[i], ast.Starred):
                    if star >= 0:
                        raise SyntaxErr("multiple starred expressions in assignment",
                                        t.lineno, t.col_offset + 1)
                    star = i
            self.set_loc(t)
            if star >= 0:
                self.emit(op.UNPACK_EX, star | ((len(elts) - star - 1) << 8))
            else:
                self.emit(op.UNPACK_SEQUENCE, len(elts))
            for e in elts:
                if isinstance(e, ast.Starred):
                    self.store_target(e.value)
                else:
                    self.store_target(e)
        elif isinstance(t, ast.Starred):
            raise SyntaxErr("starred assignment target must be in a list or tuple",
                            t.lineno, t.col_offset + 1)
        else:
            raise SyntaxErr("cannot assign to expression", t.lineno, t.col_offset + 1)

    def swap_assign(self, s):
        """`a, b = x, y` (or three names): the values go on the stack and are stored from
        there, without building a tuple and unpacking it (as CPython does)."""
        if len(s.targets) != 1:
            return False
        elts = display_elements(s.targets[0])
        values = display_elements(s.value)
        if elts is None or values is None or len(elts) != len(values) or \
                len(elts) < 2 or len(elts) > 3:
            return False
        for e in elts:
            if isinstance(e, ast.Starred):
                return False
        for v in values:
            if isinstance(v, ast.Starred):
                return False
        for v in values:
            self.visit_expr(v)
        self.set_loc(s.targets[0])
        if len(elts) == 3:
            self.emit0(op.ROT_THREE)
        self.emit0(op.ROT_TWO)
        for e in elts:
            self.store_target(e)
        return True

    def delete_target(self, t):
        self.set_loc(t)
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.DEL)
        elif isinstance(t, ast.Attribute):
            self.visit_expr(t.value)
            self.set_loc(t)
            self.emit(op.DELETE_ATTR, self.add_name(t.attr))
        elif isinstance(t, ast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.slice)
            self.set_loc(t)
            self.emit0(op.DELETE_SUBSCR)
        elif isinstance(t, ast.Tuple):
            for e in t.elts:
                self.delete_target(e)
        elif isinstance(t, ast.List):
            for e in t.elts:
                self.delete_target(e)

    # ---- expressions (codegen_expr.py) ---------------------------------------------------
    def visit_expr(self, e):
        codegen_expr.visit_expr(self, e)

    def emit_call_args(self, args, keywords, nfixed):
        codegen_expr.emit_call_args(self, args, keywords, nfixed)


def has_annotations(body):
    """An annotated name at this level (not inside nested functions or classes)."""
    for s in body:
        if isinstance(s, ast.AnnAssign):
            return True
        if isinstance(s, ast.If):
            if has_annotations(s.body) or has_annotations(s.orelse):
                return True
        elif isinstance(s, ast.While):
            if has_annotations(s.body) or has_annotations(s.orelse):
                return True
        elif isinstance(s, ast.For):
            if has_annotations(s.body) or has_annotations(s.orelse):
                return True
        elif isinstance(s, ast.With):
            if has_annotations(s.body):
                return True
        elif isinstance(s, ast.Try):
            if has_annotations(s.body) or has_annotations(s.orelse) or \
                    has_annotations(s.finalbody):
                return True
            for h in s.handlers:
                if has_annotations(h.body):
                    return True
    return False


class PatternBuilder(object):
    """AST pattern -> matching.W_Pattern; collects the expressions evaluated before the
    match (values, classes, mapping keys) and the names the pattern binds."""

    def __init__(self, gen):
        self.gen = gen
        self.exprs = []
        self.names = []

    def capture(self, name, node):
        if name in self.names:
            raise SyntaxErr("multiple assignments to name '%s' in pattern" % name,
                            node.lineno, node.col_offset + 1)
        self.names.append(name)
        return len(self.names) - 1

    def capture_or_reuse(self, name):
        for i in range(len(self.names)):
            if self.names[i] == name:
                return i
        self.names.append(name)
        return len(self.names) - 1

    def value(self, e):
        self.exprs.append(e)
        return len(self.exprs) - 1

    def build(self, p):
        space = self.gen.space
        if isinstance(p, ast.MatchValue):
            return matching.PValue(self.value(p.value))
        if isinstance(p, ast.MatchSingleton):
            if p.kind == ast.K_NONE:
                return matching.PSingleton(space.w_None)
            if p.kind == ast.K_TRUE:
                return matching.PSingleton(space.w_True)
            return matching.PSingleton(space.w_False)
        if isinstance(p, ast.MatchAs):
            sub = None
            if p.pattern is not None:
                sub = self.build(p.pattern)
            if p.name is None:
                if sub is None:
                    return matching.PWildcard()
                return sub
            return matching.PCapture(self.capture_or_reuse(p.name), sub)
        if isinstance(p, ast.MatchOr):
            return matching.POr([self.build(q) for q in p.patterns])
        if isinstance(p, ast.MatchSequence):
            items = []
            star = -1
            star_index = -1
            for q in p.patterns:
                if isinstance(q, ast.MatchStar):
                    if star >= 0:
                        raise SyntaxErr("multiple starred names in sequence pattern",
                                        q.lineno, q.col_offset + 1)
                    star = len(items)
                    if q.name is not None:
                        star_index = self.capture(q.name, q)
                else:
                    items.append(self.build(q))
            return matching.PSequence(items, star, star_index)
        if isinstance(p, ast.MatchMapping):
            keys = []
            pats = []
            for i in range(len(p.keys)):
                keys.append(self.value(p.keys[i]))
                pats.append(self.build(p.patterns[i]))
            rest = -1
            if p.rest is not None:
                rest = self.capture(p.rest, p)
            return matching.PMapping(keys, pats, rest)
        if isinstance(p, ast.MatchClass):
            cls_index = self.value(p.cls)
            positional = [self.build(q) for q in p.patterns]
            kw = [self.build(q) for q in p.kwd_patterns]
            return matching.PClass(cls_index, positional, p.kwd_attrs, kw)
        raise SyntaxErr("invalid pattern", p.lineno, p.col_offset + 1)


def is_docstring(s):
    return isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and \
        s.value.kind == ast.K_STR


def is_constant_true(e):
    if isinstance(e, ast.Constant):
        if e.kind == ast.K_TRUE:
            return True
        if e.kind == ast.K_INT and e.intval != 0:
            return True
    return False


def compile_module(space, module, filename):
    builder = st.SymtableBuilder()
    scope = builder.build(module)
    gen = CodeGenerator(space, scope, filename, "<module>", "<module>", 1)
    return gen.compile_module(module)


def compile_eval(space, module, filename):
    """Code for eval(): the module's single expression statement, returned."""
    builder = st.SymtableBuilder()
    scope = builder.build(module)
    gen = CodeGenerator(space, scope, filename, "<module>", "<module>", 1)
    stmt = module.body[0]
    assert isinstance(stmt, ast.Expr)
    gen.set_loc(stmt)
    gen.visit_expr(stmt.value)
    gen.emit0(op.RETURN_VALUE)
    return gen.finish()
