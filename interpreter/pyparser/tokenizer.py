"""Tokenizer: Python 3.11 source text -> list of Token.

First stage of the interpreter's front end (tokenizer -> parser -> AST -> compiler). It produces
INDENT/DEDENT/NEWLINE tokens like CPython's tokenizer; string tokens keep their prefix and quotes
(the parser decodes them); f-strings are one STRING token that the parser splits.
"""

from pyparser.error import SyntaxErr

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
NEWLINE = 4
INDENT = 5
DEDENT = 6
OP = 7

TOKEN_NAMES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "OP"]

OPERATORS3 = ["**=", "//=", ">>=", "<<=", "...", "!="]
OPERATORS2 = ["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==",
              ">=", ">>", "@=", "^=", "|="]
OPERATORS1 = "%&()*+,-./:;<=>@[]^{|}~"

STRING_PREFIXES = ["r", "u", "b", "br", "rb", "f", "fr", "rf"]


class Token(object):
    def __init__(self, type, value, lineno, col, end_lineno, end_col):
        self.type = type
        self.value = value
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col

    def __repr__(self):
        return "Token(%s, %r, %d:%d)" % (TOKEN_NAMES[self.type], self.value, self.lineno, self.col)


def is_ident_start(c):
    return c.isalpha() or c == "_" or ord(c) >= 128


def is_ident_char(c):
    return c.isalnum() or c == "_" or ord(c) >= 128


def is_digit(c):
    return "0" <= c <= "9"


