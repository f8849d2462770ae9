/* rpy_math.h -- the `math` module with CPython's error behaviour:
 * ValueError "math domain error" for a domain error, OverflowError
 * "math range error" for an overflowing result.  Functions return 0 after
 * raising.  floor/ceil/trunc return int (OverflowError / ValueError for
 * inf / nan, as CPython). */
#ifndef RPY_MATH_H
#define RPY_MATH_H

#include <stdint.h>
#include <stdbool.h>

double rpy_math_sqrt(double x);
double rpy_math_exp(double x);
double rpy_math_log(double x);                 /* math.log(x) */
double rpy_math_log_base(double x, double base); /* math.log(x, base) */
double rpy_math_log10(double x);
double rpy_math_log2(double x);
double rpy_math_log1p(double x);
double rpy_math_expm1(double x);
double rpy_math_pow(double x, double y);       /* math.pow (not **) */
double rpy_math_sin(double x);
double rpy_math_cos(double x);
double rpy_math_tan(double x);
double rpy_math_asin(double x);
double rpy_math_acos(double x);
double rpy_math_atan(double x);
double rpy_math_atan2(double y, double x);
double rpy_math_sinh(double x);
double rpy_math_cosh(double x);
double rpy_math_tanh(double x);
double rpy_math_fabs(double x);
double rpy_math_fmod(double x, double y);
double rpy_math_hypot(double x, double y);
double rpy_math_copysign(double x, double y);
double rpy_math_degrees(double x);
double rpy_math_radians(double x);
int64_t rpy_math_floor(double x);
int64_t rpy_math_ceil(double x);
int64_t rpy_math_trunc(double x);
bool rpy_math_isinf(double x);
bool rpy_math_isnan(double x);
bool rpy_math_isfinite(double x);
/* math.modf: returns the fractional part, *intpart gets the integer part */
double rpy_math_modf(double x, double *intpart);
/* math.frexp: returns mantissa, *exp gets the exponent */
double rpy_math_frexp(double x, int64_t *exp);
double rpy_math_ldexp(double x, int64_t exp);
/* math.fsum(items), items a list of floats: correctly rounded like CPython's (exact partial
 * sums, then one rounding); an inf or nan among the items gives the naive sum. */
struct rpy_list;
double rpy_math_fsum(struct rpy_list *items);

#define RPY_MATH_PI 3.141592653589793
#define RPY_MATH_E 2.718281828459045
#define RPY_MATH_TAU 6.283185307179586

#endif
