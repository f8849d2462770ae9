"""Parsing the match statement's patterns (PEP 634) for pyparser.parser."""

from pyparser import tokenizer as tk
from pyparser.error import SyntaxErr
from astcompiler import astnodes as ast


def parse_match(p, tok):
    """After the `match` soft keyword has been recognised (p.pos at the subject)."""
    subject = p.parse_star_expressions()
    p.expect_op(":")
    if not p.at_type(tk.NEWLINE):
        p.error_invalid()
    p.next()
    if not p.at_type(tk.INDENT):
        t = p.peek()
        raise SyntaxErr("expected an indented block after 'match' statement on line %d" %
                        tok.lineno, t.lineno, t.col + 1, "IndentationError")
    p.next()
    cases = []
    while p.at_kw("case"):
        ctok = p.next()
        pat = parse_top_pattern(p)
        guard = None
        if p.at_kw("if"):
            p.next()
            guard = p.parse_named_expression()
        p.expect_op(":")
        body = p.parse_block(ctok, "'case' statement")
        cases.append(p.loc(ast.match_case(pat, guard, body), ctok))
    if len(cases) == 0:
        p.error_invalid()
    if p.at_type(tk.DEDENT):
        p.next()
    return p.loc(ast.Match(subject, cases), tok)


def parse_top_pattern(p):
    tok = p.peek()
    first = parse_maybe_star(p)
    if not p.at_op(","):
        if isinstance(first, ast.MatchStar):
            return p.loc(ast.MatchSequence([first]), tok)
        return first
    items = [first]
    while p.at_op(","):
        p.next()
        if p.at_op(":") or p.at_kw("if"):
            break
        items.append(parse_maybe_star(p))
    return p.loc(ast.MatchSequence(items), tok)


def parse_maybe_star(p):
    if p.at_op("*"):
        tok = p.next()
        name = p.expect_name()
        if name == "_":
            return p.loc(ast.MatchStar(None), tok)
        return p.loc(ast.MatchStar(name), tok)
    return parse_pattern(p)


def parse_pattern(p):
    tok = p.peek()
    pat = parse_or_pattern(p)
    if p.at_kw("as"):
        p.next()
        name = p.expect_name()
        if name == "_":
            p.error("cannot use '_' as a target", p.tokens[p.pos - 1])
        return p.loc(ast.MatchAs(pat, name), tok)
    return pat


def parse_or_pattern(p):
    tok = p.peek()
    first = parse_closed_pattern(p)
    if not p.at_op("|"):
        return first
    alts = [first]
    while p.at_op("|"):
        p.next()
        alts.append(parse_closed_pattern(p))
    return p.loc(ast.MatchOr(alts), tok)


def parse_literal_expr(p):
    """Numbers (with sign and complex parts) and strings."""
    tok = p.peek()
    neg = False
    if p.at_op("-"):
        p.next()
        neg = True
    t = p.peek()
    if t.type != tk.NUMBER and t.type != tk.STRING:
        p.error_invalid()
    e = p.parse_atom()
    if neg:
        e = p.loc(ast.UnaryOp(ast.USUB, e), tok)
    if p.at_op("+") or p.at_op("-"):
        op = ast.ADD if p.next().value == "+" else ast.SUB
        right = p.parse_atom()
        e = p.loc(ast.BinOp(e, op, right), tok)
    return e


