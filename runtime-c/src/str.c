/* str.c -- core of RPython `str` (rpy_str.h): allocation, UTF-8 in/out,
 * concatenation, slicing, comparison, hashing and searching.  The other
 * str methods live in str_methods.c. */
#include <string.h>
#include "rpy_str.h"
#include "rpy_gc.h"
#include "rpy_exc.h"
#include "rt_internal.h"

static rpy_str *char_cache[256];
static rpy_str *empty_str;

rpy_str *rpy_str_alloc(int64_t len, uint32_t kind)
{
    size_t n = sizeof(rpy_str) + (size_t)len * kind + 4;
    rpy_str *s = rpy_malloc_atomic(n);
    s->length = len;
    s->kind = kind;
    s->flags = 0;
    return s;
}

static void set_ascii_flag(rpy_str *s)
{
    if (s->kind != 1) return;
    const uint8_t *p = RT_U8(s);
    int64_t n = s->length, i = 0;
    for (; i + 8 <= n; i += 8) {                 /* eight bytes at a time */
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & UINT64_C(0x8080808080808080)) return;
    }
    for (; i < n; i++)
        if (p[i] >= 128) return;
    s->flags |= RPY_STR_ASCII;
}

void rt_str_init(void)
{
    if (empty_str) return;
    empty_str = rpy_str_alloc(0, 1);
    empty_str->flags = RPY_STR_ASCII;
    for (int c = 0; c < 256; c++) {
        rpy_str *s = rpy_str_alloc(1, 1);
        RT_U8(s)[0] = (uint8_t)c;
        set_ascii_flag(s);
        char_cache[c] = s;
    }
}

rpy_str *rpy_str_empty(void)
{
    if (!empty_str) rt_str_init();
    return empty_str;
}

rpy_str *rpy_str_from_char(rpy_char c)
{
    if (c < 256) {
        if (!empty_str) rt_str_init();
        return char_cache[c];
    }
    rpy_str *s = rpy_str_alloc(1, 4);
    RT_U32(s)[0] = c;
    return s;
}

rpy_str *rpy_str_from_latin1(const char *p, int64_t len)
{
    if (len == 0) return rpy_str_empty();
    if (len == 1) return rpy_str_from_char((uint8_t)p[0]);
    rpy_str *s = rpy_str_alloc(len, 1);
    memcpy(s->data, p, (size_t)len);
    set_ascii_flag(s);
    return s;
}

rpy_str *rt_str_from_u32(const uint32_t *p, int64_t len)
{
    uint32_t mx = 0;
    for (int64_t i = 0; i < len; i++) if (p[i] > mx) mx = p[i];
    if (len == 1) return rpy_str_from_char(p[0]);
    if (len == 0) return rpy_str_empty();
    if (mx < 256) {
        rpy_str *s = rpy_str_alloc(len, 1);
        for (int64_t i = 0; i < len; i++) RT_U8(s)[i] = (uint8_t)p[i];
        if (mx < 128) s->flags |= RPY_STR_ASCII;
        return s;
    }
    rpy_str *s = rpy_str_alloc(len, 4);
    memcpy(s->data, p, (size_t)len * 4);
    return s;
}

rpy_str *rpy_str_from_chars(const rpy_char *p, int64_t len)
{
    return rt_str_from_u32(p, len);
}

/* Decode one UTF-8 sequence at p[0..n); returns its length and the code
 * point in *cp, or 0 for an invalid sequence.  Surrogates are accepted
 * (our encoder writes them) -- the strict decoder in strconv.c is separate. */
static int utf8_decode1(const uint8_t *p, int64_t n, uint32_t *cp)
{
    uint8_t b = p[0];
    if (b < 0x80) { *cp = b; return 1; }
    if (b < 0xC2) return 0;
    if (b < 0xE0) {
        if (n < 2 || (p[1] & 0xC0) != 0x80) return 0;
        *cp = ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (b < 0xF0) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        uint32_t c = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        if (c < 0x800) return 0;
        *cp = c;
        return 3;
    }
    if (b < 0xF5) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        uint32_t c = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
                     ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        if (c < 0x10000 || c > 0x10FFFF) return 0;
        *cp = c;
        return 4;
    }
    return 0;
}

