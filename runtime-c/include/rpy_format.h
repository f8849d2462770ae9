/* rpy_format.h -- format() / f-string / %-formatting of one value.
 *
 * The translator splits every format string at compile time and calls one
 * of these per replacement field, with the field's spec as a constant str.
 * rpy_format_*: Python's format-spec mini-language exactly as CPython's
 *   format(value, spec):  [[fill]align][sign][z][#][0][width][,|_][.prec][type]
 *   int types: b c d o x X n (n = d, C locale) e E f F g G % and none;
 *   float types: e E f F g G n % and none (none = repr-like, see CPython);
 *   str types: s and none.
 * rpy_percent_*: one `%` conversion, spec = the text after '%' up to and
 *   including the conversion letter, e.g. "-8s", "5d", ".2f", "x", "r",
 *   "#o", "+.3e", "05d", "c".  Value conversions follow CPython's %:
 *   %d/%i/%u of a float truncates, %s/%r of a number use str()/repr().
 * On a bad spec they raise ValueError with CPython's message (e.g.
 * "Unknown format code 'd' for object of type 'str'") and return NULL.
 */
#ifndef RPY_FORMAT_H
#define RPY_FORMAT_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_str.h"

rpy_str *rpy_format_int(int64_t v, rpy_str *spec);
rpy_str *rpy_format_uint(uint64_t v, rpy_str *spec);   /* r_uint */
rpy_str *rpy_format_bool(bool v, rpy_str *spec);       /* '' -> 'True' */
rpy_str *rpy_format_float(double v, rpy_str *spec);
rpy_str *rpy_format_str(rpy_str *v, rpy_str *spec);
/* C-string spec variants (same semantics; spec is ASCII) */
rpy_str *rpy_format_int_c(int64_t v, const char *spec);
rpy_str *rpy_format_float_c(double v, const char *spec);
rpy_str *rpy_format_str_c(rpy_str *v, const char *spec);

/* %-formatting of one value; spec as described above (ASCII C string). */
rpy_str *rpy_percent_int(int64_t v, const char *spec);
rpy_str *rpy_percent_float(double v, const char *spec);
rpy_str *rpy_percent_str(rpy_str *v, const char *spec);  /* %s, %r, %a */
rpy_str *rpy_percent_char(rpy_char c, const char *spec); /* %c, %s, %r of a char */

#endif
