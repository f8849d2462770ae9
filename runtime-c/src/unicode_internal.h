/* unicode_internal.h -- unicode.c helpers used by str_methods.c. */
#ifndef UNICODE_INTERNAL_H
#define UNICODE_INTERNAL_H
#include <stdbool.h>
#include <stdint.h>
#include "rpy_word.h"

struct rt_special { uint32_t c; uint32_t n; uint32_t m[3]; };

bool rt_char_istitle(rpy_char c);
bool rt_char_iscaseignorable(rpy_char c);
/* Full case mapping of one char (1..3 chars written to out; returns count). */
int rt_char_full_case(rpy_char c, bool upper, rpy_char out[3]);
/* Full title-case mapping of one char (str.title/capitalize). */
int rt_char_full_title(rpy_char c, rpy_char out[3]);
#endif
