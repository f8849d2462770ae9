"""Arbitrary-precision integers in RPython: sign + magnitude in base 10**9 digits.

Used by W_LongObject for ints outside the machine word; results that fit in a word are turned
back into W_IntObject by the caller (objspace/longops.py). Base 10**9 keeps str() trivial and
digit products (< 10**18) inside a signed 64-bit word. (A candidate for rlib.rbigint.)
"""

from rlib.rarithmetic import ovfcheck
import math
from objspace import floatops

BASE = 1000000000
BASE_DIGITS = 9
MAXINT = 9223372036854775807


class rbigint(object):
    _immutable_fields_ = ["sign", "digits[*]"]

    def __init__(self, sign, digits):
        self.sign = sign          # -1, 0 or 1
        self.digits = digits      # little endian, no high zero digits; [] for zero

    def is_zero(self):
        return self.sign == 0


ZERO = rbigint(0, [])


def normalize(sign, digits):
    while len(digits) > 0 and digits[len(digits) - 1] == 0:
        digits.pop()
    if len(digits) == 0:
        return ZERO
    return rbigint(sign, digits)


def from_int(v):
    if v == 0:
        return ZERO
    if v == -MAXINT - 1:
        return rbigint(-1, [854775808, 223372036, 9])
    sign = 1
    if v < 0:
        sign = -1
        v = -v
    digits = []
    while v > 0:
        digits.append(v % BASE)
        v = v // BASE
    return rbigint(sign, digits)


def fits_int(a):
    try:
        to_int(a)
    except OverflowError:
        return False
    return True


def to_int(a):
    """Raises OverflowError when a does not fit in a machine word."""
    if a.sign == 0:
        return 0
    if a.sign < 0 and len(a.digits) == 3 and a.digits[0] == 854775808 and \
            a.digits[1] == 223372036 and a.digits[2] == 9:
        return -MAXINT - 1
    v = 0
    i = len(a.digits) - 1
    while i >= 0:
        v = ovfcheck(v * BASE)
        v = ovfcheck(v + a.digits[i])
        i -= 1
    if a.sign < 0:
        return -v
    return v


def from_float(f):
    """f must be finite; truncates towards zero."""
    sign = 1
    if f < 0.0:
        sign = -1
        f = -f
    f = floatops.floor(f)
    digits = []
    while f >= 1.0:
        d = math.fmod(f, float(BASE))
        digits.append(int(d))
        f = (f - d) / float(BASE)
    return normalize(sign, digits)


def to_float(a):
    """Raises OverflowError when too large."""
    f = 0.0
    i = len(a.digits) - 1
    while i >= 0:
        f = f * float(BASE) + float(a.digits[i])
        i -= 1
    if f == float("inf"):
        raise OverflowError
    if a.sign < 0:
        return -f
    return f


def from_digit_string(s, base):
    """s: digits only (no sign, no underscores), valid for `base`."""
    result = ZERO
    if base == 10:
        start = len(s) % BASE_DIGITS
        chunks = []
        if start > 0:
            chunks.append(s[:start])
        i = start
        while i < len(s):
            chunks.append(s[i:i + BASE_DIGITS])
            i += BASE_DIGITS
        digits = []
        k = len(chunks) - 1
        while k >= 0:
            digits.append(int(chunks[k]))
            k -= 1
        return normalize(1, digits)
    for c in s:
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c <= "z":
            d = ord(c) - 87
        else:
            d = ord(c) - 55
        result = add(mul_small(result, base), from_int(d))
    return result


# ---- magnitudes ----------------------------------------------------------------------------

def cmp_abs(a, b):
    la = len(a.digits)
    lb = len(b.digits)
    if la != lb:
        if la < lb:
            return -1
        return 1
    i = la - 1
    while i >= 0:
        x = a.digits[i]
        y = b.digits[i]
        if x != y:
            if x < y:
                return -1
            return 1
        i -= 1
    return 0


def add_abs(a, b):
    result = []
    carry = 0
    n = max(len(a.digits), len(b.digits))
    for i in range(n):
        s = carry
        if i < len(a.digits):
            s += a.digits[i]
        if i < len(b.digits):
            s += b.digits[i]
        if s >= BASE:
            result.append(s - BASE)
            carry = 1
        else:
            result.append(s)
            carry = 0
    if carry:
        result.append(carry)
    return result


