/* rpy_int.h -- integer arithmetic with Python semantics.
 *
 * int is int64_t.  Plain arithmetic that overflows wraps (the translator
 * emits unsigned arithmetic for intmask); the *_ovf variants implement
 * ovfcheck(): they raise OverflowError "integer overflow" (the message of
 * rlib.rarithmetic.ovfcheck) and return 0.  Division helpers without a
 * _checked suffix assume the caller checked for zero.
 */
#ifndef RPY_INT_H
#define RPY_INT_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_exc.h"

/* Python floor division and modulo, b != 0 checked by the caller.
 * INT64_MIN // -1 wraps to INT64_MIN (overflow: undefined in RPython). */
static inline int64_t rpy_int_floordiv(int64_t a, int64_t b)
{
    if (b == -1) return (int64_t)(0 - (uint64_t)a);
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
}

static inline int64_t rpy_int_mod(int64_t a, int64_t b)
{
    if (b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/* Checked versions: ZeroDivisionError "integer division or modulo by zero"
 * (CPython 3.11's message for //, % and divmod). */
void rpy_raise_int_zerodiv(void);
static inline int64_t rpy_int_floordiv_checked(int64_t a, int64_t b)
{
    if (b == 0) { rpy_raise_int_zerodiv(); return 0; }
    return rpy_int_floordiv(a, b);
}
static inline int64_t rpy_int_mod_checked(int64_t a, int64_t b)
{
    if (b == 0) { rpy_raise_int_zerodiv(); return 0; }
    return rpy_int_mod(a, b);
}
/* ovfcheck(a // b): OverflowError for INT64_MIN // -1 */
int64_t rpy_int_floordiv_ovf(int64_t a, int64_t b);

/* a / b on ints -> float (true division), ZeroDivisionError "division by
 * zero".  Correctly rounded, as CPython. */
double rpy_int_truediv(int64_t a, int64_t b);

/* Overflow detection without raising (true = overflowed). */
static inline bool rpy_int_add_overflows(int64_t a, int64_t b, int64_t *r) { return __builtin_add_overflow(a, b, r); }
static inline bool rpy_int_sub_overflows(int64_t a, int64_t b, int64_t *r) { return __builtin_sub_overflow(a, b, r); }
static inline bool rpy_int_mul_overflows(int64_t a, int64_t b, int64_t *r) { return __builtin_mul_overflow(a, b, r); }

/* ovfcheck(a + b) etc.: OverflowError "integer overflow" */
void rpy_raise_int_overflow(void);
static inline int64_t rpy_int_add_ovf(int64_t a, int64_t b)
{ int64_t r; if (__builtin_add_overflow(a, b, &r)) { rpy_raise_int_overflow(); return 0; } return r; }
static inline int64_t rpy_int_sub_ovf(int64_t a, int64_t b)
{ int64_t r; if (__builtin_sub_overflow(a, b, &r)) { rpy_raise_int_overflow(); return 0; } return r; }
static inline int64_t rpy_int_mul_ovf(int64_t a, int64_t b)
{ int64_t r; if (__builtin_mul_overflow(a, b, &r)) { rpy_raise_int_overflow(); return 0; } return r; }
static inline int64_t rpy_int_neg_ovf(int64_t a)
{ if (a == INT64_MIN) { rpy_raise_int_overflow(); return 0; } return -a; }
static inline int64_t rpy_int_abs_ovf(int64_t a)
{ if (a == INT64_MIN) { rpy_raise_int_overflow(); return 0; } return a < 0 ? -a : a; }

/* Wrapping arithmetic (intmask semantics) without C undefined behaviour. */
static inline int64_t rpy_int_add_wrap(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static inline int64_t rpy_int_sub_wrap(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }
static inline int64_t rpy_int_mul_wrap(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

/* Shifts with Python semantics.  Negative count: ValueError "negative shift
 * count".  a >> n for n >= 64 gives 0 or -1.  rpy_int_lshift wraps (bits
 * shifted out are lost, as intmask(a << n)); rpy_int_lshift_ovf raises
 * OverflowError "integer overflow" when the result does not fit. */
void rpy_raise_negative_shift(void);
static inline int64_t rpy_int_rshift(int64_t a, int64_t n)
{
    if (n < 0) { rpy_raise_negative_shift(); return 0; }
    if (n >= 64) return a < 0 ? -1 : 0;
    return a >> n;   /* arithmetic shift on gcc/clang */
}
static inline int64_t rpy_int_lshift(int64_t a, int64_t n)
{
    if (n < 0) { rpy_raise_negative_shift(); return 0; }
    if (n >= 64) return 0;
    return (int64_t)((uint64_t)a << n);
}
static inline int64_t rpy_int_lshift_ovf(int64_t a, int64_t n)
{
    if (n < 0) { rpy_raise_negative_shift(); return 0; }
    if (a == 0) return 0;
    if (n >= 64) { rpy_raise_int_overflow(); return 0; }
    int64_t r = (int64_t)((uint64_t)a << n);
    if ((r >> n) != a) { rpy_raise_int_overflow(); return 0; }
    return r;
}
/* r_uint shifts: >> n for n >= 64 gives 0; << n for n >= 64 gives 0 */
static inline uint64_t rpy_uint_rshift(uint64_t a, int64_t n)
{
    if (n < 0) { rpy_raise_negative_shift(); return 0; }
    return n >= 64 ? 0 : a >> n;
}
static inline uint64_t rpy_uint_lshift(uint64_t a, int64_t n)
{
    if (n < 0) { rpy_raise_negative_shift(); return 0; }
    return n >= 64 ? 0 : a << n;
}

/* base ** exp for exp >= 0 (ValueError "negative exponent" otherwise, as
 * RPython has no int->float promotion).  rpy_int_pow wraps on overflow;
 * rpy_int_pow_ovf raises OverflowError "integer overflow". */
int64_t rpy_int_pow(int64_t base, int64_t exp);
int64_t rpy_int_pow_ovf(int64_t base, int64_t exp);

/* abs / min / max helpers */
static inline int64_t rpy_int_abs(int64_t a) { return a < 0 ? (int64_t)(0 - (uint64_t)a) : a; }

#endif
