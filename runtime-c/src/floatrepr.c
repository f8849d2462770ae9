/* floatrepr.c -- repr(float) as CPython: the shortest digit string that
 * round-trips, laid out in fixed notation when -4 <= exponent < 16 and in
 * scientific notation otherwise.  The shortest digits are found by asking
 * the (correctly rounding) C library for 1, 2, ... 17 significant digits
 * and checking the round trip with strtod; at each length the neighbours
 * of the correctly rounded candidate are tried too, which covers the
 * asymmetric rounding interval at powers of two.  Also used by format.c. */
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

int rt_float_shortest(double x, char *digits, int *decpt)
{
    /* x finite and > 0 */
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        int e10;
        int n = split_e(buf, digits, &e10);
        if (strtod(buf, NULL) == x) {
            while (n > 1 && digits[n - 1] == '0') digits[--n] = 0;
            *decpt = e10 + 1;
            return n;
        }
        if (prec >= 2 && prec < 17) {
            long long m = atoll(digits);
            for (int d = -1; d <= 1; d += 2) {
                long long mm = m + d;
                if (try_mantissa(x, mm, e10, n)) {
                    char tmp[32];
                    int k = snprintf(tmp, sizeof tmp, "%lld", mm);
                    int e = e10 + (k - n);          /* carry may add a digit */
                    memcpy(digits, tmp, (size_t)k + 1);
                    while (k > 1 && digits[k - 1] == '0') digits[--k] = 0;
                    *decpt = e + 1;
                    return k;
                }
            }
        }
    }
    snprintf(buf, sizeof buf, "%.16e", x);     /* 17 digits always round-trip */
    int e10;
    int n = split_e(buf, digits, &e10);
    *decpt = e10 + 1;
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
