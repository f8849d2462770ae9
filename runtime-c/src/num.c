/* num.c -- integer and float arithmetic with Python semantics
 * (rpy_int.h, rpy_float.h, rpy_hash.h): raising helpers, pow, float
 * division/modulo as CPython's floatobject.c, round(), int(x), and
 * CPython's hash of floats. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rpy_int.h"
#include "rpy_float.h"
#include "rpy_hash.h"
#include "rpy_exc.h"
#include "rpy_gc.h"

void rpy_raise_int_zerodiv(void)
{
    rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "integer division or modulo by zero");
}

void rpy_raise_int_overflow(void)
{
    rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "integer overflow");
}

void rpy_raise_negative_shift(void)
{
    rpy_raise_msg(RPY_EXC_VALUEERROR, "negative shift count");
}

int64_t rpy_int_floordiv_ovf(int64_t a, int64_t b)
{
    if (b == 0) { rpy_raise_int_zerodiv(); return 0; }
    if (a == INT64_MIN && b == -1) { rpy_raise_int_overflow(); return 0; }
    return rpy_int_floordiv(a, b);
}

double rpy_int_truediv(int64_t a, int64_t b)
{
    if (b == 0) {
        rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "division by zero");
        return 0.0;
    }
    const int64_t lim = (int64_t)1 << 53;
    if (a >= -lim && a <= lim && b >= -lim && b <= lim)
        return (double)a / (double)b;          /* both exact: one rounding, as CPython */
    /* Correctly rounded, as CPython's long true division: scale |a| so that
     * the integer quotient has 62-63 bits, fold a non-zero remainder into a
     * sticky low bit, and let the (correctly rounding) integer->double
     * conversion do the single rounding. */
    bool neg = (a < 0) != (b < 0);
    uint64_t ua = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    if (ua == 0) return neg ? -0.0 : 0.0;
    int la = 64 - __builtin_clzll(ua), lb = 64 - __builtin_clzll(ub);
    int sh = 62 - la + lb;
    if (sh < 0) sh = 0;                        /* |a| = 2**63, |b| = 1 */
    unsigned __int128 num = (unsigned __int128)ua << sh;
    uint64_t q = (uint64_t)(num / ub);
    if (num % ub) q |= 1;
    double r = ldexp((double)q, -sh);
    return neg ? -r : r;
}

static int64_t int_pow(int64_t base, int64_t exp, bool check)
{
    if (exp < 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "negative exponent");
        return 0;
    }
    int64_t result = 1;
    bool ovf = false;
    while (exp > 0) {
        if (exp & 1) {
            int64_t r;
            if (__builtin_mul_overflow(result, base, &r)) ovf = true;
            result = r;
        }
        exp >>= 1;
        if (exp > 0) {
            int64_t b2;
            if (__builtin_mul_overflow(base, base, &b2)) {
                /* overflow of the square matters only if it is used later;
                 * with |base| >= 2 and exp > 0 it always is */
                ovf = true;
            }
            base = b2;
        }
    }
    if (ovf && check) { rpy_raise_int_overflow(); return 0; }
    return result;
}

int64_t rpy_int_pow(int64_t base, int64_t exp) { return int_pow(base, exp, false); }
int64_t rpy_int_pow_ovf(int64_t base, int64_t exp) { return int_pow(base, exp, true); }

/* ---- float ---- */

double rpy_float_truediv(double a, double b)
{
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "float division by zero");
        return 0.0;
    }
    return a / b;
}

static double divmod_core(double vx, double wx, double *modp)
{
    double mod = fmod(vx, wx), div, floordiv;
    div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
    } else {
        mod = copysign(0.0, wx);
    }
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *modp = mod;
    return floordiv;
}

double rpy_float_floordiv(double a, double b)
{
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "float floor division by zero");
        return 0.0;
    }
    double m;
    return divmod_core(a, b, &m);
}

double rpy_float_mod(double a, double b)
{
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "float modulo");
        return 0.0;
    }
    double mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

