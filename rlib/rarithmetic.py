"""Machine-word arithmetic for RPython 3.

On CPython these helpers emulate 64-bit words; translated, `intmask` is a no-op on a word,
`r_uint` is an unsigned word and `ovfcheck` is checked arithmetic (the translator recognises
`ovfcheck(a OP b)` and emits an overflow test instead of computing a big integer).
"""

LONG_BIT = 64
maxint = 9223372036854775807
_MASK = (1 << LONG_BIT) - 1


def intmask(n):
    """Wrap an integer to a signed 64-bit word."""
    if isinstance(n, float):
        n = int(n)
    n = int(n) & _MASK
    if n > maxint:
        n -= 1 << LONG_BIT
    return n


def ovfcheck(n):
    """Return n, or raise OverflowError if it does not fit in a signed word."""
    if n > maxint or n < -maxint - 1:
        raise OverflowError("integer overflow")
    return n


class r_uint(int):
    """An unsigned machine word: arithmetic wraps modulo 2**64."""

    def __new__(cls, value=0):
        return int.__new__(cls, int(value) & _MASK)

    def _wrap(self, other, result):
        return r_uint(result)

    def __add__(self, other):
        return r_uint(int(self) + int(other))
    __radd__ = __add__

    def __sub__(self, other):
        return r_uint(int(self) - int(other))

    def __rsub__(self, other):
        return r_uint(int(other) - int(self))

    def __mul__(self, other):
        return r_uint(int(self) * int(other))
    __rmul__ = __mul__

    def __floordiv__(self, other):
        return r_uint(int(self) // int(r_uint(other)))

    def __mod__(self, other):
        return r_uint(int(self) % int(r_uint(other)))

    def __and__(self, other):
        return r_uint(int(self) & int(r_uint(other)))
    __rand__ = __and__

    def __or__(self, other):
        return r_uint(int(self) | int(r_uint(other)))
    __ror__ = __or__

    def __xor__(self, other):
        return r_uint(int(self) ^ int(r_uint(other)))
    __rxor__ = __xor__

    def __lshift__(self, n):
        return r_uint(int(self) << int(n))

    def __rshift__(self, n):
        return r_uint(int(self) >> int(n))

    def __neg__(self):
        return r_uint(-int(self))

    def __invert__(self):
        return r_uint(~int(self))

    def __repr__(self):
        return "r_uint(%d)" % int(self)

    def __str__(self):
        return "%d" % int(self)


def r_int(n):
    return intmask(n)
