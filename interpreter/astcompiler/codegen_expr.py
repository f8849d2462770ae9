"""Code generation for expressions (the statement half is codegen.py)."""

from astcompiler import astnodes as ast
from astcompiler.constants import wrap_constant
from pyparser.error import SyntaxErr
from interp import opcodes as op


def visit_expr(g, e):
    saved_line = g.lineno
    saved_col = g.col
    saved_endline = g.endlineno
    saved_endcol = g.endcol
    g.set_loc(e)
    _visit(g, e)
    g.lineno = saved_line
    g.col = saved_col
    g.endlineno = saved_endline
    g.endcol = saved_endcol


def _visit(g, e):
    if isinstance(e, ast.Name):
        g.name_op(e.id, ast.LOAD)
    elif isinstance(e, ast.Constant):
        g.load_const(wrap_constant(g.space, e))
    elif isinstance(e, ast.BinOp):
        g.visit_expr(e.left)
        g.visit_expr(e.right)
        g.emit(op.BINARY_OP, e.op)
    elif isinstance(e, ast.Call):
        visit_call(g, e)
    elif isinstance(e, ast.Attribute):
        g.visit_expr(e.value)
        g.emit(op.LOAD_ATTR, g.add_name(e.attr))
    elif isinstance(e, ast.Subscript):
        g.visit_expr(e.value)
        g.visit_expr(e.slice)
        g.emit0(op.BINARY_SUBSCR)
    elif isinstance(e, ast.Compare):
        visit_compare(g, e)
    elif isinstance(e, ast.BoolOp):
        end = Label_()
        n = len(e.values)
        for i in range(n):
            g.visit_expr(e.values[i])
            if i < n - 1:
                if e.is_and:
                    g.emit_jump(op.JUMP_IF_FALSE_OR_POP, end)
                else:
                    g.emit_jump(op.JUMP_IF_TRUE_OR_POP, end)
        g.mark(end)
    elif isinstance(e, ast.UnaryOp):
        g.visit_expr(e.operand)
        if e.op == ast.NOT:
            g.emit0(op.UNARY_NOT)
        elif e.op == ast.USUB:
            g.emit0(op.UNARY_NEGATIVE)
        elif e.op == ast.UADD:
            g.emit0(op.UNARY_POSITIVE)
        else:
            g.emit0(op.UNARY_INVERT)
    elif isinstance(e, ast.Tuple):
        if has_starred(e.elts):
            build_starred_list(g, e.elts)
            g.emit0(op.LIST_TO_TUPLE)
        else:
            for x in e.elts:
                g.visit_expr(x)
            g.emit(op.BUILD_TUPLE, len(e.elts))
    elif isinstance(e, ast.List):
        if has_starred(e.elts):
            build_starred_list(g, e.elts)
        else:
            for x in e.elts:
                g.visit_expr(x)
            g.emit(op.BUILD_LIST, len(e.elts))
    elif isinstance(e, ast.Set):
        if has_starred(e.elts):
            g.emit(op.BUILD_SET, 0)
            for x in e.elts:
                if isinstance(x, ast.Starred):
                    g.visit_expr(x.value)
                    g.emit(op.SET_UPDATE, 1)
                else:
                    g.visit_expr(x)
                    g.emit(op.SET_ADD, 1)
        else:
            for x in e.elts:
                g.visit_expr(x)
            g.emit(op.BUILD_SET, len(e.elts))
    elif isinstance(e, ast.Dict):
        visit_dict(g, e)
    elif isinstance(e, ast.IfExp):
        orelse = Label_()
        end = Label_()
        g.visit_expr(e.test)
        g.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        g.visit_expr(e.body)
        g.emit_jump(op.JUMP_FORWARD, end)
        g.mark(orelse)
        g.visit_expr(e.orelse)
        g.mark(end)
    elif isinstance(e, ast.Lambda):
        flags = g.visit_defaults(e.args)
        child = g.new_child(e.scope, "<lambda>", e)
        code = g.compile_function_body(child, e.args, [], True, e.body)
        g.set_loc(e)
        g.make_closure(code, e.scope, e.scope.qualname, flags)
    elif isinstance(e, ast.ListComp):
        visit_comprehension(g, e, e.generators, e.elt, None, 0, "<listcomp>")
    elif isinstance(e, ast.SetComp):
        visit_comprehension(g, e, e.generators, e.elt, None, 1, "<setcomp>")
    elif isinstance(e, ast.DictComp):
        visit_comprehension(g, e, e.generators, e.key, e.value, 2, "<dictcomp>")
    elif isinstance(e, ast.GeneratorExp):
        visit_comprehension(g, e, e.generators, e.elt, None, 3, "<genexpr>")
    elif isinstance(e, ast.JoinedStr):
        n = 0
        for v in e.values:
            if isinstance(v, ast.Constant):
                g.visit_expr(v)
            else:
                g.visit_expr(v)
            n += 1
        if n == 1 and isinstance(e.values[0], ast.Constant):
            return
        if n == 0:
            g.load_const(g.space.newstr(""))
            return
        g.emit(op.BUILD_STRING, n)
    elif isinstance(e, ast.FormattedValue):
        g.visit_expr(e.value)
        flags = 0
        if e.conversion == ord("s"):
            flags = 1
        elif e.conversion == ord("r"):
            flags = 2
        elif e.conversion == ord("a"):
            flags = 3
        if e.format_spec is not None:
            g.visit_expr(e.format_spec)
            flags |= 4
        g.emit(op.FORMAT_VALUE, flags)
    elif isinstance(e, ast.Slice):
        n = 2
        if e.lower is not None:
            g.visit_expr(e.lower)
        else:
            g.load_none()
        if e.upper is not None:
            g.visit_expr(e.upper)
        else:
            g.load_none()
        if e.step is not None:
            g.visit_expr(e.step)
            n = 3
        g.emit(op.BUILD_SLICE, n)
    elif isinstance(e, ast.Yield):
        if e.value is not None:
            g.visit_expr(e.value)
        else:
            g.load_none()
        g.emit0(op.YIELD_VALUE)
    elif isinstance(e, ast.YieldFrom):
        g.visit_expr(e.value)
        g.emit0(op.GET_YIELD_FROM_ITER)
        g.load_none()
        g.emit0(op.YIELD_FROM)
    elif isinstance(e, ast.NamedExpr):
        g.visit_expr(e.value)
        g.emit0(op.DUP_TOP)
        g.name_op(e.target.id, ast.STORE)
    elif isinstance(e, ast.Starred):
        raise SyntaxErr("can't use starred expression here", e.lineno, e.col_offset + 1)
    elif isinstance(e, ast.Await):
        raise SyntaxErr("'await' outside function", e.lineno, e.col_offset + 1)
    else:
        raise SyntaxErr("unsupported expression", e.lineno, e.col_offset + 1)


