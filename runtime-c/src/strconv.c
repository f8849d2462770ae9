/* strconv.c -- conversions between str and other values (rpy_strconv.h):
 * repr(str), str(int), int(s[, base]), float(s), UTF-8 encoding and strict
 * decoding.  Float -> str lives in floatrepr.c. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rpy_strconv.h"
#include "rpy_strbuilder.h"
#include "rpy_unicode.h"
#include "rpy_gc.h"
#include "rpy_exc.h"
#include "rt_internal.h"

/* ---- repr ---- */

static void repr_char(rpy_strbuilder *sb, rpy_char c, rpy_char quote)
{
    char buf[16];
    if (c == quote || c == '\\') {
        rpy_strbuilder_append_char(sb, '\\');
        rpy_strbuilder_append_char(sb, c);
    } else if (c == '\t') rpy_strbuilder_append_utf8(sb, "\\t", 2);
    else if (c == '\n') rpy_strbuilder_append_utf8(sb, "\\n", 2);
    else if (c == '\r') rpy_strbuilder_append_utf8(sb, "\\r", 2);
    else if (c < ' ' || c == 0x7F) {
        snprintf(buf, sizeof buf, "\\x%02x", c);
        rpy_strbuilder_append_utf8(sb, buf, 4);
    } else if (c < 0x7F || rpy_char_isprintable(c)) {
        rpy_strbuilder_append_char(sb, c);
    } else if (c <= 0xFF) {
        snprintf(buf, sizeof buf, "\\x%02x", c);
        rpy_strbuilder_append_utf8(sb, buf, 4);
    } else if (c <= 0xFFFF) {
        snprintf(buf, sizeof buf, "\\u%04x", c);
        rpy_strbuilder_append_utf8(sb, buf, 6);
    } else {
        snprintf(buf, sizeof buf, "\\U%08x", c);
        rpy_strbuilder_append_utf8(sb, buf, 10);
    }
}

rpy_str *rpy_str_repr(rpy_str *s)
{
    bool has_sq = rpy_str_contains_char(s, '\''), has_dq = rpy_str_contains_char(s, '"');
    rpy_char quote = (has_sq && !has_dq) ? '"' : '\'';
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length + 2);
    rpy_strbuilder_append_char(sb, quote);
    for (int64_t i = 0; i < s->length; i++) repr_char(sb, rpy_str_getchar(s, i), quote);
    rpy_strbuilder_append_char(sb, quote);
    return rpy_strbuilder_build(sb);
}

rpy_str *rpy_char_repr(rpy_char c)
{
    return rpy_str_repr(rpy_str_from_char(c));
}

/* ---- numbers to str ---- */

rpy_str *rpy_str_of_int(int64_t i)
{
    if (i >= 0 && i < 10) return rpy_str_from_char('0' + (rpy_char)i);
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)i);
    return rpy_str_from_latin1(buf, n);
}

rpy_str *rpy_str_of_uint(uint64_t u)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)u);
    return rpy_str_from_latin1(buf, n);
}

rpy_str *rpy_str_of_bool(bool b)
{
    static rpy_str *t, *f;
    if (!t) { t = rpy_str_from_cstr("True"); f = rpy_str_from_cstr("False"); }
    return b ? t : f;
}

static rpy_str *int_base(int64_t i, int base, char letter)
{
    char buf[72], *q = buf + sizeof buf;
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    *--q = 0;
    do { *--q = "0123456789abcdef"[m % (unsigned)base]; m /= (unsigned)base; } while (m);
    *--q = letter;
    *--q = '0';
    if (i < 0) *--q = '-';
    return rpy_str_from_latin1(q, (int64_t)(buf + sizeof buf - 1 - q));
}

rpy_str *rpy_int_hex(int64_t i) { return int_base(i, 16, 'x'); }
rpy_str *rpy_int_oct(int64_t i) { return int_base(i, 8, 'o'); }
rpy_str *rpy_int_bin(int64_t i) { return int_base(i, 2, 'b'); }

/* ---- int(s) ---- */

static int digit_value(rpy_char c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
    if (c >= 128) return rpy_char_decimal_value(c);
    return -1;
}

