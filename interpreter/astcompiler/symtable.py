"""Symbol table: decides for every name in every scope whether it is local, global, a cell (local
captured by an inner function) or free (captured from an outer function).

Runs between the parser and the code generator. Each function, lambda, class and comprehension
node gets its Scope in `node.scope`.
"""

from astcompiler import astnodes as ast
from pyparser.error import SyntaxErr

DEF_LOCAL = 1
DEF_PARAM = 2
DEF_GLOBAL = 4
DEF_NONLOCAL = 8
USE = 16

SC_LOCAL = 1
SC_GLOBAL_EXPLICIT = 2
SC_GLOBAL_IMPLICIT = 3
SC_FREE = 4
SC_CELL = 5

MODULE = 0
CLASS = 1
FUNCTION = 2


def node_error(msg, node):
    """A SyntaxErr whose carets cover `node` (when it is on one line)."""
    end = 0
    if node.end_lineno == node.lineno:
        end = node.end_col_offset + 1
    return SyntaxErr(msg, node.lineno, node.col_offset + 1, "SyntaxError", end)


class Scope(object):
    def __init__(self, name, kind, parent, lineno):
        self.name = name
        self.kind = kind
        self.parent = parent
        self.lineno = lineno
        self.symbols = {}
        self.varnames = []
        self.children = []
        self.is_generator = False
        self.needs_class_cell = False
        self.uses_super = False
        self.resolved = {}
        self.cellvars = []
        self.freevars = []
        self.qualname = name

    def note(self, name, flag):
        old = self.symbols.get(name, 0)
        self.symbols[name] = old | flag

    def note_global(self, name, node):
        old = self.symbols.get(name, 0)
        if old & (DEF_LOCAL | USE | DEF_PARAM):
            if old & DEF_PARAM:
                raise node_error("name '%s' is parameter and global" % name, node)
            if old & USE:
                raise node_error("name '%s' is used prior to global declaration" % name,
                                 node)
            raise node_error("name '%s' is assigned to before global declaration" % name,
                             node)
        self.symbols[name] = old | DEF_GLOBAL

    def add_param(self, name, node):
        if name in self.symbols and self.symbols[name] & DEF_PARAM:
            if node is not None:
                raise node_error("duplicate argument '%s' in function definition" % name,
                                 node)
            raise SyntaxErr("duplicate argument '%s' in function definition" % name,
                            self.lineno, 1)
        self.note(name, DEF_PARAM | DEF_LOCAL)
        self.varnames.append(name)

    def lookup(self, name):
        return self.resolved.get(name, SC_GLOBAL_IMPLICIT)


def all_args(args):
    result = []
    for a in args.posonlyargs:
        result.append(a)
    for a in args.args:
        result.append(a)
    if args.vararg is not None:
        result.append(args.vararg)
    for a in args.kwonlyargs:
        result.append(a)
    if args.kwarg is not None:
        result.append(args.kwarg)
    return result


