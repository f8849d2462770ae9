import sys

# A tokenizer and a recursive-descent parser/evaluator for arithmetic expressions.

class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos


class ParseError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            start = i
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("num", src[start:i], start))
        elif c.isalpha() or c == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif c in "+-*/()^,":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError("bad character " + repr(c), i)
    tokens.append(Token("eof", "", n))
    return tokens


class Parser(object):
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError("expected " + text, t.pos)

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/"):
            op = self.next().text
            r = self.factor()
            if op == "*":
                v = v * r
            else:
                if r == 0.0:
                    raise ParseError("division by zero", self.peek().pos)
                v = v / r
        return v

    def factor(self):
        base = self.unary()
        if self.peek().text == "^":
            self.next()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.next()
        if t.kind == "num":
            return float(t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                a = self.expr()
                self.expect(")")
                if t.text == "sq":
                    return a * a
                if t.text == "half":
                    return a / 2.0
                raise ParseError("unknown function " + t.text, t.pos)
            if t.text in self.env:
                return self.env[t.text]
            raise ParseError("unknown name " + t.text, t.pos)
        if t.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError("unexpected " + repr(t.text), t.pos)


def evaluate(src, env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek().kind != "eof":
        raise ParseError("trailing input", p.peek().pos)
    return v


def entry_point(argv):
    env = {"pi": 3.14159, "x": 2.0, "big_num": 1000.0}
    sources = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * -x", "sq(x + 1) / 4",
               "half(big_num) - pi", "1.5 * (2 - 0.5)", "10 / (5 - 5)", "3 $ 4", "foo + 1",
               "(1 + 2", "1 2", "bar(3)", "2 * ", "x"]
    for src in sources:
        try:
            print("%-20s => %s" % (src, evaluate(src, env)))
        except ParseError as e:
            print("%-20s => error at %d: %s" % (src, e.pos, e.msg))
    toks = tokenize("alpha_1 + 23.5*(b)")
    print(" ".join([t.kind + ":" + t.text for t in toks]))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