static void invalid_int(rpy_str *s, int64_t base)
{
    rpy_strbuilder *sb = rpy_strbuilder_new(64);
    char head[64];
    int n = snprintf(head, sizeof head, "invalid literal for int() with base %lld: ", (long long)base);
    rpy_strbuilder_append_utf8(sb, head, n);
    rpy_strbuilder_append(sb, rpy_str_repr(s));
    rpy_raise_builtin(RPY_EXC_VALUEERROR, rpy_strbuilder_build(sb));
}

int64_t rpy_int_from_str_base(rpy_str *s, int64_t base)
{
    if (base != 0 && (base < 2 || base > 36)) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    int64_t i = 0, end = s->length;
    while (i < end && rpy_char_isspace(rpy_str_getchar(s, i))) i++;
    while (end > i && rpy_char_isspace(rpy_str_getchar(s, end - 1))) end--;
    bool neg = false;
    if (i < end && (rpy_str_getchar(s, i) == '+' || rpy_str_getchar(s, i) == '-')) {
        neg = rpy_str_getchar(s, i) == '-';
        i++;
    }
    int64_t b = base;
    bool after_prefix = false, base0_leading_zero = false;
    if (i + 1 < end && rpy_str_getchar(s, i) == '0') {
        rpy_char p = rpy_str_getchar(s, i + 1) | 0x20;
        int64_t pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            i += 2;
            after_prefix = true;
        }
    }
    if (b == 0) {
        b = 10;
        base0_leading_zero = i < end && rpy_str_getchar(s, i) == '0';
    }
    if (after_prefix && i < end && rpy_str_getchar(s, i) == '_') i++;
    if (i >= end) goto bad;
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    uint64_t v = 0;
    bool overflow = false, prev_digit = false, nonzero = false;
    for (; i < end; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (c == '_') {
            if (!prev_digit) goto bad;
            prev_digit = false;
            continue;
        }
        int d = digit_value(c);
        if (d < 0 || d >= b) goto bad;
        if (d) nonzero = true;
        prev_digit = true;
        if (!overflow) {
            if (v > (limit - (uint64_t)d) / (uint64_t)b) overflow = true;
            else v = v * (uint64_t)b + (uint64_t)d;
        }
    }
    if (!prev_digit) goto bad;
    if (base0_leading_zero && nonzero) goto bad;
    if (overflow) {
        rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "int too large to convert to machine integer");
        return 0;
    }
    return neg ? (int64_t)(0 - v) : (int64_t)v;
bad:
    invalid_int(s, base);
    return 0;
}

int64_t rpy_int_from_str(rpy_str *s)
{
    return rpy_int_from_str_base(s, 10);
}

/* ---- float(s) ---- */

static bool ieq_ascii(rpy_str *s, int64_t i, int64_t end, const char *word)
{
    int64_t n = (int64_t)strlen(word);
    if (end - i != n) return false;
    for (int64_t k = 0; k < n; k++) {
        rpy_char c = rpy_str_getchar(s, i + k);
        if (c >= 128 || (char)(c | 0x20) != word[k]) return false;
    }
    return true;
}

