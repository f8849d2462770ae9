"""AST node classes: what the parser builds and the symbol table and compiler read.

Mirrors CPython's `ast` module (same node and field names) with two RPython twists: every
expression is an `expr`, every statement a `stmt` (one type per list), and constants keep their
Python value in typed fields (`kind` says which one is meaningful).
"""

LOAD = 0
STORE = 1
DEL = 2

# binary operators (also the argument of BINARY_OP / INPLACE_OP)
ADD = 0
SUB = 1
MUL = 2
MATMUL = 3
DIV = 4
MOD = 5
POW = 6
LSHIFT = 7
RSHIFT = 8
BITOR = 9
BITXOR = 10
BITAND = 11
FLOORDIV = 12
BINOP_SYMBOLS = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"]
BINOP_NAMES = ["add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift",
               "or", "xor", "and", "floordiv"]

# unary operators
INVERT = 0
NOT = 1
UADD = 2
USUB = 3

# comparison operators
EQ = 0
NOTEQ = 1
LT = 2
LTE = 3
GT = 4
GTE = 5
IS = 6
ISNOT = 7
IN = 8
NOTIN = 9
CMP_SYMBOLS = ["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"]

# constant kinds
K_NONE = 0
K_TRUE = 1
K_FALSE = 2
K_INT = 3
K_FLOAT = 4
K_STR = 5
K_BYTES = 6
K_ELLIPSIS = 7
K_BIGINT = 8
K_COMPLEX = 9


class Node(object):
    lineno = 0
    col_offset = 0
    end_lineno = 0
    end_col_offset = 0
    scope = None     # set by the symbol table on functions, lambdas, classes, comprehensions


class expr(Node):
    pass


class stmt(Node):
    pass


# ---- expressions -------------------------------------------------------------------------------

class BoolOp(expr):
    def __init__(self, is_and, values):
        self.is_and = is_and
        self.values = values


class NamedExpr(expr):
    def __init__(self, target, value):
        self.target = target
        self.value = value


class BinOp(expr):
    def __init__(self, left, op, right):
        self.left = left
        self.op = op
        self.right = right


class UnaryOp(expr):
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand


class Lambda(expr):
    def __init__(self, args, body):
        self.args = args
        self.body = body


class IfExp(expr):
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse


class Dict(expr):
    def __init__(self, keys, values):
        self.keys = keys      # list of expr or None (None means **value)
        self.values = values


class Set(expr):
    def __init__(self, elts):
        self.elts = elts


class ListComp(expr):
    def __init__(self, elt, generators):
        self.elt = elt
        self.generators = generators


class SetComp(expr):
    def __init__(self, elt, generators):
        self.elt = elt
        self.generators = generators


class DictComp(expr):
    def __init__(self, key, value, generators):
        self.key = key
        self.value = value
        self.generators = generators


class GeneratorExp(expr):
    def __init__(self, elt, generators):
        self.elt = elt
        self.generators = generators


class Yield(expr):
    def __init__(self, value):
        self.value = value


class YieldFrom(expr):
    def __init__(self, value):
        self.value = value


class Await(expr):
    def __init__(self, value):
        self.value = value


class Compare(expr):
    def __init__(self, left, ops, comparators):
        self.left = left
        self.ops = ops
        self.comparators = comparators


class keyword(Node):
    def __init__(self, arg, value):
        self.arg = arg        # str or None for **value
        self.value = value


class Call(expr):
    def __init__(self, func, args, keywords):
        self.func = func
        self.args = args
        self.keywords = keywords


class FormattedValue(expr):
    def __init__(self, value, conversion, format_spec):
        self.value = value
        self.conversion = conversion   # -1, or ord('s'), ord('r'), ord('a')
        self.format_spec = format_spec


class JoinedStr(expr):
    def __init__(self, values):
        self.values = values


class Constant(expr):
    def __init__(self, kind):
        self.kind = kind
        self.intval = 0
        self.floatval = 0.0
        self.strval = ""


class Attribute(expr):
    def __init__(self, value, attr, ctx):
        self.value = value
        self.attr = attr
        self.ctx = ctx


class Subscript(expr):
    def __init__(self, value, slice, ctx):
        self.value = value
        self.slice = slice
        self.ctx = ctx


class Starred(expr):
    def __init__(self, value, ctx):
        self.value = value
        self.ctx = ctx


class Name(expr):
    def __init__(self, id, ctx):
        self.id = id
        self.ctx = ctx


class List(expr):
    def __init__(self, elts, ctx):
        self.elts = elts
        self.ctx = ctx


