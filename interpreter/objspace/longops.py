"""Operations on ints that do not fit in a machine word (W_LongObject, via rbigint)."""

from objspace.model import W_IntObject, W_LongObject, W_FloatObject
from objspace import rbigint as rb
import math

ADD = 0
SUB = 1
MUL = 2
DIV = 4
MOD = 5
POW = 6
LSHIFT = 7
RSHIFT = 8
FLOORDIV = 12
OR = 9
XOR = 10
AND = 11


def is_intlike(w_x):
    return isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject)


def to_big(w_x):
    if isinstance(w_x, W_LongObject):
        return w_x.bigint
    assert isinstance(w_x, W_IntObject)
    return rb.from_int(w_x.intval)


def wrap(space, b):
    try:
        return space.newint(rb.to_int(b))
    except OverflowError:
        return W_LongObject(b)


def to_float(space, w_x):
    if isinstance(w_x, W_LongObject):
        try:
            return rb.to_float(w_x.bigint)
        except OverflowError:
            raise space.overflow_error("int too large to convert to float")
    if isinstance(w_x, W_IntObject):
        return float(w_x.intval)
    assert isinstance(w_x, W_FloatObject)
    return w_x.floatval


def binop(space, op, a, b):
    """a, b: rbigints. Returns a wrapped result or None (NotImplemented)."""
    if op == ADD:
        return wrap(space, rb.add(a, b))
    if op == SUB:
        return wrap(space, rb.sub(a, b))
    if op == MUL:
        return wrap(space, rb.mul(a, b))
    if op == FLOORDIV or op == MOD:
        if b.is_zero():
            if op == MOD:
                raise space.zero_division("integer modulo by zero")
            raise space.zero_division("integer division or modulo by zero")
        q, r = rb.floordivmod(a, b)
        if op == FLOORDIV:
            return wrap(space, q)
        return wrap(space, r)
    if op == DIV:
        if b.is_zero():
            raise space.zero_division("division by zero")
        return space.newfloat(truediv(space, a, b))
    if op == POW:
        if b.sign < 0:
            try:
                return space.newfloat(1.0 / rb.to_float(rb.pow_(a, rb.to_int(rb.neg(b)))))
            except OverflowError:
                return space.newfloat(0.0)
        try:
            e = rb.to_int(b)
        except OverflowError:
            raise space.overflow_error("exponent too large")
        if len(a.digits) * e > 100000000:
            raise space.overflow_error("result too large")
        return wrap(space, rb.pow_(a, e))
    if op == LSHIFT or op == RSHIFT:
        if b.sign < 0:
            raise space.value_error("negative shift count")
        try:
            n = rb.to_int(b)
        except OverflowError:
            raise space.overflow_error("too many digits in integer")
        if op == LSHIFT:
            return wrap(space, rb.lshift(a, n))
        return wrap(space, rb.rshift(a, n))
    if op == AND:
        return wrap(space, rb.bitwise(a, b, "and"))
    if op == OR:
        return wrap(space, rb.bitwise(a, b, "or"))
    if op == XOR:
        return wrap(space, rb.bitwise(a, b, "xor"))
    return None


def compare(a, b, op):
    c = rb.compare(a, b)
    if op == 0:
        return c == 0
    if op == 1:
        return c != 0
    if op == 2:
        return c < 0
    if op == 3:
        return c <= 0
    if op == 4:
        return c > 0
    return c >= 0


def bit_length(a):
    return len(rb.to_base(a, 2, False))


def truediv(space, a, b):
    """Correctly rounded a / b: a 62..63-bit quotient with a sticky bit, then ldexp."""
    if a.is_zero():
        return 0.0
    k = 62 - (bit_length(a) - bit_length(b))
    aa = rb.abs_(a)
    bb = rb.abs_(b)
    if k >= 0:
        aa = rb.lshift(aa, k)
    else:
        bb = rb.lshift(bb, -k)
    q, r = rb.divmod_abs(aa, bb)
    qi = rb.to_int(q)
    if not r.is_zero():
        qi |= 1
    try:
        result = math.ldexp(float(qi), -k)
    except OverflowError:
        raise space.overflow_error("integer division result too large for a float")
    if result == float("inf"):
        raise space.overflow_error("integer division result too large for a float")
    if a.sign * b.sign < 0:
        return -result
    return result