def parse_closed_pattern(p):
    tok = p.peek()
    if tok.type == tk.NUMBER or tok.type == tk.STRING or (tok.type == tk.OP and
                                                           tok.value == "-"):
        return p.loc(ast.MatchValue(parse_literal_expr(p)), tok)
    if tok.type == tk.NAME:
        if tok.value == "None":
            p.next()
            return p.loc(ast.MatchSingleton(ast.K_NONE), tok)
        if tok.value == "True":
            p.next()
            return p.loc(ast.MatchSingleton(ast.K_TRUE), tok)
        if tok.value == "False":
            p.next()
            return p.loc(ast.MatchSingleton(ast.K_FALSE), tok)
        name = p.expect_name()
        if not p.at_op(".") and not p.at_op("("):
            if name == "_":
                return p.loc(ast.MatchAs(None, None), tok)
            return p.loc(ast.MatchAs(None, name), tok)
        e = p.loc(ast.Name(name, ast.LOAD), tok)
        while p.at_op("."):
            p.next()
            attr = p.expect_name()
            e = p.loc(ast.Attribute(e, attr, ast.LOAD), tok)
        if p.at_op("("):
            return parse_class_pattern(p, e, tok)
        return p.loc(ast.MatchValue(e), tok)
    if tok.type == tk.OP:
        if tok.value == "(":
            p.next()
            if p.at_op(")"):
                p.next()
                return p.loc(ast.MatchSequence([]), tok)
            first = parse_maybe_star(p)
            if p.at_op(")") and not isinstance(first, ast.MatchStar):
                p.next()
                return first
            items = [first]
            while p.at_op(","):
                p.next()
                if p.at_op(")"):
                    break
                items.append(parse_maybe_star(p))
            p.expect_op(")")
            return p.loc(ast.MatchSequence(items), tok)
        if tok.value == "[":
            p.next()
            items = []
            while not p.at_op("]"):
                items.append(parse_maybe_star(p))
                if p.at_op(","):
                    p.next()
                elif not p.at_op("]"):
                    p.error_invalid()
            p.next()
            return p.loc(ast.MatchSequence(items), tok)
        if tok.value == "{":
            return parse_mapping_pattern(p, tok)
    p.error_invalid()
    return None


def parse_mapping_pattern(p, tok):
    p.next()
    keys = []
    pats = []
    rest = None
    while not p.at_op("}"):
        if p.at_op("**"):
            p.next()
            rest = p.expect_name()
        else:
            kt = p.peek()
            if kt.type == tk.NAME and kt.value not in ("None", "True", "False"):
                e = p.loc(ast.Name(p.expect_name(), ast.LOAD), kt)
                while p.at_op("."):
                    p.next()
                    e = p.loc(ast.Attribute(e, p.expect_name(), ast.LOAD), kt)
                key = e
            elif kt.type == tk.NAME:
                key = p.parse_atom()
            else:
                key = parse_literal_expr(p)
            p.expect_op(":")
            keys.append(key)
            pats.append(parse_pattern(p))
        if p.at_op(","):
            p.next()
        elif not p.at_op("}"):
            p.error_invalid()
    p.next()
    return p.loc(ast.MatchMapping(keys, pats, rest), tok)


def parse_class_pattern(p, cls, tok):
    p.next()
    pats = []
    kwd_attrs = []
    kwd_pats = []
    while not p.at_op(")"):
        t = p.peek()
        if t.type == tk.NAME and p.peek_at(1).type == tk.OP and p.peek_at(1).value == "=":
            kwd_attrs.append(p.expect_name())
            p.next()
            kwd_pats.append(parse_pattern(p))
        else:
            if len(kwd_attrs) > 0:
                p.error("positional patterns follow keyword patterns", t)
            pats.append(parse_pattern(p))
        if p.at_op(","):
            p.next()
        elif not p.at_op(")"):
            p.error_invalid()
    p.next()
    return p.loc(ast.MatchClass(cls, pats, kwd_attrs, kwd_pats), tok)


def looks_like_match(p):
    """`match` at the start of a statement: a match statement if a ':' ends the line."""
    i = p.pos + 1
    t = p.tokens[i]
    if t.type == tk.NEWLINE or (t.type == tk.OP and t.value in ("=", ".", ":", ",", ")")):
        return False
    if t.type == tk.OP and t.value in AUGMENTED:
        return False
    depth = 0
    while i < len(p.tokens):
        t = p.tokens[i]
        if t.type == tk.NEWLINE or t.type == tk.ENDMARKER:
            return False
        if t.type == tk.OP:
            if t.value in ("(", "[", "{"):
                depth += 1
            elif t.value in (")", "]", "}"):
                depth -= 1
            elif t.value == ":" and depth == 0:
                nxt = p.tokens[i + 1]
                return nxt.type == tk.NEWLINE
        i += 1
    return False


AUGMENTED = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<="]