double rpy_float_from_str(rpy_str *s)
{
    int64_t i = 0, end = s->length;
    while (i < end && rpy_char_isspace(rpy_str_getchar(s, i))) i++;
    while (end > i && rpy_char_isspace(rpy_str_getchar(s, end - 1))) end--;
    char *buf = rpy_malloc_atomic((size_t)(end - i) + 2);
    int64_t n = 0;
    bool neg = false;
    if (i < end && (rpy_str_getchar(s, i) == '+' || rpy_str_getchar(s, i) == '-')) {
        neg = rpy_str_getchar(s, i) == '-';
        i++;
    }
    if (ieq_ascii(s, i, end, "inf") || ieq_ascii(s, i, end, "infinity"))
        return neg ? -HUGE_VAL : HUGE_VAL;
    if (ieq_ascii(s, i, end, "nan"))
        return neg ? -NAN : NAN;
    /* digits [. digits] [e [sign] digits], underscores only between digits */
    int state = 0;      /* 0 int part, 1 fraction, 2 exponent */
    bool any_mant = false, any_exp = false, prev_digit = false;
    buf[n++] = neg ? '-' : '+';
    for (; i < end; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        int d = c < 128 ? ((c >= '0' && c <= '9') ? (int)(c - '0') : -1) : rpy_char_decimal_value(c);
        if (d >= 0) {
            buf[n++] = (char)('0' + d);
            if (state == 2) any_exp = true; else any_mant = true;
            prev_digit = true;
            continue;
        }
        if (c == '_') {
            if (!prev_digit || i + 1 >= end) goto bad;
            rpy_char nx = rpy_str_getchar(s, i + 1);
            if (!(nx < 128 ? (nx >= '0' && nx <= '9') : rpy_char_decimal_value(nx) >= 0)) goto bad;
            continue;
        }
        prev_digit = false;
        if (c == '.' && state == 0) { state = 1; buf[n++] = '.'; continue; }
        if ((c == 'e' || c == 'E') && state < 2 && any_mant) {
            state = 2;
            buf[n++] = 'e';
            if (i + 1 < end && (rpy_str_getchar(s, i + 1) == '+' || rpy_str_getchar(s, i + 1) == '-'))
                buf[n++] = (char)rpy_str_getchar(s, ++i);
            continue;
        }
        goto bad;
    }
    if (!any_mant || (state == 2 && !any_exp)) goto bad;
    buf[n] = 0;
    return strtod(buf, NULL);     /* overflow gives +-inf, as CPython */
bad: {
        rpy_strbuilder *sb = rpy_strbuilder_new(64);
        rpy_strbuilder_append_utf8(sb, "could not convert string to float: ", 35);
        rpy_strbuilder_append(sb, rpy_str_repr(s));
        rpy_raise_builtin(RPY_EXC_VALUEERROR, rpy_strbuilder_build(sb));
        return -1.0;
    }
}

/* ---- encoding ---- */

rpy_bytes *rpy_str_encode_utf8(rpy_str *s)
{
    int64_t n;
    char *p = rpy_str_to_utf8(s, &n);
    return rpy_bytes_from(p, n);
}

static void decode_error(rpy_bytes *b, int64_t start, int64_t end, const char *why)
{
    if (end - start == 1)
        rpy_raise_msg(RPY_EXC_UNICODEDECODEERROR,
                      "'utf-8' codec can't decode byte 0x%02x in position %lld: %s",
                      b->data[start], (long long)start, why);
    else
        rpy_raise_msg(RPY_EXC_UNICODEDECODEERROR,
                      "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                      (long long)start, (long long)(end - 1), why);
}

/* mode 0 strict (raise), 1 replace (one U+FFFD per maximal invalid
 * subsequence, as CPython), 2 ignore */
static rpy_str *decode_utf8(rpy_bytes *b, int mode)
{
    const uint8_t *p = b->data;
    int64_t len = b->length, i = 0;
    uint32_t *out = rpy_malloc_atomic((size_t)(len + 1) * 4);
    int64_t n = 0;
    while (i < len) {
        uint8_t c = p[i];
        if (c < 0x80) { out[n++] = c; i++; continue; }
        int need;
        uint8_t lo = 0x80, hi = 0xBF;
        const char *why = NULL;
        int64_t bad_end = i + 1;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            need = 0;
            why = "invalid start byte";
        }
        uint32_t cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        for (int64_t k = 1; !why && k <= need; k++) {
            if (i + k >= len) { why = "unexpected end of data"; bad_end = i + k; break; }
            uint8_t x = p[i + k];
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (x < l || x > h) { why = "invalid continuation byte"; bad_end = i + k; break; }
            cp = (cp << 6) | (x & 0x3F);
        }
        if (why) {
            if (mode == 0) { decode_error(b, i, bad_end, why); return NULL; }
            if (mode == 1) out[n++] = 0xFFFD;
            i = bad_end;
            continue;
        }
        out[n++] = cp;
        i += need + 1;
    }
    return rt_str_from_u32(out, n);
}

rpy_str *rpy_bytes_decode_utf8(rpy_bytes *b) { return decode_utf8(b, 0); }
rpy_str *rpy_bytes_decode_utf8_replace(rpy_bytes *b) { return decode_utf8(b, 1); }
rpy_str *rpy_bytes_decode_utf8_ignore(rpy_bytes *b) { return decode_utf8(b, 2); }

rpy_str *rpy_bytes_decode_latin1(rpy_bytes *b)
{
    return rpy_str_from_latin1((const char *)b->data, b->length);
}
