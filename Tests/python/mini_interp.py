# a tiny expression evaluator: tokenizer + recursive descent + environment
import math
class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", float(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*/()^,=":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self, value=None):
        tok = self.peek()
        if tok is None or (value is not None and tok.value != value):
            raise SyntaxError(f"expected {value!r}, got {tok!r}")
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() is not None and self.peek().value in ("+", "-"):
            if self.take().value == "+":
                v += self.term()
            else:
                v -= self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() is not None and self.peek().value in ("*", "/"):
            if self.take().value == "*":
                v *= self.factor()
            else:
                d = self.factor()
                if d == 0:
                    raise ZeroDivisionError("division by zero in expression")
                v /= d
        return v
    def factor(self):
        base = self.unary()
        if self.peek() is not None and self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() is not None and self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek() is not None and self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return self.env[tok.value](*args)
            if tok.value not in self.env:
                raise NameError(f"unknown variable {tok.value}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok!r}")
env = {"pi": math.pi, "sqrt": math.sqrt, "max": max, "x": 3.0}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2", "sqrt(16) + max(1, 7, 3)",
            "pi * x ^ 2", "1 / 0", "y + 1", "3 $ 4", "(1 + 2"]:
    try:
        print(f"{src:24} = {Parser(tokenize(src), env).expr():.4f}")
    except (SyntaxError, ZeroDivisionError, NameError) as e:
        print(f"{src:24} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 2.5"))
