/* math.c -- the math module (rpy_math.h) with CPython's error rules:
 * a NaN result from a non-NaN argument is a domain error (ValueError), an
 * infinite result from a finite argument is a range error (OverflowError)
 * for the functions that can overflow and a domain error otherwise. */
#include <math.h>
#include "rpy_math.h"
#include "rpy_list.h"
#include "rpy_gc.h"
#include <string.h>
#include "rpy_float.h"
#include "rpy_exc.h"

static double domain_error(void)
{
    rpy_raise_msg(RPY_EXC_VALUEERROR, "math domain error");
    return 0.0;
}

static double range_error(void)
{
    rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "math range error");
    return 0.0;
}

static double check1(double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return r;
}

double rpy_math_sqrt(double x) { return check1(x, sqrt(x), false); }
double rpy_math_exp(double x) { return check1(x, exp(x), true); }
double rpy_math_expm1(double x) { return check1(x, expm1(x), true); }
double rpy_math_sin(double x) { return check1(x, sin(x), false); }
double rpy_math_cos(double x) { return check1(x, cos(x), false); }
double rpy_math_tan(double x) { return check1(x, tan(x), false); }
double rpy_math_asin(double x) { return check1(x, asin(x), false); }
double rpy_math_acos(double x) { return check1(x, acos(x), false); }
double rpy_math_atan(double x) { return atan(x); }
double rpy_math_sinh(double x) { return check1(x, sinh(x), true); }
double rpy_math_cosh(double x) { return check1(x, cosh(x), true); }
double rpy_math_tanh(double x) { return tanh(x); }
double rpy_math_fabs(double x) { return fabs(x); }
double rpy_math_atan2(double y, double x) { return atan2(y, x); }
double rpy_math_copysign(double x, double y) { return copysign(x, y); }
double rpy_math_degrees(double x) { return x * (180.0 / RPY_MATH_PI); }
double rpy_math_radians(double x) { return x * (RPY_MATH_PI / 180.0); }
bool rpy_math_isinf(double x) { return isinf(x); }
bool rpy_math_isnan(double x) { return isnan(x); }
bool rpy_math_isfinite(double x) { return isfinite(x); }

static double log_checked(double x, double (*f)(double))
{
    if (isnan(x)) return x;
    if (x <= 0.0) return domain_error();
    return f(x);
}

double rpy_math_log(double x) { return log_checked(x, log); }
double rpy_math_log10(double x) { return log_checked(x, log10); }
double rpy_math_log2(double x) { return log_checked(x, log2); }

double rpy_math_log1p(double x)
{
    if (x <= -1.0) return domain_error();
    return log1p(x);
}

double rpy_math_log_base(double x, double base)
{
    double num = rpy_math_log(x);
    if (rpy_exc_type) return 0.0;
    double den = rpy_math_log(base);
    if (rpy_exc_type) return 0.0;
    return rpy_float_truediv(num, den);
}

double rpy_math_pow(double x, double y)
{
    /* CPython's math.pow: IEEE special cases, then errors from the result */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) return y == 0.0 ? 1.0 : x;
        if (isnan(y)) return x == 1.0 ? 1.0 : y;
        return pow(x, y);
    }
    if (x == 0.0 && y < 0.0) return domain_error();
    if (x < 0.0 && y != floor(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r)) return range_error();
    return r;
}

double rpy_math_fmod(double x, double y)
{
    if (isinf(y) && isfinite(x)) return x;
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return r;
}

double rpy_math_hypot(double x, double y)
{
    double r = hypot(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return r;
}

int64_t rpy_math_floor(double x) { return rpy_float_to_int(floor(x)); }
int64_t rpy_math_ceil(double x) { return rpy_float_to_int(ceil(x)); }
int64_t rpy_math_trunc(double x) { return rpy_float_to_int(x); }

double rpy_math_modf(double x, double *intpart)
{
    if (isinf(x)) { *intpart = x; return copysign(0.0, x); }
    return modf(x, intpart);
}

double rpy_math_frexp(double x, int64_t *exp)
{
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    *exp = e;
    return m;
}

double rpy_math_ldexp(double x, int64_t exp)
{
    if (x == 0.0 || !isfinite(x)) return x;
    if (exp > 100000) exp = 100000;
    if (exp < -100000) exp = -100000;
    double r = ldexp(x, (int)exp);
    if (isinf(r)) return range_error();
    return r;
}

/* Exact summation: keep non-overlapping partial sums (each addition split into its rounded
 * sum and the exact error), then add them from the largest down, fixing the last rounding
 * when it was a tie that the remaining partials break. */
double rpy_math_fsum(struct rpy_list *items)
{
    double small[32];
    double *p = small;
    int64_t cap = 32, n = 0;
    double naive = 0.0;
    for (int64_t k = 0; k < items->length; k++) {
        double x = items->items[k].f;
        naive += x;
        if (!isfinite(x)) continue;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        if (i == cap) {
            double *q = rpy_malloc_atomic((size_t)(cap * 2) * sizeof(double));
            memcpy(q, p, (size_t)cap * sizeof(double));
            p = q;
            cap *= 2;
        }
        p[i++] = x;
        n = i;
    }
    if (!isfinite(naive)) return naive;
    if (n == 0) return 0.0;
    double hi = p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) hi = x;
    }
    return hi;
}
