"""Expression half of the parser (the statement half, `Parser`, derives from it): token
helpers and the recursive descent over Python 3.11 expressions, with CPython's error ranges."""

from rlib.objectmodel import specialize
from pyparser import tokenizer as tk
from pyparser.error import SyntaxErr
from pyparser import literals
from astcompiler import astnodes as ast

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield"]

AUGOPS = {"+=": ast.ADD, "-=": ast.SUB, "*=": ast.MUL, "@=": ast.MATMUL, "/=": ast.DIV,
          "%=": ast.MOD, "**=": ast.POW, "<<=": ast.LSHIFT, ">>=": ast.RSHIFT,
          "|=": ast.BITOR, "^=": ast.BITXOR, "&=": ast.BITAND, "//=": ast.FLOORDIV}


class ExprParser(object):
    def __init__(self, tokens, filename):
        self.tokens = tokens
        self.pos = 0
        self.filename = filename

    # ---- token helpers -------------------------------------------------------------------
    @specialize.argtype(1)
    def loc(self, node, tok):
        """Give node the start of `tok` and the end of the last consumed token."""
        node.lineno = tok.lineno
        node.col_offset = tok.col
        last = self.tokens[self.pos - 1]
        if self.pos > 0 and (last.lineno > tok.lineno or
                             (last.lineno == tok.lineno and last.col >= tok.col)):
            node.end_lineno = last.end_lineno
            node.end_col_offset = last.end_col
        else:
            node.end_lineno = tok.end_lineno
            node.end_col_offset = tok.end_col
        return node

    def peek(self):
        return self.tokens[self.pos]

    def peek_at(self, offset):
        i = self.pos + offset
        if i >= len(self.tokens):
            return self.tokens[-1]
        return self.tokens[i]

    def next(self):
        tok = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return tok

    def at_op(self, value):
        tok = self.tokens[self.pos]
        return tok.type == tk.OP and tok.value == value

    def at_kw(self, value):
        tok = self.tokens[self.pos]
        return tok.type == tk.NAME and tok.value == value

    def at_type(self, type):
        return self.tokens[self.pos].type == type

    def error(self, msg, tok):
        raise SyntaxErr(msg, tok.lineno, tok.col + 1)

    def error_range(self, msg, tok):
        """An error whose carets cover the whole token."""
        end = 0
        if tok.end_lineno == tok.lineno:
            end = tok.end_col + 1
        raise SyntaxErr(msg, tok.lineno, tok.col + 1, "SyntaxError", end)

    def error_node(self, msg, node):
        end = 0
        if node.end_lineno == node.lineno:
            end = node.end_col_offset + 1
        raise SyntaxErr(msg, node.lineno, node.col_offset + 1, "SyntaxError", end)

    def error_invalid(self):
        tok = self.peek()
        if tok.type == tk.INDENT:
            raise SyntaxErr("unexpected indent", tok.lineno, tok.col + 1, "IndentationError")
        if tok.type == tk.DEDENT:
            raise SyntaxErr("unindent does not match any outer indentation level",
                            tok.lineno, tok.col + 1, "IndentationError")
        if tok.type == tk.NEWLINE or tok.type == tk.ENDMARKER:
            self.error("invalid syntax", tok)
        self.error_range("invalid syntax", tok)

    def expect_op(self, value):
        tok = self.peek()
        if tok.type == tk.OP and tok.value == value:
            return self.next()
        if value == ":" or value == "=" or value == "(" or value == ")":
            if value == ":" and tok.type != tk.NEWLINE:
                self.error_invalid()
            prev = self.tokens[self.pos - 1]
            raise SyntaxErr("expected '%s'" % value, prev.end_lineno, prev.end_col + 1)
        self.error_invalid()
        return tok

    def expect_kw(self, value):
        if self.at_kw(value):
            return self.next()
        self.error_invalid()
        return self.peek()

    def expect_name(self):
        tok = self.peek()
        if tok.type == tk.NAME and tok.value not in KEYWORDS:
            self.next()
            return tok.value
        self.error_invalid()
        return ""

    def describe(self, node):
        if isinstance(node, ast.Call):
            return "function call"
        if isinstance(node, ast.Constant):
            if node.kind == ast.K_NONE or node.kind == ast.K_TRUE or node.kind == ast.K_FALSE:
                if node.kind == ast.K_NONE:
                    return "None"
                if node.kind == ast.K_TRUE:
                    return "True"
                return "False"
            if node.kind == ast.K_ELLIPSIS:
                return "ellipsis"
            return "literal"
        if isinstance(node, ast.BinOp) or isinstance(node, ast.UnaryOp):
            return "expression"
        if isinstance(node, ast.BoolOp):
            return "expression"
        if isinstance(node, ast.Compare):
            return "comparison"
        if isinstance(node, ast.Lambda):
            return "lambda"
        if isinstance(node, ast.Tuple):
            return "tuple"
        if isinstance(node, ast.List):
            return "list"
        if isinstance(node, ast.Starred):
            return "starred"
        if isinstance(node, ast.IfExp):
            return "conditional expression"
        if isinstance(node, ast.Dict):
            return "dict literal"
        if isinstance(node, ast.Set):
            return "set display"
        if isinstance(node, ast.ListComp):
            return "list comprehension"
        if isinstance(node, ast.GeneratorExp):
            return "generator expression"
        if isinstance(node, ast.JoinedStr):
            return "f-string expression"
        if isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
            return "yield expression"
        if isinstance(node, ast.NamedExpr):
            return "named expression"
        return "expression"

    def set_context(self, node, ctx):
        if isinstance(node, ast.Name):
            node.ctx = ctx
        elif isinstance(node, ast.Attribute):
            node.ctx = ctx
        elif isinstance(node, ast.Subscript):
            node.ctx = ctx
        elif isinstance(node, ast.Tuple):
            node.ctx = ctx
            for e in node.elts:
                self.set_context(e, ctx)
        elif isinstance(node, ast.List):
            node.ctx = ctx
            for e in node.elts:
                self.set_context(e, ctx)
        elif isinstance(node, ast.Starred) and ctx == ast.STORE:
            node.ctx = ctx
            self.set_context(node.value, ctx)
        else:
            what = self.describe(node)
            if ctx == ast.DEL:
                self.error_node("cannot delete %s" % what, node)
            if isinstance(node, ast.Constant) and (node.kind == ast.K_NONE or
                                                   node.kind == ast.K_TRUE or
                                                   node.kind == ast.K_FALSE):
                self.error_node("cannot assign to %s" % what, node)
            self.error_node("cannot assign to %s here. Maybe you meant '==' instead of '='?" %
                            what, node)

    def parse_target_list(self):
        tok = self.peek()
        first = self.parse_star_target()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.at_op(","):
            self.next()
            if self.at_kw("in") or self.at_op("="):
                break
            elts.append(self.parse_star_target())
        return self.loc(ast.Tuple(elts, ast.STORE), tok)

    def parse_star_target(self):
        if self.at_op("*"):
            tok = self.next()
            return self.loc(ast.Starred(self.parse_bitwise_or(), ast.STORE), tok)
        return self.parse_bitwise_or()

    def parse_arguments(self, closing, allow_annotations):
        posonly = []
        args = []
        defaults = []
        kwonly = []
        kw_defaults = []
        vararg = None
        kwarg = None
        seen_star = False
        while not self.at_op(closing):
            tok = self.peek()
            if self.at_op("/"):
                self.next()
                if seen_star or len(args) == 0:
                    self.error("at least one argument must precede /", tok)
                for a in args:
                    posonly.append(a)
                args = []
            elif self.at_op("**"):
                self.next()
                kwarg = self.loc(ast.arg(self.expect_name()), tok)
                if allow_annotations and self.at_op(":"):
                    self.next()
                    kwarg.annotation = self.parse_expression()
            elif self.at_op("*"):
                self.next()
                if seen_star:
                    self.error("* argument may appear only once", tok)
                seen_star = True
                if not self.at_op(",") and not self.at_op(closing):
                    vararg = self.loc(ast.arg(self.expect_name()), tok)
                    if allow_annotations and self.at_op(":"):
                        self.next()
                        vararg.annotation = self.parse_star_expression()
            else:
                a = self.loc(ast.arg(self.expect_name()), tok)
                if allow_annotations and self.at_op(":"):
                    self.next()
                    a.annotation = self.parse_expression()
                default = None
                if self.at_op("="):
                    self.next()
                    default = self.parse_expression()
                if seen_star:
                    kwonly.append(a)
                    kw_defaults.append(default)
                else:
                    args.append(a)
                    if default is not None:
                        defaults.append(default)
                    elif len(defaults) > 0:
                        self.error("non-default argument follows default argument", tok)
            if kwarg is not None and not self.at_op(closing):
                if self.at_op(","):
                    self.next()
                if not self.at_op(closing):
                    self.error("arguments cannot follow var-keyword argument", self.peek())
            if self.at_op(","):
                self.next()
            elif not self.at_op(closing):
                self.error_invalid()
        return ast.arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    # ---- expressions ---------------------------------------------------------------------
    def parse_star_expressions(self):
        tok = self.peek()
        first = self.parse_star_expression()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.at_op(","):
            self.next()
            if self.at_expr_end():
                break
            elts.append(self.parse_star_expression())
        return self.loc(ast.Tuple(elts, ast.LOAD), tok)

    def at_expr_end(self):
        tok = self.peek()
        if tok.type == tk.NEWLINE or tok.type == tk.ENDMARKER:
            return True
        if tok.type == tk.OP:
            return tok.value in ("=", ")", "]", "}", ";", ":") or tok.value in AUGOPS
        return tok.type == tk.NAME and tok.value == "in"

    def parse_star_expression(self):
        if self.at_op("*"):
            tok = self.next()
            return self.loc(ast.Starred(self.parse_bitwise_or(), ast.LOAD), tok)
        return self.parse_expression()

    def parse_named_expression(self):
        tok = self.peek()
        if tok.type == tk.NAME and self.peek_at(1).type == tk.OP and \
                self.peek_at(1).value == ":=":
            name = self.expect_name()
            self.next()
            value = self.parse_expression()
            target = self.loc(ast.Name(name, ast.STORE), tok)
            return self.loc(ast.NamedExpr(target, value), tok)
        return self.parse_expression()

    def parse_expression(self):
        tok = self.peek()
        if self.at_kw("lambda"):
            return self.parse_lambda()
        body = self.parse_disjunction()
        if self.at_kw("if"):
            self.next()
            test = self.parse_disjunction()
            if not self.at_kw("else"):
                end = 0
                last = self.tokens[self.pos - 1]
                if last.end_lineno == tok.lineno:
                    end = last.end_col + 1
                raise SyntaxErr("expected 'else' after 'if' expression", tok.lineno,
                                tok.col + 1, "SyntaxError", end)
            self.next()
            orelse = self.parse_expression()
            return self.loc(ast.IfExp(test, body, orelse), tok)
        return body

    def parse_expression_nocond(self):
        if self.at_kw("lambda"):
            return self.parse_lambda()
        return self.parse_disjunction()

    def parse_lambda(self):
        tok = self.next()
        args = self.parse_arguments(":", False)
        self.expect_op(":")
        body = self.parse_expression()
        return self.loc(ast.Lambda(args, body), tok)

    def parse_disjunction(self):
        tok = self.peek()
        first = self.parse_conjunction()
        if not self.at_kw("or"):
            return first
        values = [first]
        while self.at_kw("or"):
            self.next()
            values.append(self.parse_conjunction())
        return self.loc(ast.BoolOp(False, values), tok)

    def parse_conjunction(self):
        tok = self.peek()
        first = self.parse_inversion()
        if not self.at_kw("and"):
            return first
        values = [first]
        while self.at_kw("and"):
            self.next()
            values.append(self.parse_inversion())
        return self.loc(ast.BoolOp(True, values), tok)

    def parse_inversion(self):
        if self.at_kw("not"):
            tok = self.next()
            return self.loc(ast.UnaryOp(ast.NOT, self.parse_inversion()), tok)
        return self.parse_comparison()

    def parse_comparison(self):
        tok = self.peek()
        left = self.parse_bitwise_or()
        ops = []
        comparators = []
        while True:
            t = self.peek()
            op = -1
            if t.type == tk.OP:
                if t.value == "==":
                    op = ast.EQ
                elif t.value == "!=":
                    op = ast.NOTEQ
                elif t.value == "<":
                    op = ast.LT
                elif t.value == "<=":
                    op = ast.LTE
                elif t.value == ">":
                    op = ast.GT
                elif t.value == ">=":
                    op = ast.GTE
                if op >= 0:
                    self.next()
            elif t.type == tk.NAME:
                if t.value == "in":
                    op = ast.IN
                    self.next()
                elif t.value == "is":
                    self.next()
                    if self.at_kw("not"):
                        self.next()
                        op = ast.ISNOT
                    else:
                        op = ast.IS
                elif t.value == "not" and self.peek_at(1).type == tk.NAME and \
                        self.peek_at(1).value == "in":
                    self.next()
                    self.next()
                    op = ast.NOTIN
            if op < 0:
                break
            ops.append(op)
            comparators.append(self.parse_bitwise_or())
        if len(ops) == 0:
            return left
        return self.loc(ast.Compare(left, ops, comparators), tok)

    def parse_binary_level(self, level):
        tok = self.peek()
        if level == 0:
            left = self.parse_binary_level(1)
            while self.at_op("|"):
                self.next()
                left = self.loc(ast.BinOp(left, ast.BITOR, self.parse_binary_level(1)), tok)
            return left
        if level == 1:
            left = self.parse_binary_level(2)
            while self.at_op("^"):
                self.next()
                left = self.loc(ast.BinOp(left, ast.BITXOR, self.parse_binary_level(2)), tok)
            return left
        if level == 2:
            left = self.parse_binary_level(3)
            while self.at_op("&"):
                self.next()
                left = self.loc(ast.BinOp(left, ast.BITAND, self.parse_binary_level(3)), tok)
            return left
        if level == 3:
            left = self.parse_binary_level(4)
            while self.at_op("<<") or self.at_op(">>"):
                op = ast.LSHIFT if self.next().value == "<<" else ast.RSHIFT
                left = self.loc(ast.BinOp(left, op, self.parse_binary_level(4)), tok)
            return left
        if level == 4:
            left = self.parse_term()
            while self.at_op("+") or self.at_op("-"):
                op = ast.ADD if self.next().value == "+" else ast.SUB
                left = self.loc(ast.BinOp(left, op, self.parse_term()), tok)
            return left
        return self.parse_term()

    def parse_bitwise_or(self):
        return self.parse_binary_level(0)

    def parse_term(self):
        tok = self.peek()
        left = self.parse_factor()
        while True:
            t = self.peek()
            if t.type != tk.OP:
                break
            v = t.value
            if v == "*":
                op = ast.MUL
            elif v == "/":
                op = ast.DIV
            elif v == "//":
                op = ast.FLOORDIV
            elif v == "%":
                op = ast.MOD
            elif v == "@":
                op = ast.MATMUL
            else:
                break
            self.next()
            left = self.loc(ast.BinOp(left, op, self.parse_factor()), tok)
        return left

    def parse_factor(self):
        tok = self.peek()
        if tok.type == tk.OP:
            if tok.value == "-":
                self.next()
                return self.loc(ast.UnaryOp(ast.USUB, self.parse_factor()), tok)
            if tok.value == "+":
                self.next()
                return self.loc(ast.UnaryOp(ast.UADD, self.parse_factor()), tok)
            if tok.value == "~":
                self.next()
                return self.loc(ast.UnaryOp(ast.INVERT, self.parse_factor()), tok)
        return self.parse_power()

    def parse_power(self):
        tok = self.peek()
        if self.at_kw("await"):
            self.next()
            return self.loc(ast.Await(self.parse_primary()), tok)
        left = self.parse_primary()
        if self.at_op("**"):
            self.next()
            right = self.parse_factor()
            return self.loc(ast.BinOp(left, ast.POW, right), tok)
        return left

    def parse_primary(self):
        tok = self.peek()
        node = self.parse_atom()
        while True:
            t = self.peek()
            if t.type != tk.OP:
                break
            if t.value == ".":
                self.next()
                name = self.expect_name()
                node = self.loc(ast.Attribute(node, name, ast.LOAD), tok)
            elif t.value == "(":
                self.next()
                args = []
                keywords = []
                self.parse_call_args(args, keywords)
                self.expect_op(")")
                node = self.loc(ast.Call(node, args, keywords), tok)
            elif t.value == "[":
                self.next()
                sl = self.parse_slices()
                self.expect_op("]")
                node = self.loc(ast.Subscript(node, sl, ast.LOAD), tok)
            else:
                break
            node.end_lineno = self.tokens[self.pos - 1].end_lineno
            node.end_col_offset = self.tokens[self.pos - 1].end_col
        return node

    def parse_call_args(self, args, keywords):
        while not self.at_op(")"):
            tok = self.peek()
            if self.at_op("*"):
                self.next()
                for k in keywords:
                    if k.arg is None:
                        self.error("iterable argument unpacking follows keyword argument "
                                   "unpacking", tok)
                args.append(self.loc(ast.Starred(self.parse_expression(), ast.LOAD), tok))
            elif self.at_op("**"):
                self.next()
                keywords.append(self.loc(ast.keyword(None, self.parse_expression()), tok))
            elif tok.type == tk.NAME and self.peek_at(1).type == tk.OP and \
                    self.peek_at(1).value == "=":
                name = self.expect_name()
                self.next()
                keywords.append(self.loc(ast.keyword(name, self.parse_expression()), tok))
            else:
                e = self.parse_named_expression()
                if self.at_kw("for"):
                    gens = self.parse_comp_for()
                    e = self.loc(ast.GeneratorExp(e, gens), tok)
                    if len(args) > 0 or len(keywords) > 0 or self.at_op(","):
                        if not (self.at_op(",") and self.peek_at(1).type == tk.OP and
                                self.peek_at(1).value == ")" and len(args) == 0 and
                                len(keywords) == 0):
                            self.error_node("Generator expression must be parenthesized", e)
                elif self.at_op("="):
                    self.error('expression cannot contain assignment, perhaps you meant "=="?',
                               tok)
                if len(keywords) > 0 and not isinstance(e, ast.Starred):
                    for k in keywords:
                        if k.arg is None:
                            self.error("positional argument follows keyword argument "
                                       "unpacking", tok)
                    self.error("positional argument follows keyword argument", tok)
                args.append(e)
            if self.at_op(","):
                self.next()
            elif not self.at_op(")"):
                self.forgot_comma(args, keywords)
                self.error_invalid()

    def forgot_comma(self, args, keywords):
        """`f(a b)`: CPython's 'Perhaps you forgot a comma?'."""
        t = self.peek()
        if len(args) == 0 or len(keywords) > 0:
            return
        if t.type == tk.NAME and t.value in KEYWORDS and t.value not in ("None", "True",
                                                                         "False", "lambda",
                                                                         "not"):
            return
        if t.type == tk.NAME or t.type == tk.NUMBER or t.type == tk.STRING or \
                (t.type == tk.OP and (t.value == "(" or t.value == "[" or t.value == "{")):
            first = args[len(args) - 1]
            save = self.pos
            try:
                nxt = self.parse_expression()
            except SyntaxErr:
                self.pos = save
                return
            self.pos = save
            end = 0
            if nxt.end_lineno == first.lineno:
                end = nxt.end_col_offset + 1
            raise SyntaxErr("invalid syntax. Perhaps you forgot a comma?", first.lineno,
                            first.col_offset + 1, "SyntaxError", end)

    def parse_slices(self):
        tok = self.peek()
        first = self.parse_slice()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.at_op(","):
            self.next()
            if self.at_op("]"):
                break
            elts.append(self.parse_slice())
        return self.loc(ast.Tuple(elts, ast.LOAD), tok)

    def parse_slice(self):
        tok = self.peek()
        lower = None
        if not self.at_op(":"):
            if self.at_op("*"):
                return self.parse_star_expression()
            lower = self.parse_named_expression()
            if not self.at_op(":"):
                return lower
        self.next()
        upper = None
        step = None
        if not self.at_op(":") and not self.at_op("]") and not self.at_op(","):
            upper = self.parse_expression()
        if self.at_op(":"):
            self.next()
            if not self.at_op("]") and not self.at_op(","):
                step = self.parse_expression()
        return self.loc(ast.Slice(lower, upper, step), tok)

    def parse_comp_for(self):
        gens = []
        while self.at_kw("for") or self.at_kw("async"):
            tok = self.next()
            target = self.parse_target_list()
            self.set_context(target, ast.STORE)
            self.expect_kw("in")
            it = self.parse_disjunction()
            ifs = []
            while self.at_kw("if"):
                self.next()
                ifs.append(self.parse_disjunction())
            gens.append(self.loc(ast.comprehension(target, it, ifs), tok))
        return gens

    def parse_yield_expr(self):
        tok = self.next()
        if self.at_kw("from"):
            self.next()
            return self.loc(ast.YieldFrom(self.parse_expression()), tok)
        value = None
        if not self.at_expr_end():
            value = self.parse_star_expressions()
        return self.loc(ast.Yield(value), tok)

    def parse_atom(self):
        tok = self.peek()
        if tok.type == tk.NAME:
            v = tok.value
            if v == "None":
                self.next()
                return self.loc(ast.Constant(ast.K_NONE), tok)
            if v == "True":
                self.next()
                return self.loc(ast.Constant(ast.K_TRUE), tok)
            if v == "False":
                self.next()
                return self.loc(ast.Constant(ast.K_FALSE), tok)
            if v in KEYWORDS:
                self.error_invalid()
            self.next()
            node = self.loc(ast.Name(v, ast.LOAD), tok)
            node.end_lineno = tok.end_lineno
            node.end_col_offset = tok.end_col
            return node
        if tok.type == tk.NUMBER:
            self.next()
            return self.loc(literals.parse_number(tok), tok)
        if tok.type == tk.STRING:
            toks = []
            while self.at_type(tk.STRING):
                toks.append(self.next())
            return self.loc(literals.parse_strings(toks, self.filename,
                                                          parse_expression_source), tok)
        if tok.type == tk.OP:
            v = tok.value
            if v == "(":
                self.next()
                if self.at_op(")"):
                    self.next()
                    return self.loc(ast.Tuple([], ast.LOAD), tok)
                if self.at_kw("yield"):
                    e = self.parse_yield_expr()
                    self.expect_op(")")
                    return e
                first = self.parse_star_named()
                if self.at_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op(")")
                    return self.loc(ast.GeneratorExp(first, gens), tok)
                if self.at_op(")"):
                    self.next()
                    if isinstance(first, ast.Starred):
                        self.error("cannot use starred expression here", tok)
                    return first
                elts = [first]
                while self.at_op(","):
                    self.next()
                    if self.at_op(")"):
                        break
                    elts.append(self.parse_star_named())
                self.expect_op(")")
                return self.loc(ast.Tuple(elts, ast.LOAD), tok)
            if v == "[":
                self.next()
                if self.at_op("]"):
                    self.next()
                    return self.loc(ast.List([], ast.LOAD), tok)
                first = self.parse_star_named()
                if self.at_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op("]")
                    return self.loc(ast.ListComp(first, gens), tok)
                elts = [first]
                while self.at_op(","):
                    self.next()
                    if self.at_op("]"):
                        break
                    elts.append(self.parse_star_named())
                self.expect_op("]")
                return self.loc(ast.List(elts, ast.LOAD), tok)
            if v == "{":
                return self.parse_brace()
            if v == "...":
                self.next()
                return self.loc(ast.Constant(ast.K_ELLIPSIS), tok)
        self.error_invalid()
        return None

    def parse_star_named(self):
        if self.at_op("*"):
            tok = self.next()
            return self.loc(ast.Starred(self.parse_bitwise_or(), ast.LOAD), tok)
        return self.parse_named_expression()

    def parse_brace(self):
        tok = self.next()
        if self.at_op("}"):
            self.next()
            return self.loc(ast.Dict([], []), tok)
        if self.at_op("**"):
            self.next()
            keys = [None]
            values = [self.parse_bitwise_or()]
            return self.parse_dict_rest(tok, keys, values)
        first = self.parse_star_named()
        if self.at_op(":"):
            self.next()
            value = self.parse_expression()
            if self.at_kw("for"):
                gens = self.parse_comp_for()
                self.expect_op("}")
                return self.loc(ast.DictComp(first, value, gens), tok)
            return self.parse_dict_rest(tok, [first], [value])
        if self.at_kw("for"):
            gens = self.parse_comp_for()
            self.expect_op("}")
            return self.loc(ast.SetComp(first, gens), tok)
        elts = [first]
        while self.at_op(","):
            self.next()
            if self.at_op("}"):
                break
            elts.append(self.parse_star_named())
        self.expect_op("}")
        return self.loc(ast.Set(elts), tok)

    def parse_dict_rest(self, tok, keys, values):
        while self.at_op(","):
            self.next()
            if self.at_op("}"):
                break
            if self.at_op("**"):
                self.next()
                keys.append(None)
                values.append(self.parse_bitwise_or())
            else:
                key = self.parse_expression()
                if not self.at_op(":"):
                    if self.at_op(",") or self.at_op("}"):
                        raise SyntaxErr("':' expected after dictionary key", key.lineno,
                                        key.end_col_offset)
                keys.append(key)
                self.expect_op(":")
                values.append(self.parse_expression())
        self.expect_op("}")
        return self.loc(ast.Dict(keys, values), tok)


def parse_expression_source(source, filename, lineno, col):
    """Parse an f-string replacement field's expression."""
    tokens = tk.tokenize("(" + source + ")", filename)
    for t in tokens:
        t.lineno += lineno - 1
        t.end_lineno += lineno - 1
    p = ExprParser(tokens, filename)
    p.expect_op("(")
    e = p.parse_star_expressions()
    if p.at_kw("yield"):
        e = p.parse_yield_expr()
    p.expect_op(")")
    if not p.at_type(tk.NEWLINE):
        p.error("f-string: invalid syntax", p.peek())
    return e