class Tokenizer(object):
    def __init__(self, source, filename):
        source = source.replace("\r\n", "\n")
        source = source.replace("\r", "\n")
        if not source.endswith("\n"):
            source = source + "\n"
        self.src = source
        self.filename = filename
        self.pos = 0
        self.lineno = 1
        self.linestart = 0
        self.tokens = []
        self.indents = [0]
        self.altindents = [0]   # the same columns with a tab size of 1 (TabError check)
        self.parens = []   # stack of open bracket characters
        self.paren_lines = []
        self.pending_error = None   # "'(' was never closed": reported if the parser fails at EOF
        self.last_line = 1

    def error(self, msg, lineno, col):
        raise SyntaxErr(msg, lineno, col + 1)

    def tab_error(self):
        raise SyntaxErr("inconsistent use of tabs and spaces in indentation", self.lineno, 0,
                        "TabError")

    def add(self, type, value, startpos, startline, startcol):
        tok = Token(type, value, startline, startcol, self.lineno, self.pos - self.linestart)
        self.tokens.append(tok)

    def newline(self):
        self.lineno += 1
        self.linestart = self.pos

    def tokenize(self):
        src = self.src
        n = len(src)
        at_bol = True
        while self.pos < n:
            if at_bol and len(self.parens) == 0:
                at_bol = False
                col = 0
                altcol = 0
                while self.pos < n:
                    c = src[self.pos]
                    if c == " ":
                        col += 1
                        altcol += 1
                    elif c == "\t":
                        col = (col // 8 + 1) * 8
                        altcol += 1
                    elif c == "\f":
                        col = 0
                        altcol = 0
                    else:
                        break
                    self.pos += 1
                if self.pos >= n:
                    break
                c = src[self.pos]
                if c == "#" or c == "\n":
                    while self.pos < n and src[self.pos] != "\n":
                        self.pos += 1
                    self.pos += 1
                    self.newline()
                    at_bol = True
                    continue
                if c == "\\" and self.pos + 1 < n and src[self.pos + 1] == "\n":
                    self.pos += 2
                    self.newline()
                    continue
                if col == self.indents[-1]:
                    if altcol != self.altindents[-1]:
                        self.tab_error()
                elif col > self.indents[-1]:
                    if altcol <= self.altindents[-1]:
                        self.tab_error()
                    self.indents.append(col)
                    self.altindents.append(altcol)
                    self.add(INDENT, "", self.pos, self.lineno, 0)
                elif col < self.indents[-1]:
                    while col < self.indents[-1]:
                        self.indents.pop()
                        self.altindents.pop()
                        self.add(DEDENT, "", self.pos, self.lineno, col)
                    if col == self.indents[-1] and altcol != self.altindents[-1]:
                        self.tab_error()
                    if col != self.indents[-1]:
                        raise SyntaxErr("unindent does not match any outer indentation level",
                                        self.lineno, col + 1, "IndentationError")
            c = src[self.pos]
            if c == " " or c == "\t" or c == "\f":
                self.pos += 1
                continue
            if c == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
                continue
            if c == "\n":
                if len(self.parens) == 0:
                    self.add(NEWLINE, "", self.pos, self.lineno, self.pos - self.linestart)
                    at_bol = True
                self.pos += 1
                self.newline()
                continue
            if c == "\\":
                if self.pos + 1 < n and src[self.pos + 1] == "\n":
                    self.pos += 2
                    self.newline()
                    continue
                self.error("unexpected character after line continuation character",
                           self.lineno, self.pos - self.linestart)
            startpos = self.pos
            startcol = self.pos - self.linestart
            startline = self.lineno
            if is_ident_start(c):
                while self.pos < n and is_ident_char(src[self.pos]):
                    self.pos += 1
                word = src[startpos:self.pos]
                if self.pos < n and (src[self.pos] == "'" or src[self.pos] == '"') and \
                        word.lower() in STRING_PREFIXES:
                    self.read_string(startpos, startline, startcol)
                    continue
                self.add(NAME, word, startpos, startline, startcol)
                continue
            if is_digit(c) or (c == "." and self.pos + 1 < n and is_digit(src[self.pos + 1])):
                self.read_number(startpos, startline, startcol)
                continue
            if c == "'" or c == '"':
                self.read_string(startpos, startline, startcol)
                continue
            three = src[self.pos:self.pos + 3]
            two = src[self.pos:self.pos + 2]
            if three in OPERATORS3:
                self.pos += 3
                self.add(OP, three, startpos, startline, startcol)
                continue
            if two in OPERATORS2:
                self.pos += 2
                self.add(OP, two, startpos, startline, startcol)
                continue
            if c in OPERATORS1:
                self.pos += 1
                if c == "(" or c == "[" or c == "{":
                    self.parens.append(c)
                    self.paren_lines.append(startline)
                    self.paren_lines.append(startcol)
                elif c == ")" or c == "]" or c == "}":
                    if len(self.parens) == 0:
                        self.error("unmatched '%s'" % c, startline, startcol)
                    opening = self.parens.pop()
                    self.paren_lines.pop()
                    self.paren_lines.pop()
                    if (opening == "(" and c != ")") or (opening == "[" and c != "]") or \
                            (opening == "{" and c != "}"):
                        self.error("closing parenthesis '%s' does not match opening "
                                   "parenthesis '%s'" % (c, opening), startline, startcol)
                self.add(OP, c, startpos, startline, startcol)
                continue
            if c == "!":
                self.pos += 1
                self.add(OP, c, startpos, startline, startcol)
                continue
            self.error("invalid character '%s' (U+%04X)" % (c, ord(c)), startline, startcol)
        self.last_line = self.lineno
        if len(self.parens) > 0:
            col = self.paren_lines.pop()
            line = self.paren_lines.pop()
            self.pending_error = SyntaxErr("'%s' was never closed" % self.parens[-1], line,
                                           col + 1)
        if len(self.tokens) > 0 and self.tokens[-1].type != NEWLINE and \
                self.tokens[-1].type != DEDENT:
            self.add(NEWLINE, "", self.pos, self.lineno, 0)
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(DEDENT, "", self.pos, self.lineno, 0)
        self.add(ENDMARKER, "", self.pos, self.lineno, 0)
        return self.tokens

    def read_number(self, startpos, startline, startcol):
        src = self.src
        n = len(src)
        c = src[self.pos]
        if c == "0" and self.pos + 1 < n and src[self.pos + 1] in "xXoObB":
            self.pos += 2
            while self.pos < n and (src[self.pos].isalnum() or src[self.pos] == "_"):
                self.pos += 1
            self.add(NUMBER, src[startpos:self.pos], startpos, startline, startcol)
            return
        while self.pos < n and (is_digit(src[self.pos]) or src[self.pos] == "_"):
            self.pos += 1
        if self.pos < n and src[self.pos] == ".":
            self.pos += 1
            while self.pos < n and (is_digit(src[self.pos]) or src[self.pos] == "_"):
                self.pos += 1
        if self.pos < n and (src[self.pos] == "e" or src[self.pos] == "E"):
            save = self.pos
            self.pos += 1
            if self.pos < n and (src[self.pos] == "+" or src[self.pos] == "-"):
                self.pos += 1
            if self.pos < n and is_digit(src[self.pos]):
                while self.pos < n and (is_digit(src[self.pos]) or src[self.pos] == "_"):
                    self.pos += 1
            else:
                self.pos = save
        if self.pos < n and (src[self.pos] == "j" or src[self.pos] == "J"):
            self.pos += 1
        if self.pos < n and is_ident_start(src[self.pos]):
            self.error("invalid decimal literal", startline, startcol)
        self.add(NUMBER, src[startpos:self.pos], startpos, startline, startcol)

    def read_string(self, startpos, startline, startcol):
        src = self.src
        n = len(src)
        q = src[self.pos]
        if self.pos + 2 < n and src[self.pos + 1] == q and src[self.pos + 2] == q:
            triple = True
            self.pos += 3
        else:
            triple = False
            self.pos += 1
        prefix = src[startpos:self.pos].lower()
        raw = "r" in prefix
        while True:
            if self.pos >= n:
                if triple:
                    self.error("unterminated triple-quoted string literal (detected at line %d)"
                               % (self.lineno - 1), startline, startcol)
                self.error("unterminated string literal (detected at line %d)" % startline,
                           startline, startcol)
            c = src[self.pos]
            if c == "\\":
                if self.pos + 1 < n and src[self.pos + 1] == "\n":
                    self.pos += 2
                    self.newline()
                    continue
                self.pos += 2
                continue
            if c == "\n":
                if not triple:
                    self.error("unterminated string literal (detected at line %d)" % startline,
                               startline, startcol)
                self.pos += 1
                self.newline()
                continue
            if c == q:
                if triple:
                    if self.pos + 2 < n and src[self.pos + 1] == q and src[self.pos + 2] == q:
                        self.pos += 3
                        break
                    self.pos += 1
                    continue
                self.pos += 1
                break
            self.pos += 1
        self.add(STRING, src[startpos:self.pos], startpos, startline, startcol)


def tokenize(source, filename):
    t = Tokenizer(source, filename)
    tokens = t.tokenize()
    if t.pending_error is not None:
        raise t.pending_error
    return tokens