rpy_str *rpy_str_from_utf8(const char *text, int64_t len)
{
    const uint8_t *p = (const uint8_t *)text;
    int64_t nchars = 0;
    uint32_t mx = 0;
    int64_t i = 0;
    while (i < len) {
        uint32_t c;
        int k = utf8_decode1(p + i, len - i, &c);
        if (k == 0) { c = 0xFFFD; k = 1; }
        if (c > mx) mx = c;
        nchars++;
        i += k;
    }
    if (mx < 128) return rpy_str_from_latin1(text, len);
    if (nchars == 1 && mx < 256) return rpy_str_from_char(mx);
    uint32_t kind = mx < 256 ? 1 : 4;
    rpy_str *s = rpy_str_alloc(nchars, kind);
    i = 0;
    int64_t j = 0;
    while (i < len) {
        uint32_t c;
        int k = utf8_decode1(p + i, len - i, &c);
        if (k == 0) { c = 0xFFFD; k = 1; }
        if (kind == 1) RT_U8(s)[j++] = (uint8_t)c;
        else RT_U32(s)[j++] = c;
        i += k;
    }
    return s;
}

rpy_str *rpy_str_from_cstr(const char *p)
{
    return rpy_str_from_utf8(p, (int64_t)strlen(p));
}

char *rpy_str_to_utf8(rpy_str *s, int64_t *len_out)
{
    int64_t n = 0;
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    uint8_t *out = rpy_malloc_atomic((size_t)n + 1);
    if (s->flags & RPY_STR_ASCII) {
        memcpy(out, s->data, (size_t)n);
    } else {
        uint8_t *q = out;
        for (int64_t i = 0; i < s->length; i++) {
            rpy_char c = rpy_str_getchar(s, i);
            if (c < 0x80) *q++ = (uint8_t)c;
            else if (c < 0x800) { *q++ = 0xC0 | (c >> 6); *q++ = 0x80 | (c & 0x3F); }
            else if (c < 0x10000) {
                *q++ = 0xE0 | (c >> 12); *q++ = 0x80 | ((c >> 6) & 0x3F); *q++ = 0x80 | (c & 0x3F);
            } else {
                *q++ = 0xF0 | (c >> 18); *q++ = 0x80 | ((c >> 12) & 0x3F);
                *q++ = 0x80 | ((c >> 6) & 0x3F); *q++ = 0x80 | (c & 0x3F);
            }
        }
    }
    out[n] = 0;
    if (len_out) *len_out = n;
    return (char *)out;
}

/* Copy chars src[start:start+n] into dst at position at (dst kind >= src). */
static void copy_chars(rpy_str *dst, int64_t at, rpy_str *src, int64_t start, int64_t n)
{
    if (dst->kind == src->kind) {
        memcpy(dst->data + at * dst->kind, src->data + start * src->kind, (size_t)(n * src->kind));
    } else {   /* 1 -> 4 */
        uint32_t *d = RT_U32(dst) + at;
        const uint8_t *p = RT_U8(src) + start;
        for (int64_t i = 0; i < n; i++) d[i] = p[i];
    }
}

rpy_str *rpy_str_concat(rpy_str *a, rpy_str *b)
{
    if (a->length == 0) return b;
    if (b->length == 0) return a;
    uint32_t kind = a->kind > b->kind ? a->kind : b->kind;
    rpy_str *s = rpy_str_alloc(a->length + b->length, kind);
    copy_chars(s, 0, a, 0, a->length);
    copy_chars(s, a->length, b, 0, b->length);
    s->flags = a->flags & b->flags & RPY_STR_ASCII;
    return s;
}

rpy_str *rt_str_substr(rpy_str *s, int64_t start, int64_t stop)
{
    int64_t n = stop - start;
    if (n == s->length) return s;
    if (n <= 0) return rpy_str_empty();
    if (n == 1) return rpy_str_from_char(rpy_str_getchar(s, start));
    if (s->kind == 1) {
        rpy_str *r = rpy_str_alloc(n, 1);
        memcpy(r->data, RT_U8(s) + start, (size_t)n);
        if (s->flags & RPY_STR_ASCII) r->flags = RPY_STR_ASCII;
        else set_ascii_flag(r);
        return r;
    }
    return rt_str_from_u32(RT_U32(s) + start, n);
}

