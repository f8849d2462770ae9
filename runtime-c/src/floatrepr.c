/* floatrepr.c -- repr(float) as CPython: the shortest digit string that
 * round-trips, laid out in fixed notation when -4 <= exponent < 16 and in
 * scientific notation otherwise.  The shortest digits are found by asking
 * the (correctly rounding) C library for 1, 2, ... 17 significant digits
 * and checking the round trip with strtod; at each length the neighbours
 * of the correctly rounded candidate are tried too, which covers the
 * asymmetric rounding interval at powers of two.  Also used by format.c. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rpy_strconv.h"
#include "rt_float_internal.h"

/* Parse "d.ddde[+-]x" from %.*e into digits (no dot) and decimal exponent. */
static int split_e(const char *buf, char *digits, int *exp10)
{
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    digits[n] = 0;
    *exp10 = atoi(p + 1);
    return n;
}

/* Try mantissa m (ndig digits) * 10^(e10 - ndig + 1) for a round trip. */
static bool try_mantissa(double x, long long m, int e10, int ndig)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%llde%d", m, e10 - ndig + 1);
    return strtod(buf, NULL) == x;
}

/* Round the 17-digit string d17 (value 0.d17 * 10^e) to p digits into out;
 * returns the new decimal-point position, or INT_MIN when d17 sits exactly
 * on a p-digit midpoint (then double rounding could be wrong: caller asks
 * printf instead). */
static int round_digits(const char *d17, int e, int p, char *out)
{
    memcpy(out, d17, (size_t)p);
    out[p] = 0;
    if (p >= 17) return e;
    char next = d17[p];
    bool tail_zero = true;
    for (int i = p + 1; i < 17; i++) if (d17[i] != '0') { tail_zero = false; break; }
    if (next == '5' && tail_zero) return INT_MIN;
    if (next < '5') return e;
    int i = p - 1;
    while (i >= 0 && out[i] == '9') out[i--] = '0';
    if (i < 0) {                    /* 99..9 -> 100..0: one more digit position */
        out[0] = '1';
        return e + 1;
    }
    out[i]++;
    return e;
}

static bool round_trips(double x, const char *digits, int n, int decpt)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*se%d", n, digits, decpt - n);
    return strtod(buf, NULL) == x;
}

/* Fast path for values that are short decimals (441.52, 0.1, 1234.0): the smallest k with
 * x == m / 10^k for an integer m < 10^15.  m and 10^k are exact doubles and the division
 * rounds correctly, so m / 10^k is exactly what strtod gives for "me-k": m round-trips.
 * Since distinct decimals of at most 15 digits never map to the same double (DBL_DIG),
 * m (without trailing zeros) is then the unique shortest round-trip string, the one the
 * general search below would find.  x * 10^k is within a quarter of m below 10^15, so
 * rounding it finds m.  Returns 0 when x is not such a decimal. */
static int short_decimal(double x, char *digits, int *decpt)
{
    static const double pow10[16] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                      1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    for (int k = 0; k < 16; k++) {
        double y = x * pow10[k];
        if (y >= 1e15) return 0;
        double m = nearbyint(y);
        if (m == 0 || m / pow10[k] != x) continue;
        char tmp[24], rev[24];
        unsigned long long u = (unsigned long long)m;
        int n = 0;
        do { rev[n++] = (char)('0' + u % 10); u /= 10; } while (u);
        for (int i = 0; i < n; i++) tmp[i] = rev[n - 1 - i];
        *decpt = n - k;
        while (n > 1 && tmp[n - 1] == '0') n--;
        memcpy(digits, tmp, (size_t)n);
        digits[n] = 0;
        return n;
    }
    return 0;
}

int rt_float_shortest(double x, char *digits, int *decpt)
{
    /* x finite and > 0 */
    int short_n = short_decimal(x, digits, decpt);
    if (short_n > 0) return short_n;
    char buf[64], d17[24], cand[24];
    snprintf(buf, sizeof buf, "%.16e", x);
    int e10;
    split_e(buf, d17, &e10);
    int e17 = e10 + 1;
    int fe;
    bool pow2 = frexp(x, &fe) == 0.5;     /* asymmetric rounding interval */
    for (int prec = 1; prec < 17; prec++) {
        int dp = round_digits(d17, e17, prec, cand);
        if (dp == INT_MIN) {
            snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
            split_e(buf, cand, &e10);
            dp = e10 + 1;
        }
        if (round_trips(x, cand, prec, dp)) {
            int n = prec;
            while (n > 1 && cand[n - 1] == '0') n--;
            memcpy(digits, cand, (size_t)n);
            digits[n] = 0;
            *decpt = dp;
            return n;
        }
        if (pow2 && prec >= 2) {
            long long m = atoll(cand);
            for (int d = -1; d <= 1; d += 2) {
                if (try_mantissa(x, m + d, dp - 1, prec)) {
                    char tmp[32];
                    int k = snprintf(tmp, sizeof tmp, "%lld", m + d);
                    int ee = dp - 1 + (k - prec);          /* a borrow/carry changes the length */
                    while (k > 1 && tmp[k - 1] == '0') tmp[--k] = 0;
                    memcpy(digits, tmp, (size_t)k + 1);
                    *decpt = ee + 1;
                    return k;
                }
            }
        }
    }
    int n = 17;
    while (n > 1 && d17[n - 1] == '0') n--;
    memcpy(digits, d17, (size_t)n);
    digits[n] = 0;
    *decpt = e17;
    return n;
}

int rpy_float_repr_buf(double x, char *out)
{
    if (isnan(x)) { strcpy(out, "nan"); return 3; }
    if (isinf(x)) { strcpy(out, x < 0 ? "-inf" : "inf"); return x < 0 ? 4 : 3; }
    char *q = out;
    if (signbit(x)) { *q++ = '-'; x = -x; }
    if (x == 0) { strcpy(q, "0.0"); return (int)(q - out) + 3; }
    char digits[32];
    int decpt;
    int n = rt_float_shortest(x, digits, &decpt);
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            *q++ = '0'; *q++ = '.';
            for (int i = 0; i < -decpt; i++) *q++ = '0';
            memcpy(q, digits, (size_t)n); q += n;
        } else if (decpt >= n) {
            memcpy(q, digits, (size_t)n); q += n;
            for (int i = n; i < decpt; i++) *q++ = '0';
            *q++ = '.'; *q++ = '0';
        } else {
            memcpy(q, digits, (size_t)decpt); q += decpt;
            *q++ = '.';
            memcpy(q, digits + decpt, (size_t)(n - decpt)); q += n - decpt;
        }
    } else {
        *q++ = digits[0];
        if (n > 1) { *q++ = '.'; memcpy(q, digits + 1, (size_t)(n - 1)); q += n - 1; }
        q += sprintf(q, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
    *q = 0;
    return (int)(q - out);
}

rpy_str *rpy_str_of_float(double x)
{
    char buf[40];
    int n = rpy_float_repr_buf(x, buf);
    return rpy_str_from_latin1(buf, n);
}