class Label(object):
    def __init__(self):
        self.pos = -1
        self.fixups = []


def Label_():
    return Label()


def has_starred(elts):
    for x in elts:
        if isinstance(x, ast.Starred):
            return True
    return False


def build_starred_list(g, elts):
    g.emit(op.BUILD_LIST, 0)
    for x in elts:
        if isinstance(x, ast.Starred):
            g.visit_expr(x.value)
            g.emit(op.LIST_EXTEND, 1)
        else:
            g.visit_expr(x)
            g.emit(op.LIST_APPEND, 1)


def visit_dict(g, e):
    has_star = False
    for k in e.keys:
        if k is None:
            has_star = True
    if not has_star:
        for i in range(len(e.keys)):
            g.visit_expr(e.keys[i])
            g.visit_expr(e.values[i])
        g.emit(op.BUILD_MAP, len(e.keys))
        return
    g.emit(op.BUILD_MAP, 0)
    for i in range(len(e.keys)):
        k = e.keys[i]
        if k is None:
            g.visit_expr(e.values[i])
            g.emit(op.DICT_UPDATE, 1)
        else:
            g.visit_expr(k)
            g.visit_expr(e.values[i])
            g.emit(op.MAP_ADD, 1)


def visit_compare(g, e):
    n = len(e.ops)
    g.visit_expr(e.left)
    if n == 1:
        g.visit_expr(e.comparators[0])
        g.emit(op.COMPARE_OP, e.ops[0])
        return
    cleanup = Label_()
    end = Label_()
    for i in range(n):
        g.visit_expr(e.comparators[i])
        if i < n - 1:
            g.emit0(op.DUP_TOP)
            g.emit0(op.ROT_THREE)
            g.emit(op.COMPARE_OP, e.ops[i])
            g.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
        else:
            g.emit(op.COMPARE_OP, e.ops[i])
    g.emit_jump(op.JUMP_FORWARD, end)
    g.mark(cleanup)
    g.emit0(op.ROT_TWO)
    g.emit0(op.POP_TOP)
    g.mark(end)