rpy_str *rpy_str_slice(rpy_str *s, int64_t start, int64_t stop)
{
    rt_slice1(s->length, &start, &stop);
    return rt_str_substr(s, start, stop);
}

rpy_str *rpy_str_slice_step(rpy_str *s, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "slice step cannot be zero");
        return rpy_str_empty();
    }
    if (step == 1) return rpy_str_slice(s, start, stop);
    int64_t n = rt_slice_step(s->length, &start, &stop, step);
    if (n == 0) return rpy_str_empty();
    if (n == 1) return rpy_str_from_char(rpy_str_getchar(s, start));
    if (s->kind == 1) {            /* s[::-1] and friends: a byte per char, no width scan */
        rpy_str *r = rpy_str_alloc(n, 1);
        const uint8_t *p = RT_U8(s) + start;
        for (int64_t i = 0; i < n; i++) RT_U8(r)[i] = p[i * step];
        if (s->flags & RPY_STR_ASCII) r->flags = RPY_STR_ASCII;
        else set_ascii_flag(r);
        return r;
    }
    uint32_t mx = 0;
    for (int64_t i = 0, k = start; i < n; i++, k += step) {
        rpy_char c = rpy_str_getchar(s, k);
        if (c > mx) mx = c;
    }
    rpy_str *r = rpy_str_alloc(n, mx < 256 ? 1 : 4);
    for (int64_t i = 0, k = start; i < n; i++, k += step) {
        if (r->kind == 1) RT_U8(r)[i] = (uint8_t)rpy_str_getchar(s, k);
        else RT_U32(r)[i] = rpy_str_getchar(s, k);
    }
    if (mx < 128) r->flags = RPY_STR_ASCII;
    return r;
}

rpy_str *rpy_str_mul(rpy_str *s, int64_t n)
{
    if (n <= 0 || s->length == 0) return rpy_str_empty();
    if (n == 1) return s;
    int64_t total;
    if (__builtin_mul_overflow(s->length, n, &total) || total > ((int64_t)1 << 56)) {
        rpy_raise_msg(RPY_EXC_MEMORYERROR, "repeated string is too long");
        return rpy_str_empty();
    }
    rpy_str *r = rpy_str_alloc(total, s->kind);
    size_t chunk = (size_t)(s->length * s->kind);
    memcpy(r->data, s->data, chunk);
    size_t done = chunk, all = (size_t)total * s->kind;
    while (done < all) {          /* doubling copy */
        size_t k = done <= all - done ? done : all - done;
        memcpy(r->data + done, r->data, k);
        done += k;
    }
    r->flags = s->flags;
    return r;
}

bool rpy_str_eq(rpy_str *a, rpy_str *b)
{
    if (a == b) return true;
    if (!a || !b) return false;
    if (a->length != b->length || a->kind != b->kind) return false;
    if (a->hash && b->hash && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, (size_t)(a->length * a->kind)) == 0;
}

