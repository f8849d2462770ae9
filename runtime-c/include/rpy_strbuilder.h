/* rpy_strbuilder.h -- growing string buffer (rlib.rstring.StringBuilder,
 * join, f-strings, repr).  Stores chars in the narrowest kind seen so far
 * and widens on demand; build() copies into a fresh rpy_str, and the builder
 * stays usable afterwards. */
#ifndef RPY_STRBUILDER_H
#define RPY_STRBUILDER_H

#include <stdint.h>
#include "rpy_str.h"

typedef struct rpy_strbuilder rpy_strbuilder;

rpy_strbuilder *rpy_strbuilder_new(int64_t size_hint);
void rpy_strbuilder_append(rpy_strbuilder *sb, rpy_str *s);
void rpy_strbuilder_append_char(rpy_strbuilder *sb, rpy_char c);
/* append s[start:stop]; 0 <= start <= stop <= len(s) already checked */
void rpy_strbuilder_append_slice(rpy_strbuilder *sb, rpy_str *s, int64_t start, int64_t stop);
/* append `n` copies of c */
void rpy_strbuilder_append_multiple_char(rpy_strbuilder *sb, rpy_char c, int64_t n);
/* append UTF-8 text (e.g. ASCII from snprintf) */
void rpy_strbuilder_append_utf8(rpy_strbuilder *sb, const char *p, int64_t len);
int64_t rpy_strbuilder_length(rpy_strbuilder *sb);
rpy_str *rpy_strbuilder_build(rpy_strbuilder *sb);

#endif
