"""Parser: tokens -> AST (astcompiler.astnodes).

A hand-written recursive-descent parser for the Python 3.11 grammar (statements and expressions;
no `match`, no `async`). Literal decoding (strings, numbers, f-strings) lives in literals.py.
Errors are SyntaxErr with CPython's messages for the common cases.
"""

from pyparser import tokenizer as tk
from pyparser.error import SyntaxErr
from pyparser.exprparser import ExprParser, KEYWORDS, AUGOPS, parse_expression_source
from pyparser import patterns
from astcompiler import astnodes as ast

COMPOUND_NAMES = {"if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
                  "while": "'while' statement", "for": "'for' statement",
                  "try": "'try' statement", "except": "'except' statement",
                  "finally": "'finally' statement", "with": "'with' statement",
                  "def": "function definition", "class": "class definition"}




class Parser(ExprParser):
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
        returns = None
        if self.at_op("->"):
            self.next()
            returns = self.parse_expression()
        self.expect_op(":")
        body = self.parse_block(tok, "function definition")
        node = self.loc(ast.FunctionDef(name, args, body, decorators), tok)
        node.returns = returns
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


