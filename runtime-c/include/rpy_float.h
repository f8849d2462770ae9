/* rpy_float.h -- float arithmetic and conversions with CPython semantics.
 * Errors are raised with CPython 3.11's messages; the function then
 * returns 0. */
#ifndef RPY_FLOAT_H
#define RPY_FLOAT_H

#include <stdint.h>
#include <stdbool.h>

/* a / b: ZeroDivisionError "float division by zero" */
double rpy_float_truediv(double a, double b);
/* a // b: ZeroDivisionError "float floor division by zero" */
double rpy_float_floordiv(double a, double b);
/* a % b: ZeroDivisionError "float modulo"; result has the sign of b */
double rpy_float_mod(double a, double b);
/* divmod(a, b): ZeroDivisionError "float divmod()"; returns q, *mod = r */
double rpy_float_divmod(double a, double b, double *mod);
/* a ** b as CPython's float_pow: ZeroDivisionError "0.0 cannot be raised
 * to a negative power"; ValueError "negative number cannot be raised to a
 * fractional power" (CPython would return a complex); OverflowError
 * "(34, 'Numerical result out of range')" on overflow. */
double rpy_float_pow(double a, double b);

/* int(x): truncation.  OverflowError "cannot convert float infinity to
 * integer", ValueError "cannot convert float NaN to integer"; a finite
 * value outside int64 raises OverflowError "int too large to convert to
 * machine integer" (CPython would make a long). */
int64_t rpy_float_to_int(double x);
/* round(x) -> int, half to even, same errors as rpy_float_to_int */
int64_t rpy_float_round_int(double x);
/* round(x, n) -> float, correctly rounded as CPython (n may be negative) */
double rpy_float_round(double x, int64_t ndigits);
/* float(i) */
static inline double rpy_float_from_int(int64_t i) { return (double)i; }
/* x.is_integer() */
bool rpy_float_is_integer(double x);

#endif
