/* rpy_unicode.h -- per-character classification and case mapping.
 *
 * Used by the str methods and directly by generated code when a one-char
 * string is inferred as `char` (c.isdigit(), c.lower(), ...).  Semantics are
 * CPython's str methods applied to a one-character string.  Coverage: exact
 * for ASCII and Latin-1; beyond that from tables generated from CPython's
 * unicodedata (see RUNTIME.md for what is covered).
 */
#ifndef RPY_UNICODE_H
#define RPY_UNICODE_H

#include <stdbool.h>
#include "rpy_word.h"

bool rpy_char_isspace(rpy_char c);     /* str.isspace */
bool rpy_char_isdigit(rpy_char c);     /* str.isdigit */
bool rpy_char_isdecimal(rpy_char c);   /* str.isdecimal (int() digits) */
bool rpy_char_isnumeric(rpy_char c);   /* str.isnumeric */
bool rpy_char_isalpha(rpy_char c);     /* str.isalpha */
bool rpy_char_isalnum(rpy_char c);     /* str.isalnum */
bool rpy_char_isupper(rpy_char c);     /* cased and uppercase */
bool rpy_char_islower(rpy_char c);     /* cased and lowercase */
bool rpy_char_iscased(rpy_char c);     /* has case (upper, lower or title) */
bool rpy_char_isprintable(rpy_char c); /* str.isprintable (repr keeps it) */
bool rpy_char_islinebreak(rpy_char c); /* a str.splitlines boundary */
/* Value of a decimal digit (any script), or -1. */
int rpy_char_decimal_value(rpy_char c);
/* Simple one-to-one case mappings (c.lower() / c.upper() when the result is
 * one char; the str functions handle the multi-char special cases). */
rpy_char rpy_char_tolower(rpy_char c);
rpy_char rpy_char_toupper(rpy_char c);

#endif
