/* rt_float_internal.h -- float digit generation shared by floatrepr.c and
 * format.c. */
#ifndef RT_FLOAT_INTERNAL_H
#define RT_FLOAT_INTERNAL_H
#include <stdbool.h>
/* Shortest round-trip digits of x (finite, > 0): writes the digits
 * (no trailing zeros, NUL-terminated) and *decpt so that
 * x = 0.DIGITS * 10**decpt; returns the number of digits. */
int rt_float_shortest(double x, char *digits, int *decpt);
#endif