double rpy_float_divmod(double a, double b, double *mod)
{
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "float divmod()");
        *mod = 0.0;
        return 0.0;
    }
    return divmod_core(a, b, mod);
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

double rpy_float_pow(double iv, double iw)
{
    if (iw == 0) return 1.0;
    if (isnan(iv)) return iv;
    if (isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0) == (iv > 1.0)) return fabs(iw);
        return 0.0;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0) return odd ? iv : fabs(iv);
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0) {
            rpy_raise_msg(RPY_EXC_ZERODIVISIONERROR, "0.0 cannot be raised to a negative power");
            return 0.0;
        }
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0) {
        if (iw != floor(iw)) {
            rpy_raise_msg(RPY_EXC_VALUEERROR, "negative number cannot be raised to a fractional power");
            return 0.0;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "(34, 'Numerical result out of range')");
        return 0.0;
    }
    return negate ? -ix : ix;
}

int64_t rpy_float_to_int(double x)
{
    if (isnan(x)) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(x)) {
        rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "cannot convert float infinity to integer");
        return 0;
    }
    double t = trunc(x);
    if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) {
        rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "int too large to convert to machine integer");
        return 0;
    }
    return (int64_t)t;
}

int64_t rpy_float_round_int(double x)
{
    if (!isfinite(x)) return rpy_float_to_int(x);
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return rpy_float_to_int(r);
}

/* round(x, n) for n < 0: round the exact integer part of x to a multiple
 * of 10**-n, half to even, looking at the fraction only to break ties. */
static double round_negative(double x, int64_t n)
{
    int64_t k = -n;
    double ax = fabs(x);
    double ip = trunc(ax);
    bool frac = ax != ip;
    char digits[400];
    int nd = snprintf(digits, sizeof digits, "%.0f", ip);     /* exact for integers */
    if (k > nd) return copysign(0.0, x);
    int keep = nd - (int)k;
    /* compare tail with 5000... */
    int cmp = 0;
    if (digits[keep] > '5') cmp = 1;
    else if (digits[keep] < '5') cmp = -1;
    else {
        for (int i = keep + 1; i < nd; i++) if (digits[i] != '0') { cmp = 1; break; }
        if (cmp == 0 && frac) cmp = 1;
    }
    char num[420];
    memcpy(num + 1, digits, (size_t)keep);
    num[0] = '0';
    int len = keep + 1;
    bool up = cmp > 0 || (cmp == 0 && keep > 0 && (digits[keep - 1] - '0') % 2 == 1);
    if (up) {
        int i = len - 1;
        while (num[i] == '9') num[i--] = '0';
        num[i]++;
    }
    snprintf(num + len, sizeof num - (size_t)len, "e%lld", (long long)k);
    double r = strtod(num, NULL);
    return copysign(r, x);
}

double rpy_float_round(double x, int64_t ndigits)
{
    if (!isfinite(x) || x == 0.0) return x;
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    if (ndigits < 0) return round_negative(x, ndigits);
    /* glibc printf is exact and rounds ties to even: CPython's dtoa mode 3 */
    size_t cap = (size_t)ndigits + 340;
    char *buf = rpy_malloc_atomic(cap);
    snprintf(buf, cap, "%.*f", (int)ndigits, x);
    double r = strtod(buf, NULL);
    if (isinf(r)) {
        rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "rounded value too large to represent");
        return 0.0;
    }
    return r;
}

bool rpy_float_is_integer(double x)
{
    return isfinite(x) && x == floor(x);
}

/* ---- hash ---- */

int64_t rpy_hash_float(double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? 314159 : -314159;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & RPY_HASH_MODULUS) | x >> (RPY_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= RPY_HASH_MODULUS) x -= RPY_HASH_MODULUS;
    }
    e = e >= 0 ? e % RPY_HASH_BITS : RPY_HASH_BITS - 1 - ((-1 - e) % RPY_HASH_BITS);
    x = ((x << e) & RPY_HASH_MODULUS) | x >> (RPY_HASH_BITS - e);
    int64_t r = (int64_t)x * sign;
    return r == -1 ? -2 : r;
}