def sub_abs(a, b):
    """|a| - |b| for |a| >= |b|."""
    result = []
    borrow = 0
    for i in range(len(a.digits)):
        s = a.digits[i] - borrow
        if i < len(b.digits):
            s -= b.digits[i]
        if s < 0:
            s += BASE
            borrow = 1
        else:
            borrow = 0
        result.append(s)
    return result


# ---- arithmetic ----------------------------------------------------------------------------

def neg(a):
    if a.sign == 0:
        return a
    return rbigint(-a.sign, a.digits)


def abs_(a):
    if a.sign < 0:
        return rbigint(1, a.digits)
    return a


def add(a, b):
    if a.sign == 0:
        return b
    if b.sign == 0:
        return a
    if a.sign == b.sign:
        return normalize(a.sign, add_abs(a, b))
    c = cmp_abs(a, b)
    if c == 0:
        return ZERO
    if c > 0:
        return normalize(a.sign, sub_abs(a, b))
    return normalize(b.sign, sub_abs(b, a))


def sub(a, b):
    return add(a, neg(b))


def mul(a, b):
    if a.sign == 0 or b.sign == 0:
        return ZERO
    na = len(a.digits)
    nb = len(b.digits)
    result = [0] * (na + nb)
    for i in range(na):
        x = a.digits[i]
        if x == 0:
            continue
        carry = 0
        for j in range(nb):
            t = result[i + j] + x * b.digits[j] + carry
            carry = t // BASE
            result[i + j] = t - carry * BASE
        k = i + nb
        while carry > 0:
            t = result[k] + carry
            carry = t // BASE
            result[k] = t - carry * BASE
            k += 1
    return normalize(a.sign * b.sign, result)


def mul_small(a, m):
    """a * m for 0 <= m < BASE."""
    if a.sign == 0 or m == 0:
        return ZERO
    result = []
    carry = 0
    for d in a.digits:
        t = d * m + carry
        carry = t // BASE
        result.append(t - carry * BASE)
    while carry > 0:
        result.append(carry % BASE)
        carry = carry // BASE
    return normalize(a.sign, result)


def divmod_small_abs(a, m):
    """(|a| // m, |a| % m) for 0 < m < BASE."""
    result = [0] * len(a.digits)
    rem = 0
    i = len(a.digits) - 1
    while i >= 0:
        cur = rem * BASE + a.digits[i]
        q = cur // m
        result[i] = q
        rem = cur - q * m
        i -= 1
    return normalize(1, result), rem


def divmod_abs(a, b):
    """(|a| // |b|, |a| % |b|) as non-negative rbigints; b != 0."""
    if cmp_abs(a, b) < 0:
        return ZERO, abs_(a)
    if len(b.digits) == 1:
        q, r = divmod_small_abs(a, b.digits[0])
        return q, from_int(r)
    bb = abs_(b)
    qdigits = [0] * len(a.digits)
    rem = ZERO
    i = len(a.digits) - 1
    while i >= 0:
        # rem = rem * BASE + digit
        shifted = [a.digits[i]]
        shifted.extend(rem.digits)
        rem = normalize(1, shifted)
        # the largest q with bb * q <= rem, by binary search
        lo = 0
        hi = BASE - 1
        if cmp_abs(rem, bb) < 0:
            hi = 0
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if cmp_abs(mul_small(bb, mid), rem) <= 0:
                lo = mid
            else:
                hi = mid - 1
        qdigits[i] = lo
        if lo > 0:
            rem = sub(rem, mul_small(bb, lo))
        i -= 1
    return normalize(1, qdigits), rem


def floordivmod(a, b):
    """Python's floor division and modulo; b != 0."""
    q, r = divmod_abs(a, b)
    if a.sign * b.sign < 0:
        q = neg(q)
        if r.sign != 0:
            q = sub(q, from_int(1))
            r = sub(abs_(b), r)
    if b.sign < 0:
        r = neg(r)
    return q, r


def pow_(a, e):
    """a ** e for e >= 0 (a machine int exponent)."""
    result = from_int(1)
    base = a
    while e > 0:
        if e & 1:
            result = mul(result, base)
        e >>= 1
        if e > 0:
            base = mul(base, base)
    return result


