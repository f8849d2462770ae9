/* unicode.c -- per-character Unicode properties (rpy_unicode.h) and the
 * case-mapping tables used by str.lower()/upper().  ASCII is answered by
 * direct tests; everything else by binary search in the tables that
 * tools/gen_unicode.py generated from CPython (unicode_db.inc). */
#include <stddef.h>
#include "rpy_unicode.h"
#include "unicode_internal.h"

#include "unicode_db.inc"

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const uint32_t (*r)[2], size_t n, rpy_char c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

#define IN(table, c) in_ranges(table, NELEMS(table), (c))

bool rpy_char_isspace(rpy_char c)
{
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F);
    return IN(rt_space, c);
}

bool rpy_char_isdigit(rpy_char c)
{
    if (c < 128) return c >= '0' && c <= '9';
    return IN(rt_digit, c);
}

bool rpy_char_isdecimal(rpy_char c)
{
    if (c < 128) return c >= '0' && c <= '9';
    return IN(rt_decimal, c);
}

int rpy_char_decimal_value(rpy_char c)
{
    if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    size_t lo = 0, hi = NELEMS(rt_decimal);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < rt_decimal[mid][0]) hi = mid;
        else if (c > rt_decimal[mid][1]) lo = mid + 1;
        else return (int)((c - rt_decimal[mid][0]) % 10);
    }
    return -1;
}

bool rpy_char_isnumeric(rpy_char c)
{
    if (c < 128) return c >= '0' && c <= '9';
    return IN(rt_numeric, c);
}

bool rpy_char_isalpha(rpy_char c)
{
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return IN(rt_alpha, c);
}

bool rpy_char_isalnum(rpy_char c)
{
    if (c < 128) return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
    return IN(rt_alpha, c) || IN(rt_alnum_extra, c);
}

bool rpy_char_isupper(rpy_char c)
{
    if (c < 128) return c >= 'A' && c <= 'Z';
    return IN(rt_upper, c);
}

bool rpy_char_islower(rpy_char c)
{
    if (c < 128) return c >= 'a' && c <= 'z';
    return IN(rt_lower, c);
}

bool rt_char_istitle(rpy_char c)
{
    return c >= 128 && IN(rt_title, c);
}

bool rpy_char_iscased(rpy_char c)
{
    return rpy_char_isupper(c) || rpy_char_islower(c) || rt_char_istitle(c);
}

bool rt_char_iscaseignorable(rpy_char c)
{
    return IN(rt_case_ignorable, c);
}

bool rpy_char_isprintable(rpy_char c)
{
    if (c < 128) return c >= 0x20 && c < 0x7F;
    return IN(rt_printable, c);
}

bool rpy_char_islinebreak(rpy_char c)
{
    return (c >= 10 && c <= 13) || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

static rpy_char map_lookup(const uint32_t (*m)[2], size_t n, rpy_char c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < m[mid][0]) hi = mid;
        else if (c > m[mid][0]) lo = mid + 1;
        else return m[mid][1];
    }
    return c;
}

rpy_char rpy_char_tolower(rpy_char c)
{
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return map_lookup(rt_lower_map, NELEMS(rt_lower_map), c);
}

rpy_char rpy_char_toupper(rpy_char c)
{
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return map_lookup(rt_upper_map, NELEMS(rt_upper_map), c);
}

static const struct rt_special *special_lookup(const struct rt_special *t, size_t n, rpy_char c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid].c) hi = mid;
        else if (c > t[mid].c) lo = mid + 1;
        else return &t[mid];
    }
    return NULL;
}

int rt_char_full_title(rpy_char c, rpy_char out[3])
{
    const struct rt_special *sp = special_lookup(rt_title_special, NELEMS(rt_title_special), c);
    if (sp) {
        for (uint32_t i = 0; i < sp->n; i++) out[i] = sp->m[i];
        return (int)sp->n;
    }
    rpy_char t = map_lookup(rt_title_map, NELEMS(rt_title_map), c);
    if (t != c) { out[0] = t; return 1; }
    return rt_char_full_case(c, true, out);
}

int rt_char_full_case(rpy_char c, bool upper, rpy_char out[3])
{
    const struct rt_special *sp = upper
        ? special_lookup(rt_upper_special, NELEMS(rt_upper_special), c)
        : special_lookup(rt_lower_special, NELEMS(rt_lower_special), c);
    if (sp) {
        for (uint32_t i = 0; i < sp->n; i++) out[i] = sp->m[i];
        return (int)sp->n;
    }
    out[0] = upper ? rpy_char_toupper(c) : rpy_char_tolower(c);
    return 1;
}