class SymtableBuilder(object):
    def __init__(self):
        self.scope = None
        self.module_scope = None

    def build(self, module):
        top = Scope("<module>", MODULE, None, 1)
        self.module_scope = top
        self.scope = top
        self.visit_body(module.body)
        self.resolve(top, {})
        return top

    # ---- pass 1: collect -----------------------------------------------------------------
    def push(self, name, kind, lineno):
        s = Scope(name, kind, self.scope, lineno)
        parent = self.scope
        if parent is not None:
            parent.children.append(s)
            if parent.kind == FUNCTION:
                s.qualname = parent.qualname + ".<locals>." + name
            elif parent.kind == CLASS:
                s.qualname = parent.qualname + "." + name
        self.scope = s
        return s

    def pop(self):
        self.scope = self.scope.parent

    def visit_body(self, body):
        for s in body:
            self.visit_stmt(s)

    def visit_args_defaults(self, args):
        for e in args.defaults:
            self.visit_expr(e)
        for e in args.kw_defaults:
            if e is not None:
                self.visit_expr(e)

    def declare_args(self, scope, args):
        for a in args.posonlyargs:
            scope.add_param(a.arg, a)
        for a in args.args:
            scope.add_param(a.arg, a)
        for a in args.kwonlyargs:
            scope.add_param(a.arg, a)
        if args.vararg is not None:
            scope.add_param(args.vararg.arg, args.vararg)
        if args.kwarg is not None:
            scope.add_param(args.kwarg.arg, args.kwarg)

    def visit_stmt(self, s):
        if isinstance(s, ast.FunctionDef):
            for d in s.decorator_list:
                self.visit_expr(d)
            self.visit_args_defaults(s.args)
            for a in all_args(s.args):
                if a.annotation is not None:
                    self.visit_expr(a.annotation)
            if s.returns is not None:
                self.visit_expr(s.returns)
            self.scope.note(s.name, DEF_LOCAL)
            scope = self.push(s.name, FUNCTION, s.lineno)
            s.scope = scope
            self.declare_args(scope, s.args)
            self.visit_body(s.body)
            self.pop()
        elif isinstance(s, ast.ClassDef):
            for d in s.decorator_list:
                self.visit_expr(d)
            for e in s.bases:
                self.visit_expr(e)
            for k in s.keywords:
                self.visit_expr(k.value)
            self.scope.note(s.name, DEF_LOCAL)
            scope = self.push(s.name, CLASS, s.lineno)
            s.scope = scope
            self.visit_body(s.body)
            self.pop()
        elif isinstance(s, ast.Return):
            if self.scope.kind != FUNCTION:
                raise node_error("'return' outside function", s)
            if s.value is not None:
                self.visit_expr(s.value)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                self.visit_expr(t)
        elif isinstance(s, ast.Assign):
            for t in s.targets:
                self.visit_expr(t)
            self.visit_expr(s.value)
        elif isinstance(s, ast.AugAssign):
            self.visit_expr(s.target)
            if isinstance(s.target, ast.Name):
                self.scope.note(s.target.id, USE)
            self.visit_expr(s.value)
        elif isinstance(s, ast.AnnAssign):
            self.visit_expr(s.target)
            self.visit_expr(s.annotation)
            if s.value is not None:
                self.visit_expr(s.value)
        elif isinstance(s, ast.For):
            self.visit_expr(s.target)
            self.visit_expr(s.iter)
            self.visit_body(s.body)
            self.visit_body(s.orelse)
        elif isinstance(s, ast.While):
            self.visit_expr(s.test)
            self.visit_body(s.body)
            self.visit_body(s.orelse)
        elif isinstance(s, ast.If):
            self.visit_expr(s.test)
            self.visit_body(s.body)
            self.visit_body(s.orelse)
        elif isinstance(s, ast.With):
            for item in s.items:
                self.visit_expr(item.context_expr)
                if item.optional_vars is not None:
                    self.visit_expr(item.optional_vars)
            self.visit_body(s.body)
        elif isinstance(s, ast.Raise):
            if s.exc is not None:
                self.visit_expr(s.exc)
            if s.cause is not None:
                self.visit_expr(s.cause)
        elif isinstance(s, ast.Try):
            self.visit_body(s.body)
            for h in s.handlers:
                if h.type is not None:
                    self.visit_expr(h.type)
                if h.name is not None:
                    self.scope.note(h.name, DEF_LOCAL)
                self.visit_body(h.body)
            self.visit_body(s.orelse)
            self.visit_body(s.finalbody)
        elif isinstance(s, ast.Assert):
            self.visit_expr(s.test)
            if s.msg is not None:
                self.visit_expr(s.msg)
        elif isinstance(s, ast.Import):
            for a in s.names:
                if a.asname is not None:
                    self.scope.note(a.asname, DEF_LOCAL)
                else:
                    self.scope.note(a.name.split(".")[0], DEF_LOCAL)
        elif isinstance(s, ast.ImportFrom):
            for a in s.names:
                if a.name == "*":
                    if self.scope.kind != MODULE:
                        raise SyntaxErr("import * only allowed at module level", s.lineno,
                                        s.col_offset + 1)
                    continue
                if a.asname is not None:
                    self.scope.note(a.asname, DEF_LOCAL)
                else:
                    self.scope.note(a.name, DEF_LOCAL)
        elif isinstance(s, ast.Global):
            for n in s.names:
                self.scope.note_global(n, s)
        elif isinstance(s, ast.Nonlocal):
            if self.scope.kind == MODULE:
                raise node_error("nonlocal declaration not allowed at module level", s)
            for n in s.names:
                old = self.scope.symbols.get(n, 0)
                if old & DEF_PARAM:
                    raise SyntaxErr("name '%s' is parameter and nonlocal" % n, s.lineno,
                                    s.col_offset + 1)
                self.scope.note(n, DEF_NONLOCAL)
        elif isinstance(s, ast.Expr):
            self.visit_expr(s.value)
        elif isinstance(s, ast.Match):
            self.visit_expr(s.subject)
            for case in s.cases:
                self.visit_pattern(case.pattern)
                if case.guard is not None:
                    self.visit_expr(case.guard)
                self.visit_body(case.body)

    def visit_pattern(self, p):
        if isinstance(p, ast.MatchValue):
            self.visit_expr(p.value)
        elif isinstance(p, ast.MatchSequence):
            for q in p.patterns:
                self.visit_pattern(q)
        elif isinstance(p, ast.MatchStar):
            if p.name is not None:
                self.scope.note(p.name, DEF_LOCAL)
        elif isinstance(p, ast.MatchMapping):
            for k in p.keys:
                self.visit_expr(k)
            for q in p.patterns:
                self.visit_pattern(q)
            if p.rest is not None:
                self.scope.note(p.rest, DEF_LOCAL)
        elif isinstance(p, ast.MatchClass):
            self.visit_expr(p.cls)
            for q in p.patterns:
                self.visit_pattern(q)
            for q in p.kwd_patterns:
                self.visit_pattern(q)
        elif isinstance(p, ast.MatchAs):
            if p.pattern is not None:
                self.visit_pattern(p.pattern)
            if p.name is not None:
                self.scope.note(p.name, DEF_LOCAL)
        elif isinstance(p, ast.MatchOr):
            for q in p.patterns:
                self.visit_pattern(q)

    def visit_expr(self, e):
        if isinstance(e, ast.Name):
            if e.ctx == ast.LOAD:
                self.scope.note(e.id, USE)
                if e.id == "super" and self.scope.kind == FUNCTION:
                    self.scope.uses_super = True
            else:
                self.scope.note(e.id, DEF_LOCAL)
        elif isinstance(e, ast.BoolOp):
            for v in e.values:
                self.visit_expr(v)
        elif isinstance(e, ast.NamedExpr):
            self.visit_expr(e.value)
            # the target binds in the nearest enclosing non-comprehension scope
            s = self.scope
            while s.kind == FUNCTION and s.name.startswith("<") and s.name != "<lambda>":
                s = s.parent
            name = e.target.id
            s.note(name, DEF_LOCAL)
            if s is not self.scope:
                self.scope.note(name, USE)
        elif isinstance(e, ast.BinOp):
            self.visit_expr(e.left)
            self.visit_expr(e.right)
        elif isinstance(e, ast.UnaryOp):
            self.visit_expr(e.operand)
        elif isinstance(e, ast.Lambda):
            self.visit_args_defaults(e.args)
            scope = self.push("<lambda>", FUNCTION, e.lineno)
            e.scope = scope
            self.declare_args(scope, e.args)
            self.visit_expr(e.body)
            self.pop()
        elif isinstance(e, ast.IfExp):
            self.visit_expr(e.test)
            self.visit_expr(e.body)
            self.visit_expr(e.orelse)
        elif isinstance(e, ast.Dict):
            for k in e.keys:
                if k is not None:
                    self.visit_expr(k)
            for v in e.values:
                self.visit_expr(v)
        elif isinstance(e, ast.Set):
            for v in e.elts:
                self.visit_expr(v)
        elif isinstance(e, ast.ListComp):
            self.visit_comprehension(e, "<listcomp>", e.generators, e.elt, None)
        elif isinstance(e, ast.SetComp):
            self.visit_comprehension(e, "<setcomp>", e.generators, e.elt, None)
        elif isinstance(e, ast.DictComp):
            self.visit_comprehension(e, "<dictcomp>", e.generators, e.key, e.value)
        elif isinstance(e, ast.GeneratorExp):
            self.visit_comprehension(e, "<genexpr>", e.generators, e.elt, None)
        elif isinstance(e, ast.Yield):
            self.check_yield(e)
            if e.value is not None:
                self.visit_expr(e.value)
        elif isinstance(e, ast.YieldFrom):
            self.check_yield(e)
            self.visit_expr(e.value)
        elif isinstance(e, ast.Await):
            self.visit_expr(e.value)
        elif isinstance(e, ast.Compare):
            self.visit_expr(e.left)
            for c in e.comparators:
                self.visit_expr(c)
        elif isinstance(e, ast.Call):
            self.visit_expr(e.func)
            for a in e.args:
                self.visit_expr(a)
            for k in e.keywords:
                self.visit_expr(k.value)
        elif isinstance(e, ast.FormattedValue):
            self.visit_expr(e.value)
            if e.format_spec is not None:
                self.visit_expr(e.format_spec)
        elif isinstance(e, ast.JoinedStr):
            for v in e.values:
                self.visit_expr(v)
        elif isinstance(e, ast.Attribute):
            self.visit_expr(e.value)
        elif isinstance(e, ast.Subscript):
            self.visit_expr(e.value)
            self.visit_expr(e.slice)
        elif isinstance(e, ast.Starred):
            self.visit_expr(e.value)
        elif isinstance(e, ast.List):
            for v in e.elts:
                self.visit_expr(v)
        elif isinstance(e, ast.Tuple):
            for v in e.elts:
                self.visit_expr(v)
        elif isinstance(e, ast.Slice):
            if e.lower is not None:
                self.visit_expr(e.lower)
            if e.upper is not None:
                self.visit_expr(e.upper)
            if e.step is not None:
                self.visit_expr(e.step)

    def check_yield(self, e):
        if self.scope.kind != FUNCTION:
            raise node_error("'yield' outside function", e)
        self.scope.is_generator = True

    def visit_comprehension(self, e, name, generators, elt, value):
        self.visit_expr(generators[0].iter)
        scope = self.push(name, FUNCTION, e.lineno)
        e.scope = scope
        if name == "<genexpr>":
            scope.is_generator = True
        scope.add_param(".0", None)
        first = True
        for g in generators:
            self.visit_expr(g.target)
            if not first:
                self.visit_expr(g.iter)
            first = False
            for cond in g.ifs:
                self.visit_expr(cond)
        self.visit_expr(elt)
        if value is not None:
            self.visit_expr(value)
        self.pop()

    # ---- pass 2: resolve -----------------------------------------------------------------
    def resolve(self, scope, bound_outside):
        """bound_outside: names bound in enclosing function scopes (visible to closures)."""
        for name, flags in scope.symbols.items():
            if flags & DEF_GLOBAL:
                scope.resolved[name] = SC_GLOBAL_EXPLICIT
            elif flags & DEF_NONLOCAL:
                if name not in bound_outside:
                    raise SyntaxErr("no binding for nonlocal '%s' found" % name,
                                    scope.lineno, 1)
                scope.resolved[name] = SC_FREE
            elif flags & (DEF_LOCAL | DEF_PARAM):
                scope.resolved[name] = SC_LOCAL
            elif name in bound_outside and scope.kind != MODULE:
                scope.resolved[name] = SC_FREE
            else:
                scope.resolved[name] = SC_GLOBAL_IMPLICIT
        if scope.kind == FUNCTION and scope.uses_super:
            p = scope.parent
            if p is not None and (p.kind == CLASS or "__class__" in bound_outside):
                scope.resolved["__class__"] = SC_FREE
        new_bound = {}
        for name in bound_outside.keys():
            new_bound[name] = True
        if scope.kind == FUNCTION:
            for name, sc in scope.resolved.items():
                if sc == SC_LOCAL:
                    new_bound[name] = True
                elif sc == SC_GLOBAL_EXPLICIT and name in new_bound:
                    del new_bound[name]
        elif scope.kind == CLASS:
            new_bound["__class__"] = True
        for child in scope.children:
            self.resolve(child, new_bound)
            for name in child.freevars:
                self.mark_free_from_child(scope, name)
        # cell and free lists in a stable order
        for name in scope.resolved.keys():
            sc = scope.resolved[name]
            if sc == SC_FREE and name not in scope.freevars:
                scope.freevars.append(name)
        if scope.kind == CLASS and scope.needs_class_cell:
            scope.cellvars.append("__class__")

    def mark_free_from_child(self, scope, name):
        if scope.kind == CLASS:
            if name == "__class__":
                scope.needs_class_cell = True
                return
            # a class body passes free names through without binding them
            sc = scope.resolved.get(name, 0)
            if sc == 0 or sc == SC_GLOBAL_IMPLICIT:
                scope.resolved[name] = SC_FREE
            elif sc == SC_LOCAL:
                # the class binds the name but the child sees the enclosing function's one
                if name not in scope.freevars:
                    scope.freevars.append(name)
            return
        sc = scope.resolved.get(name, 0)
        if sc == SC_LOCAL:
            scope.resolved[name] = SC_CELL
            scope.cellvars.append(name)
        elif sc == SC_CELL or sc == SC_FREE:
            return
        else:
            scope.resolved[name] = SC_FREE
