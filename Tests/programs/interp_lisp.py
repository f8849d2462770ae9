import sys

# A small Lisp interpreter in RPython style: a W_Root class hierarchy of boxed values,
# a reader, environments as linked dict frames, special forms, closures and recursion.

class W_Root(object):
    def to_str(self):
        return "?"

    def is_true(self):
        return True


class W_Int(W_Root):
    def __init__(self, value):
        self.value = value

    def to_str(self):
        return str(self.value)

    def is_true(self):
        return self.value != 0


class W_Symbol(W_Root):
    def __init__(self, name):
        self.name = name

    def to_str(self):
        return self.name


class W_List(W_Root):
    def __init__(self, items):
        self.items = items

    def to_str(self):
        return "(" + " ".join([w.to_str() for w in self.items]) + ")"

    def is_true(self):
        return len(self.items) > 0


class W_Builtin(W_Root):
    def __init__(self, name):
        self.name = name

    def to_str(self):
        return "<builtin " + self.name + ">"


class W_Lambda(W_Root):
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def to_str(self):
        return "<lambda/%d>" % len(self.params)


class LispError(Exception):
    def __init__(self, msg):
        self.msg = msg


class Env(object):
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LispError("unbound " + name)


NIL = W_List([])
TRUE = W_Int(1)
FALSE = W_Int(0)


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


class Reader(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def read(self):
        if self.pos >= len(self.tokens):
            raise LispError("unexpected end")
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok == "(":
            items = []
            while self.pos < len(self.tokens) and self.tokens[self.pos] != ")":
                items.append(self.read())
            if self.pos >= len(self.tokens):
                raise LispError("missing )")
            self.pos += 1
            return W_List(items)
        if tok == ")":
            raise LispError("unexpected )")
        try:
            return W_Int(int(tok))
        except ValueError:
            return W_Symbol(tok)


def int_of(w):
    if isinstance(w, W_Int):
        return w.value
    raise LispError("not an int: " + w.to_str())


def call_builtin(name, args):
    if name == "+":
        s = 0
        for a in args:
            s += int_of(a)
        return W_Int(s)
    if name == "*":
        p = 1
        for a in args:
            p *= int_of(a)
        return W_Int(p)
    if name == "-":
        if len(args) == 1:
            return W_Int(-int_of(args[0]))
        return W_Int(int_of(args[0]) - int_of(args[1]))
    if name == "<":
        return TRUE if int_of(args[0]) < int_of(args[1]) else FALSE
    if name == "=":
        return TRUE if int_of(args[0]) == int_of(args[1]) else FALSE
    if name == "list":
        return W_List(args)
    if name == "car":
        lst = args[0]
        if isinstance(lst, W_List) and len(lst.items) > 0:
            return lst.items[0]
        raise LispError("car of non-list")
    if name == "cdr":
        lst = args[0]
        if isinstance(lst, W_List) and len(lst.items) > 0:
            return W_List(lst.items[1:])
        raise LispError("cdr of non-list")
    if name == "cons":
        rest = args[1]
        if isinstance(rest, W_List):
            return W_List([args[0]] + rest.items)
        raise LispError("cons onto non-list")
    raise LispError("unknown builtin " + name)


def evaluate(w, env):
    while True:
        if isinstance(w, W_Int):
            return w
        if isinstance(w, W_Symbol):
            return env.lookup(w.name)
        if not isinstance(w, W_List):
            return w
        if len(w.items) == 0:
            return NIL
        head = w.items[0]
        if isinstance(head, W_Symbol):
            if head.name == "quote":
                return w.items[1]
            if head.name == "if":
                if evaluate(w.items[1], env).is_true():
                    w = w.items[2]
                else:
                    w = w.items[3] if len(w.items) > 3 else NIL
                continue
            if head.name == "define":
                target = w.items[1]
                assert isinstance(target, W_Symbol)
                env.vars[target.name] = evaluate(w.items[2], env)
                return NIL
            if head.name == "lambda":
                params = []
                plist = w.items[1]
                assert isinstance(plist, W_List)
                for p in plist.items:
                    assert isinstance(p, W_Symbol)
                    params.append(p.name)
                return W_Lambda(params, w.items[2], env)
        fn = evaluate(head, env)
        args = [evaluate(a, env) for a in w.items[1:]]
        if isinstance(fn, W_Builtin):
            return call_builtin(fn.name, args)
        if isinstance(fn, W_Lambda):
            if len(args) != len(fn.params):
                raise LispError("arity mismatch")
            new_env = Env(fn.env)
            for i in range(len(args)):
                new_env.vars[fn.params[i]] = args[i]
            w = fn.body
            env = new_env
            continue
        raise LispError("not callable: " + fn.to_str())


GLOBAL = Env(None)
for _name in ["+", "*", "-", "<", "=", "list", "car", "cdr", "cons"]:
    GLOBAL.vars[_name] = W_Builtin(_name)

PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define len (lambda (l) (if l (+ 1 (len (cdr l))) 0)))
(len (list 1 2 3 4 5))
(define map (lambda (f l) (if l (cons (f (car l)) (map f (cdr l))) (quote ()))))
(map (lambda (x) (* x x)) (list 1 2 3 4))
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(loop 1000 0)
(quote (a b (c d)))
(lambda (x y) x)
(car (quote ()))
(undefined-thing 1)
(1 2)
(+ 1 (quote x))
(fact 20)
)
"""


def entry_point(argv):
    reader = Reader(tokenize(PROGRAM))
    while reader.pos < len(reader.tokens):
        try:
            expr = reader.read()
            print(expr.to_str()[:40], "=>", evaluate(expr, GLOBAL).to_str())
        except LispError as e:
            print("error:", e.msg)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
