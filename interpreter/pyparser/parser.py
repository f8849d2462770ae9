"""Parser: tokens -> AST (astcompiler.astnodes).

A hand-written recursive-descent parser for the Python 3.11 grammar (statements and expressions;
no `match`, no `async`). Literal decoding (strings, numbers, f-strings) lives in literals.py.
Errors are SyntaxErr with CPython's messages for the common cases.
"""

from pyparser import tokenizer as tk
from pyparser.error import SyntaxErr
from pyparser import literals
from pyparser import patterns
from astcompiler import astnodes as ast

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield"]

AUGOPS = {"+=": ast.ADD, "-=": ast.SUB, "*=": ast.MUL, "@=": ast.MATMUL, "/=": ast.DIV,
          "%=": ast.MOD, "**=": ast.POW, "<<=": ast.LSHIFT, ">>=": ast.RSHIFT,
          "|=": ast.BITOR, "^=": ast.BITXOR, "&=": ast.BITAND, "//=": ast.FLOORDIV}

COMPOUND_NAMES = {"if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
                  "while": "'while' statement", "for": "'for' statement",
                  "try": "'try' statement", "except": "'except' statement",
                  "finally": "'finally' statement", "with": "'with' statement",
                  "def": "function definition", "class": "class definition"}




class Parser(object):
    def __init__(self, tokens, filename):
        self.tokens = tokens
        self.pos = 0
        self.filename = filename

    # ---- token helpers -------------------------------------------------------------------
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

    # ---- statements ----------------------------------------------------------------------
    def parse_file(self):
        body = []
        while not self.at_type(tk.ENDMARKER):
            if self.at_type(tk.NEWLINE):
                self.next()
                continue
            self.parse_statement(body)
        return ast.Module(body)

    def parse_block(self, header_tok, what):
        """After the ':' of a compound statement."""
        body = []
        if self.at_type(tk.NEWLINE):
            self.next()
            if not self.at_type(tk.INDENT):
                tok = self.peek()
                raise SyntaxErr("expected an indented block after %s on line %d" %
                                (what, header_tok.lineno), tok.lineno, tok.col + 1,
                                "IndentationError")
            self.next()
            while not self.at_type(tk.DEDENT) and not self.at_type(tk.ENDMARKER):
                self.parse_statement(body)
            if self.at_type(tk.DEDENT):
                self.next()
        else:
            self.parse_simple_statements(body)
        return body

    def parse_statement(self, body):
        tok = self.peek()
        if tok.type == tk.NAME:
            v = tok.value
            if v == "if":
                body.append(self.parse_if())
                return
            if v == "while":
                body.append(self.parse_while())
                return
            if v == "for":
                body.append(self.parse_for())
                return
            if v == "try":
                body.append(self.parse_try())
                return
            if v == "with":
                body.append(self.parse_with())
                return
            if v == "def":
                body.append(self.parse_funcdef([]))
                return
            if v == "class":
                body.append(self.parse_classdef([]))
                return
            if v == "match" and patterns.looks_like_match(self):
                body.append(patterns.parse_match(self, self.next()))
                return
        elif tok.type == tk.OP and tok.value == "@":
            decorators = []
            while self.at_op("@"):
                self.next()
                decorators.append(self.parse_named_expression())
                if not self.at_type(tk.NEWLINE):
                    self.error_invalid()
                self.next()
            if self.at_kw("def"):
                body.append(self.parse_funcdef(decorators))
            elif self.at_kw("class"):
                body.append(self.parse_classdef(decorators))
            else:
                self.error_invalid()
            return
        elif tok.type == tk.INDENT:
            raise SyntaxErr("unexpected indent", tok.lineno, tok.col + 1, "IndentationError")
        self.parse_simple_statements(body)

    def parse_simple_statements(self, body):
        while True:
            body.append(self.parse_simple_statement())
            if self.at_op(";"):
                self.next()
                if self.at_type(tk.NEWLINE):
                    break
                continue
            break
        if not self.at_type(tk.NEWLINE):
            self.error_invalid()
        self.next()

    def parse_simple_statement(self):
        tok = self.peek()
        if tok.type == tk.NAME:
            v = tok.value
            if v == "pass":
                self.next()
                return self.loc(ast.Pass(), tok)
            if v == "break":
                self.next()
                return self.loc(ast.Break(), tok)
            if v == "continue":
                self.next()
                return self.loc(ast.Continue(), tok)
            if v == "return":
                self.next()
                value = None
                if not self.at_end_of_simple():
                    value = self.parse_star_expressions()
                return self.loc(ast.Return(value), tok)
            if v == "raise":
                self.next()
                exc = None
                cause = None
                if not self.at_end_of_simple():
                    exc = self.parse_expression()
                    if self.at_kw("from"):
                        self.next()
                        cause = self.parse_expression()
                return self.loc(ast.Raise(exc, cause), tok)
            if v == "global" or v == "nonlocal":
                self.next()
                names = [self.expect_name()]
                while self.at_op(","):
                    self.next()
                    names.append(self.expect_name())
                if v == "global":
                    return self.loc(ast.Global(names), tok)
                return self.loc(ast.Nonlocal(names), tok)
            if v == "del":
                self.next()
                targets = []
                while True:
                    t = self.parse_bitwise_or()
                    self.set_context(t, ast.DEL)
                    targets.append(t)
                    if self.at_op(","):
                        self.next()
                        if self.at_end_of_simple():
                            break
                        continue
                    break
                return self.loc(ast.Delete(targets), tok)
            if v == "assert":
                self.next()
                test = self.parse_expression()
                msg = None
                if self.at_op(","):
                    self.next()
                    msg = self.parse_expression()
                return self.loc(ast.Assert(test, msg), tok)
            if v == "import":
                return self.parse_import()
            if v == "from":
                return self.parse_from_import()
        # expression statement or assignment
        if tok.type == tk.NAME and (tok.value == "print" or tok.value == "exec"):
            nxt = self.peek_at(1)
            if nxt.type == tk.STRING or nxt.type == tk.NUMBER or \
                    (nxt.type == tk.NAME and nxt.value not in KEYWORDS):
                start = self.pos
                while not self.at_end_of_simple():
                    self.next()
                last = self.tokens[self.pos - 1]
                self.pos = start
                end = 0
                if last.end_lineno == tok.lineno:
                    end = last.end_col + 1
                raise SyntaxErr("Missing parentheses in call to '%s'. Did you mean %s(...)?" %
                                (tok.value, tok.value), tok.lineno, tok.col + 1,
                                "SyntaxError", end)
        if self.at_kw("yield"):
            first = self.parse_yield_expr()
        else:
            first = self.parse_star_expressions()
        if self.at_op("="):
            targets = [first]
            value = first
            while self.at_op("="):
                self.next()
                if self.at_kw("yield"):
                    value = self.parse_yield_expr()
                else:
                    value = self.parse_star_expressions()
                targets.append(value)
            targets.pop()
            for t in targets:
                self.set_context(t, ast.STORE)
            return self.loc(ast.Assign(targets, value), tok)
        nt = self.peek()
        if nt.type == tk.OP and nt.value in AUGOPS:
            self.next()
            if not (isinstance(first, ast.Name) or isinstance(first, ast.Attribute) or
                    isinstance(first, ast.Subscript)):
                self.error_node("'%s' is an illegal expression for augmented assignment" %
                                self.describe(first), first)
            self.set_context(first, ast.STORE)
            if self.at_kw("yield"):
                value = self.parse_yield_expr()
            else:
                value = self.parse_star_expressions()
            return self.loc(ast.AugAssign(first, AUGOPS[nt.value], value), tok)
        if nt.type == tk.OP and nt.value == ":":
            self.next()
            annotation = self.parse_expression()
            value = None
            if self.at_op("="):
                self.next()
                value = self.parse_star_expressions()
            simple = 0
            if isinstance(first, ast.Name):
                simple = 1
            self.set_context(first, ast.STORE)
            return self.loc(ast.AnnAssign(first, annotation, value, simple), tok)
        result = self.loc(ast.Expr(first), tok)
        return result

    def at_end_of_simple(self):
        tok = self.peek()
        return tok.type == tk.NEWLINE or (tok.type == tk.OP and tok.value == ";") or \
            tok.type == tk.ENDMARKER

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

    def parse_import(self):
        tok = self.next()
        names = []
        while True:
            name = self.parse_dotted_name()
            asname = None
            if self.at_kw("as"):
                self.next()
                asname = self.expect_name()
            names.append(ast.alias(name, asname))
            if self.at_op(","):
                self.next()
                continue
            break
        return self.loc(ast.Import(names), tok)

    def parse_dotted_name(self):
        name = self.expect_name()
        while self.at_op("."):
            self.next()
            name = name + "." + self.expect_name()
        return name

    def parse_from_import(self):
        tok = self.next()
        level = 0
        while self.at_op(".") or self.at_op("..."):
            if self.next().value == "...":
                level += 3
            else:
                level += 1
        module = None
        if not self.at_kw("import"):
            module = self.parse_dotted_name()
        self.expect_kw("import")
        names = []
        if self.at_op("*"):
            self.next()
            names.append(ast.alias("*", None))
            return self.loc(ast.ImportFrom(module, names, level), tok)
        paren = False
        if self.at_op("("):
            self.next()
            paren = True
        while True:
            name = self.expect_name()
            asname = None
            if self.at_kw("as"):
                self.next()
                asname = self.expect_name()
            names.append(ast.alias(name, asname))
            if self.at_op(","):
                self.next()
                if paren and self.at_op(")"):
                    break
                if not paren and self.at_end_of_simple():
                    self.error("trailing comma not allowed without surrounding parentheses",
                               self.peek())
                continue
            break
        if paren:
            self.expect_op(")")
        return self.loc(ast.ImportFrom(module, names, level), tok)

    def parse_condition(self):
        test = self.parse_named_expression()
        if self.at_op("="):
            self.next()
            value = self.parse_bitwise_or()
            end = 0
            if value.end_lineno == test.lineno:
                end = value.end_col_offset + 1
            if isinstance(test, ast.Name):
                raise SyntaxErr("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                test.lineno, test.col_offset + 1, "SyntaxError", end)
            self.error_node("cannot assign to %s here. Maybe you meant '==' instead of '='?" %
                            self.describe(test), test)
        return test

    def parse_if(self):
        tok = self.next()
        test = self.parse_condition()
        self.expect_op(":")
        body = self.parse_block(tok, COMPOUND_NAMES[tok.value])
        orelse = []
        if self.at_kw("elif"):
            orelse.append(self.parse_if())
        elif self.at_kw("else"):
            etok = self.next()
            self.expect_op(":")
            orelse = self.parse_block(etok, "'else' statement")
        return self.loc(ast.If(test, body, orelse), tok)

    def parse_while(self):
        tok = self.next()
        test = self.parse_condition()
        self.expect_op(":")
        body = self.parse_block(tok, "'while' statement")
        orelse = []
        if self.at_kw("else"):
            etok = self.next()
            self.expect_op(":")
            orelse = self.parse_block(etok, "'else' statement")
        return self.loc(ast.While(test, body, orelse), tok)

    def parse_for(self):
        tok = self.next()
        target = self.parse_target_list()
        self.set_context(target, ast.STORE)
        self.expect_kw("in")
        it = self.parse_star_expressions()
        self.expect_op(":")
        body = self.parse_block(tok, "'for' statement")
        orelse = []
        if self.at_kw("else"):
            etok = self.next()
            self.expect_op(":")
            orelse = self.parse_block(etok, "'else' statement")
        return self.loc(ast.For(target, it, body, orelse), tok)

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

    def parse_try(self):
        tok = self.next()
        self.expect_op(":")
        body = self.parse_block(tok, "'try' statement")
        handlers = []
        orelse = []
        finalbody = []
        while self.at_kw("except"):
            etok = self.next()
            typ = None
            name = None
            if not self.at_op(":"):
                typ = self.parse_expression()
                if self.at_op(","):
                    elts = [typ]
                    while self.at_op(","):
                        self.next()
                        if self.at_op(":"):
                            break
                        elts.append(self.parse_expression())
                    self.error("multiple exception types must be parenthesized", etok)
                if self.at_kw("as"):
                    self.next()
                    name = self.expect_name()
            self.expect_op(":")
            hbody = self.parse_block(etok, "'except' statement")
            handlers.append(self.loc(ast.excepthandler(typ, name, hbody), etok))
        if self.at_kw("else"):
            etok = self.next()
            self.expect_op(":")
            orelse = self.parse_block(etok, "'else' statement")
        if self.at_kw("finally"):
            ftok = self.next()
            self.expect_op(":")
            finalbody = self.parse_block(ftok, "'finally' statement")
        if len(handlers) == 0 and len(finalbody) == 0:
            self.error("expected 'except' or 'finally' block", self.peek())
        return self.loc(ast.Try(body, handlers, orelse, finalbody), tok)

    def parse_with(self):
        tok = self.next()
        items = []
        paren = False
        if self.at_op("("):
            # could be a parenthesized list of items or just an expression
            save = self.pos
            depth = 0
            i = self.pos
            while True:
                t = self.tokens[i]
                if t.type == tk.OP and (t.value == "(" or t.value == "[" or t.value == "{"):
                    depth += 1
                elif t.type == tk.OP and (t.value == ")" or t.value == "]" or t.value == "}"):
                    depth -= 1
                    if depth == 0:
                        break
                elif t.type == tk.ENDMARKER:
                    break
                i += 1
            after = self.tokens[i + 1] if i + 1 < len(self.tokens) else self.tokens[i]
            if after.type == tk.OP and after.value == ":":
                paren = True
                self.next()
            self.pos = save + (1 if paren else 0)
        while True:
            ctx = self.parse_expression()
            var = None
            if self.at_kw("as"):
                self.next()
                var = self.parse_star_target()
                self.set_context(var, ast.STORE)
            items.append(ast.withitem(ctx, var))
            if self.at_op(","):
                self.next()
                if paren and self.at_op(")"):
                    break
                continue
            break
        if paren:
            self.expect_op(")")
        self.expect_op(":")
        body = self.parse_block(tok, "'with' statement")
        return self.loc(ast.With(items, body), tok)

    def parse_funcdef(self, decorators):
        tok = self.next()
        name = self.expect_name()
        self.expect_op("(")
        args = self.parse_arguments(")", True)
        self.expect_op(")")
        if self.at_op("->"):
            self.next()
            self.parse_expression()
        self.expect_op(":")
        body = self.parse_block(tok, "function definition")
        node = self.loc(ast.FunctionDef(name, args, body, decorators), tok)
        return node

    def parse_classdef(self, decorators):
        tok = self.next()
        name = self.expect_name()
        bases = []
        keywords = []
        if self.at_op("("):
            self.next()
            self.parse_call_args(bases, keywords)
            self.expect_op(")")
        self.expect_op(":")
        body = self.parse_block(tok, "class definition")
        return self.loc(ast.ClassDef(name, bases, keywords, body, decorators), tok)

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
                    self.parse_expression()
            elif self.at_op("*"):
                self.next()
                if seen_star:
                    self.error("* argument may appear only once", tok)
                seen_star = True
                if not self.at_op(",") and not self.at_op(closing):
                    vararg = self.loc(ast.arg(self.expect_name()), tok)
                    if allow_annotations and self.at_op(":"):
                        self.next()
                        self.parse_expression()
            else:
                a = self.loc(ast.arg(self.expect_name()), tok)
                if allow_annotations and self.at_op(":"):
                    self.next()
                    self.parse_expression()
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


def parse_source(source, filename):
    t = tk.Tokenizer(source, filename)
    tokens = t.tokenize()
    p = Parser(tokens, filename)
    pending = t.pending_error
    if pending is None:
        return p.parse_file()
    try:
        p.parse_file()
    except SyntaxErr as e:
        at_eof = True
        for k in range(p.pos, len(tokens)):
            ty = tokens[k].type
            if ty != tk.NEWLINE and ty != tk.DEDENT and ty != tk.ENDMARKER:
                at_eof = False
        if e.lineno <= pending.lineno and not at_eof:
            raise
    raise pending


def parse_expression_source(source, filename, lineno, col):
    """Parse an f-string replacement field's expression."""
    tokens = tk.tokenize("(" + source + ")", filename)
    for t in tokens:
        t.lineno += lineno - 1
        t.end_lineno += lineno - 1
    p = Parser(tokens, filename)
    e = p.parse_expression_list_in_parens()
    return e


def _parse_expr_list(self):
    self.expect_op("(")
    e = self.parse_star_expressions()
    if self.at_kw("yield"):
        e = self.parse_yield_expr()
    self.expect_op(")")
    if not self.at_type(tk.NEWLINE):
        self.error("f-string: invalid syntax", self.peek())
    return e


Parser.parse_expression_list_in_parens = _parse_expr_list