class Tuple(expr):
    def __init__(self, elts, ctx):
        self.elts = elts
        self.ctx = ctx


class Slice(expr):
    def __init__(self, lower, upper, step):
        self.lower = lower
        self.upper = upper
        self.step = step


# ---- helpers -----------------------------------------------------------------------------------

class comprehension(Node):
    def __init__(self, target, iter, ifs):
        self.target = target
        self.iter = iter
        self.ifs = ifs


class arg(Node):
    def __init__(self, arg):
        self.arg = arg
        self.annotation = None


class arguments(Node):
    def __init__(self, posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults):
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kw_defaults = kw_defaults   # list of expr or None
        self.kwarg = kwarg
        self.defaults = defaults


class excepthandler(Node):
    def __init__(self, type, name, body):
        self.type = type
        self.name = name
        self.body = body


class alias(Node):
    def __init__(self, name, asname):
        self.name = name
        self.asname = asname


class withitem(Node):
    def __init__(self, context_expr, optional_vars):
        self.context_expr = context_expr
        self.optional_vars = optional_vars


# ---- statements --------------------------------------------------------------------------------

class FunctionDef(stmt):
    def __init__(self, name, args, body, decorator_list):
        self.returns = None
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list


class ClassDef(stmt):
    def __init__(self, name, bases, keywords, body, decorator_list):
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorator_list = decorator_list


class Return(stmt):
    def __init__(self, value):
        self.value = value


class Delete(stmt):
    def __init__(self, targets):
        self.targets = targets


class Assign(stmt):
    def __init__(self, targets, value):
        self.targets = targets
        self.value = value


class AugAssign(stmt):
    def __init__(self, target, op, value):
        self.target = target
        self.op = op
        self.value = value


class AnnAssign(stmt):
    def __init__(self, target, annotation, value, simple):
        self.target = target
        self.annotation = annotation
        self.value = value
        self.simple = simple


class For(stmt):
    def __init__(self, target, iter, body, orelse):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse


class While(stmt):
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse


class If(stmt):
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse


class With(stmt):
    def __init__(self, items, body):
        self.items = items
        self.body = body


class Raise(stmt):
    def __init__(self, exc, cause):
        self.exc = exc
        self.cause = cause


class Try(stmt):
    def __init__(self, body, handlers, orelse, finalbody):
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody


class Assert(stmt):
    def __init__(self, test, msg):
        self.test = test
        self.msg = msg


class Import(stmt):
    def __init__(self, names):
        self.names = names


class ImportFrom(stmt):
    def __init__(self, module, names, level):
        self.module = module
        self.names = names
        self.level = level


class Global(stmt):
    def __init__(self, names):
        self.names = names


class Nonlocal(stmt):
    def __init__(self, names):
        self.names = names


class Expr(stmt):
    def __init__(self, value):
        self.value = value


class Pass(stmt):
    pass


class Break(stmt):
    pass


class Continue(stmt):
    pass


class Module(Node):
    def __init__(self, body):
        self.body = body


# ---- match statement (patterns) ----------------------------------------------------------------

class pattern(Node):
    pass


class MatchValue(pattern):
    def __init__(self, value):
        self.value = value        # expr: a literal or a dotted name


class MatchSingleton(pattern):
    def __init__(self, kind):
        self.kind = kind          # K_NONE, K_TRUE, K_FALSE


class MatchSequence(pattern):
    def __init__(self, patterns):
        self.patterns = patterns


class MatchStar(pattern):
    def __init__(self, name):
        self.name = name          # str or None for *_


class MatchMapping(pattern):
    def __init__(self, keys, patterns, rest):
        self.keys = keys          # list of expr
        self.patterns = patterns
        self.rest = rest          # str or None


class MatchClass(pattern):
    def __init__(self, cls, patterns, kwd_attrs, kwd_patterns):
        self.cls = cls
        self.patterns = patterns
        self.kwd_attrs = kwd_attrs
        self.kwd_patterns = kwd_patterns


class MatchAs(pattern):
    def __init__(self, pattern, name):
        self.pattern = pattern    # pattern or None
        self.name = name          # str or None (wildcard)


class MatchOr(pattern):
    def __init__(self, patterns):
        self.patterns = patterns


class match_case(Node):
    def __init__(self, pattern, guard, body):
        self.pattern = pattern
        self.guard = guard
        self.body = body


class Match(stmt):
    def __init__(self, subject, cases):
        self.subject = subject
        self.cases = cases