int rpy_str_cmp(rpy_str *a, rpy_str *b)
{
    int64_t n = a->length < b->length ? a->length : b->length;
    if (a->kind == 1 && b->kind == 1) {
        int c = memcmp(a->data, b->data, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; i++) {
            rpy_char x = rpy_str_getchar(a, i), y = rpy_str_getchar(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

/* ---- searching ---- */

static bool match_at(rpy_str *s, int64_t i, rpy_str *sub)
{
    if (s->kind == sub->kind)
        return memcmp(s->data + i * s->kind, sub->data, (size_t)(sub->length * s->kind)) == 0;
    for (int64_t k = 0; k < sub->length; k++)
        if (rpy_str_getchar(s, i + k) != rpy_str_getchar(sub, k)) return false;
    return true;
}

/* Find sub in s[start:end] (already adjusted: 0 <= start, end <= len);
 * dir > 0 first occurrence, dir < 0 last.  -1 when absent. */
int64_t rt_str_find_raw(rpy_str *s, rpy_str *sub, int64_t start, int64_t end, int dir)
{
    int64_t m = sub->length;
    if (start > s->length || end - start < m) return -1;
    if (m == 0) return dir > 0 ? start : end;
    if (sub->kind > s->kind) return -1;
    if (dir > 0) {
        if (s->kind == 1) {
            const uint8_t *base = RT_U8(s);
            const uint8_t *needle = sub->data;
            if (m > 8)
            {
                const void *hit = memmem(base + start, (size_t)(end - start), needle, (size_t)m);
                return hit ? (const uint8_t *)hit - base : -1;
            }
            /* short needles (the usual case): memchr for the first byte, then compare;
             * glibc's memmem costs more to set up than this whole search */
            const uint8_t *p = base + start, *last = base + end - m;
            while (p <= last) {
                p = memchr(p, needle[0], (size_t)(last - p) + 1);
                if (!p) return -1;
                /* a loop, not memcmp: the rest of a short needle is a few bytes (" | ") and
                 * a call per candidate costs more than comparing them */
                int64_t k = 1;
                while (k < m && p[k] == needle[k]) k++;
                if (k == m) return p - base;
                p++;
            }
            return -1;
        }
        rpy_char c0 = rpy_str_getchar(sub, 0);
        for (int64_t i = start; i <= end - m; i++)
            if (rpy_str_getchar(s, i) == c0 && match_at(s, i, sub)) return i;
    } else {
        rpy_char c0 = rpy_str_getchar(sub, 0);
        for (int64_t i = end - m; i >= start; i--)
            if (rpy_str_getchar(s, i) == c0 && match_at(s, i, sub)) return i;
    }
    return -1;
}

bool rpy_str_contains(rpy_str *s, rpy_str *sub)
{
    return rt_str_find_raw(s, sub, 0, s->length, 1) >= 0;
}

bool rpy_str_contains_char(rpy_str *s, rpy_char c)
{
    if (s->kind == 1) return c < 256 && memchr(s->data, (int)c, (size_t)s->length) != NULL;
    for (int64_t i = 0; i < s->length; i++)
        if (RT_U32(s)[i] == c) return true;
    return false;
}

int64_t rpy_str_find(rpy_str *s, rpy_str *sub, int64_t start, int64_t end)
{
    rt_adjust_indices(s->length, &start, &end);
    return rt_str_find_raw(s, sub, start, end, 1);
}

int64_t rpy_str_rfind(rpy_str *s, rpy_str *sub, int64_t start, int64_t end)
{
    rt_adjust_indices(s->length, &start, &end);
    return rt_str_find_raw(s, sub, start, end, -1);
}

int64_t rpy_str_index(rpy_str *s, rpy_str *sub, int64_t start, int64_t end)
{
    int64_t r = rpy_str_find(s, sub, start, end);
    if (r < 0) rpy_raise_msg(RPY_EXC_VALUEERROR, "substring not found");
    return r;
}

int64_t rpy_str_rindex(rpy_str *s, rpy_str *sub, int64_t start, int64_t end)
{
    int64_t r = rpy_str_rfind(s, sub, start, end);
    if (r < 0) rpy_raise_msg(RPY_EXC_VALUEERROR, "substring not found");
    return r;
}

int64_t rpy_str_count(rpy_str *s, rpy_str *sub, int64_t start, int64_t end)
{
    rt_adjust_indices(s->length, &start, &end);
    if (start > s->length) return 0;
    if (sub->length == 0) return end >= start ? end - start + 1 : 0;
    int64_t n = 0;
    for (;;) {
        int64_t i = rt_str_find_raw(s, sub, start, end, 1);
        if (i < 0) return n;
        n++;
        start = i + sub->length;
    }
}

bool rpy_str_startswith(rpy_str *s, rpy_str *prefix, int64_t start, int64_t end)
{
    rt_adjust_indices(s->length, &start, &end);
    if (start > s->length) return false;
    if (end - start < prefix->length) return false;
    return match_at(s, start, prefix);
}

bool rpy_str_endswith(rpy_str *s, rpy_str *suffix, int64_t start, int64_t end)
{
    rt_adjust_indices(s->length, &start, &end);
    if (start > s->length) return false;
    if (end - start < suffix->length) return false;
    return match_at(s, end - suffix->length, suffix);
}
