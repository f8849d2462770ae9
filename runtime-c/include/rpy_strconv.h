/* rpy_strconv.h -- conversions between str and numbers, repr, encoding.
 *
 * Everything here reproduces CPython 3.11 output exactly: repr(str),
 * str(int), repr(float) (shortest round-trip), int(s), int(s, base),
 * float(s), str.encode('utf-8'), bytes.decode('utf-8').
 */
#ifndef RPY_STRCONV_H
#define RPY_STRCONV_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_str.h"
#include "rpy_bytes.h"

/* repr(s): CPython's quote choice and escapes */
rpy_str *rpy_str_repr(rpy_str *s);
/* repr of a single char (the translator's `char` type) */
rpy_str *rpy_char_repr(rpy_char c);
/* str(i) */
rpy_str *rpy_str_of_int(int64_t i);
/* str(r_uint) : unsigned decimal */
rpy_str *rpy_str_of_uint(uint64_t u);
/* str(b) : 'True' / 'False' */
rpy_str *rpy_str_of_bool(bool b);
/* hex(i), oct(i), bin(i): '0x1f', '-0o17', '0b101' */
rpy_str *rpy_int_hex(int64_t i);
rpy_str *rpy_int_oct(int64_t i);
rpy_str *rpy_int_bin(int64_t i);
/* repr(x) == str(x) for floats: 'inf', 'nan', '-0.0', '1e+16', '0.1' */
rpy_str *rpy_str_of_float(double x);
/* Same as C text: writes repr(x) plus NUL into buf (>= 32 bytes), returns
 * the length. */
int rpy_float_repr_buf(double x, char *buf);

/* int(s): whitespace, sign, underscores between digits, base 10.
 * ValueError "invalid literal for int() with base 10: 'xx'" (repr of s).
 * A value outside int64 raises OverflowError
 * "int too large to convert to machine integer" (CPython would make a long). */
int64_t rpy_int_from_str(rpy_str *s);
/* int(s, base), base 0 or 2..36 (0: prefix decides, as CPython). ValueError
 * "int() base must be >= 2 and <= 36, or 0" for a bad base. */
int64_t rpy_int_from_str_base(rpy_str *s, int64_t base);
/* float(s): ValueError "could not convert string to float: 'xx'" */
double rpy_float_from_str(rpy_str *s);

/* s.encode('utf-8') (lone surrogates encoded as-is) */
rpy_bytes *rpy_str_encode_utf8(rpy_str *s);
/* b.decode('utf-8'), strict: UnicodeDecodeError with CPython's message, e.g.
 * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" */
rpy_str *rpy_bytes_decode_utf8(rpy_bytes *b);
/* b.decode('utf-8', 'replace') / b.decode('utf-8', 'ignore'), exactly as
 * CPython (one U+FFFD per maximal invalid subsequence).  Note that
 * rpy_str_from_utf8 is NOT the same: it is for the translator's own
 * literals (accepts encoded surrogates, replaces byte by byte). */
rpy_str *rpy_bytes_decode_utf8_replace(rpy_bytes *b);
rpy_str *rpy_bytes_decode_utf8_ignore(rpy_bytes *b);
/* b.decode('latin-1') (never fails) */
rpy_str *rpy_bytes_decode_latin1(rpy_bytes *b);

#endif