def lshift(a, n):
    return mul(a, pow_(from_int(2), n))


def rshift(a, n):
    q, r = floordivmod(a, pow_(from_int(2), n))
    return q


def compare(a, b):
    """-1, 0 or 1."""
    if a.sign != b.sign:
        if a.sign < b.sign:
            return -1
        return 1
    c = cmp_abs(a, b)
    if a.sign < 0:
        return -c
    return c


def str_(a):
    if a.sign == 0:
        return "0"
    parts = [str(a.digits[len(a.digits) - 1])]
    i = len(a.digits) - 2
    while i >= 0:
        s = str(a.digits[i])
        parts.append("0" * (BASE_DIGITS - len(s)) + s)
        i -= 1
    s = "".join(parts)
    if a.sign < 0:
        return "-" + s
    return s


def to_base(a, base, upper):
    """Digits of |a| in base 2..36 (no sign, no prefix)."""
    if a.sign == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if upper:
        chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = []
    cur = abs_(a)
    while cur.sign != 0:
        cur, r = divmod_small_abs(cur, base)
        out.append(chars[r])
    out.reverse()
    return "".join(out)


def hash_(a):
    """Value modulo 2**61 - 1 like CPython's int hash."""
    modulus = 2305843009213693951
    h = 0
    i = len(a.digits) - 1
    while i >= 0:
        # h = (h * BASE + digit) mod modulus, without overflow: split the multiplication
        h = mulmod(h, BASE, modulus)
        h = (h + a.digits[i]) % modulus
        i -= 1
    if a.sign < 0:
        h = -h
    if h == -1:
        h = -2
    return h


def mulmod(x, y, m):
    result = 0
    x = x % m
    while y > 0:
        if y & 1:
            result = (result + x) % m
        x = (x * 2) % m
        y >>= 1
    return result


# ---- bitwise operations (two's complement over 29-bit chunks) --------------------------------

CHUNK = 536870912      # 2 ** 29, below BASE so divmod_small_abs applies
CHUNK_MASK = CHUNK - 1


def to_chunks(a, n):
    """Two's complement of a as n little-endian 29-bit chunks (n large enough)."""
    chunks = []
    cur = abs_(a)
    while cur.sign != 0:
        cur, r = divmod_small_abs(cur, CHUNK)
        chunks.append(r)
    while len(chunks) < n:
        chunks.append(0)
    if a.sign < 0:
        # negate: invert and add one
        carry = 1
        for i in range(n):
            v = (chunks[i] ^ CHUNK_MASK) + carry
            if v >= CHUNK:
                v -= CHUNK
                carry = 1
            else:
                carry = 0
            chunks[i] = v
    return chunks


def chunk_count(a):
    n = 1
    cur = abs_(a)
    while cur.sign != 0:
        cur, r = divmod_small_abs(cur, CHUNK)
        n += 1
    return n


def from_chunks(chunks, negative):
    n = len(chunks)
    if negative:
        # value = -(~chunks + 1)
        carry = 1
        mag = [0] * n
        for i in range(n):
            v = (chunks[i] ^ CHUNK_MASK) + carry
            if v >= CHUNK:
                v -= CHUNK
                carry = 1
            else:
                carry = 0
            mag[i] = v
        chunks = mag
    result = ZERO
    i = n - 1
    while i >= 0:
        result = add(mul_small(result, CHUNK), from_int(chunks[i]))
        i -= 1
    if negative:
        return neg(result)
    return result


def bitwise(a, b, op):
    """op: 'and', 'or' or 'xor'."""
    n = max(chunk_count(a), chunk_count(b)) + 1
    ca = to_chunks(a, n)
    cb = to_chunks(b, n)
    out = [0] * n
    for i in range(n):
        if op == "and":
            out[i] = ca[i] & cb[i]
        elif op == "or":
            out[i] = ca[i] | cb[i]
        else:
            out[i] = ca[i] ^ cb[i]
    na = a.sign < 0
    nb = b.sign < 0
    if op == "and":
        negative = na and nb
    elif op == "or":
        negative = na or nb
    else:
        negative = na != nb
    return from_chunks(out, negative)