def visit_call(g, e):
    f = e.func
    simple = not has_starred(e.args)
    for k in e.keywords:
        if k.arg is None:
            simple = False
    if simple and len(e.keywords) == 0 and isinstance(f, ast.Attribute):
        g.visit_expr(f.value)
        g.set_loc(e)
        g.emit(op.LOAD_METHOD, g.add_name(f.attr))
        for a in e.args:
            g.visit_expr(a)
        g.emit(op.CALL_METHOD, len(e.args))
        return
    g.visit_expr(f)
    emit_call_args(g, e.args, e.keywords, 0)


def emit_call_args(g, args, keywords, nfixed):
    """The callable (and `nfixed` fixed positional values) are on the stack."""
    simple = not has_starred(args)
    for k in keywords:
        if k.arg is None:
            simple = False
    if simple:
        for a in args:
            g.visit_expr(a)
        if len(keywords) == 0:
            g.emit(op.CALL_FUNCTION, nfixed + len(args))
            return
        names_w = []
        for k in keywords:
            g.visit_expr(k.value)
            names_w.append(g.space.newstr(k.arg))
        g.load_const(g.space.newtuple(names_w))
        g.emit(op.CALL_FUNCTION_KW, nfixed + len(args) + len(keywords))
        return
    # general case: build a tuple of positionals and a dict of keywords
    g.emit(op.BUILD_LIST, nfixed)
    for a in args:
        if isinstance(a, ast.Starred):
            g.visit_expr(a.value)
            g.emit(op.LIST_EXTEND, 1)
        else:
            g.visit_expr(a)
            g.emit(op.LIST_APPEND, 1)
    g.emit0(op.LIST_TO_TUPLE)
    flags = 0
    if len(keywords) > 0:
        flags = 1
        g.emit(op.BUILD_MAP, 0)
        for k in keywords:
            if k.arg is None:
                g.visit_expr(k.value)
                g.emit(op.DICT_MERGE, 1)
            else:
                g.load_const(g.space.newstr(k.arg))
                g.visit_expr(k.value)
                g.emit(op.MAP_ADD, 1)
    g.emit(op.CALL_FUNCTION_EX, flags)


def visit_comprehension(g, e, generators, elt, value, kind, name):
    """kind: 0 list, 1 set, 2 dict, 3 generator expression."""
    scope = e.scope
    child = g.new_child(scope, name, e)
    code = child.code
    code.co_argcount = 1
    child.set_loc(e)
    if kind == 0:
        child.emit(op.BUILD_LIST, 0)
    elif kind == 1:
        child.emit(op.BUILD_SET, 0)
    elif kind == 2:
        child.emit(op.BUILD_MAP, 0)
    child.emit(op.LOAD_FAST, child.add_varname(".0"))
    comprehension_loop(child, e, generators, 0, elt, value, kind)
    child.set_loc(e)
    if kind == 3:
        child.load_none()
    child.emit0(op.RETURN_VALUE)
    code = child.finish()
    g.set_loc(e)
    g.make_closure(code, scope, scope.qualname, 0)
    g.visit_expr(generators[0].iter)
    g.set_loc(e)
    g.emit0(op.GET_ITER)
    g.emit(op.CALL_FUNCTION, 1)


def comprehension_loop(g, e, generators, index, elt, value, kind):
    gen = generators[index]
    start = Label_()
    end = Label_()
    if index > 0:
        g.visit_expr(gen.iter)
        g.emit0(op.GET_ITER)
    g.mark(start)
    g.set_loc(e)
    g.emit_jump(op.FOR_ITER, end)
    g.store_target(gen.target)
    for cond in gen.ifs:
        g.visit_expr(cond)
        g.emit_jump(op.POP_JUMP_IF_FALSE, start)
    if index + 1 < len(generators):
        comprehension_loop(g, e, generators, index + 1, elt, value, kind)
    else:
        depth = len(generators) + 1
        if kind == 0:
            g.visit_expr(elt)
            g.emit(op.LIST_APPEND, depth)
        elif kind == 1:
            g.visit_expr(elt)
            g.emit(op.SET_ADD, depth)
        elif kind == 2:
            g.visit_expr(elt)
            g.visit_expr(value)
            g.emit(op.MAP_ADD, depth)
        else:
            g.visit_expr(elt)
            g.emit0(op.YIELD_VALUE)
            g.emit0(op.POP_TOP)
    g.set_loc(e)
    g.emit_jump(op.JUMP_ABSOLUTE, start)
    g.mark(end)
