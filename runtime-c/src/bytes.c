/* bytes.c -- RPython `bytes` (rpy_bytes.h): immutable byte strings. */
#include <stdio.h>
#include <string.h>
#include "rpy_bytes.h"
#include "rpy_str.h"
#include "rpy_strbuilder.h"
#include "rpy_gc.h"
#include "rpy_exc.h"
#include "rt_internal.h"

rpy_bytes *rpy_bytes_alloc(int64_t len)
{
    rpy_bytes *b = rpy_malloc_atomic(sizeof(rpy_bytes) + (size_t)len + 1);
    b->length = len;
    return b;
}

rpy_bytes *rpy_bytes_from(const void *p, int64_t len)
{
    rpy_bytes *b = rpy_bytes_alloc(len);
    if (len) memcpy(b->data, p, (size_t)len);
    return b;
}

rpy_bytes *rpy_bytes_concat(rpy_bytes *a, rpy_bytes *b)
{
    rpy_bytes *r = rpy_bytes_alloc(a->length + b->length);
    memcpy(r->data, a->data, (size_t)a->length);
    memcpy(r->data + a->length, b->data, (size_t)b->length);
    return r;
}

rpy_bytes *rpy_bytes_slice(rpy_bytes *b, int64_t start, int64_t stop)
{
    rt_slice1(b->length, &start, &stop);
    if (start == 0 && stop == b->length) return b;
    return rpy_bytes_from(b->data + start, stop - start);
}

rpy_bytes *rpy_bytes_slice_step(rpy_bytes *b, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "slice step cannot be zero");
        return rpy_bytes_alloc(0);
    }
    int64_t n = rt_slice_step(b->length, &start, &stop, step);
    rpy_bytes *r = rpy_bytes_alloc(n);
    for (int64_t i = 0, k = start; i < n; i++, k += step) r->data[i] = b->data[k];
    return r;
}

rpy_bytes *rpy_bytes_mul(rpy_bytes *b, int64_t n)
{
    if (n <= 0 || b->length == 0) return rpy_bytes_alloc(0);
    int64_t total;
    if (__builtin_mul_overflow(b->length, n, &total) || total > ((int64_t)1 << 56)) {
        rpy_raise_msg(RPY_EXC_MEMORYERROR, "repeated bytes are too long");
        return rpy_bytes_alloc(0);
    }
    rpy_bytes *r = rpy_bytes_alloc(total);
    for (int64_t k = 0; k < n; k++) memcpy(r->data + k * b->length, b->data, (size_t)b->length);
    return r;
}

bool rpy_bytes_eq(rpy_bytes *a, rpy_bytes *b)
{
    if (a == b) return true;
    if (!a || !b || a->length != b->length) return false;
    return memcmp(a->data, b->data, (size_t)a->length) == 0;
}

int rpy_bytes_cmp(rpy_bytes *a, rpy_bytes *b)
{
    int64_t n = a->length < b->length ? a->length : b->length;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

int64_t rpy_bytes_find(rpy_bytes *b, rpy_bytes *sub, int64_t start, int64_t end)
{
    rt_adjust_indices(b->length, &start, &end);
    if (start > b->length || end - start < sub->length) return -1;
    if (sub->length == 0) return start;
    const void *hit = memmem(b->data + start, (size_t)(end - start), sub->data, (size_t)sub->length);
    return hit ? (const unsigned char *)hit - b->data : -1;
}

rpy_str *rpy_bytes_repr(rpy_bytes *b)
{
    bool sq = memchr(b->data, '\'', (size_t)b->length) != NULL;
    bool dq = memchr(b->data, '"', (size_t)b->length) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    rpy_strbuilder *sb = rpy_strbuilder_new(b->length + 3);
    rpy_strbuilder_append_char(sb, 'b');
    rpy_strbuilder_append_char(sb, (rpy_char)quote);
    for (int64_t i = 0; i < b->length; i++) {
        unsigned char c = b->data[i];
        char buf[8];
        if (c == quote || c == '\\') { buf[0] = '\\'; buf[1] = (char)c; rpy_strbuilder_append_utf8(sb, buf, 2); }
        else if (c == '\t') rpy_strbuilder_append_utf8(sb, "\\t", 2);
        else if (c == '\n') rpy_strbuilder_append_utf8(sb, "\\n", 2);
        else if (c == '\r') rpy_strbuilder_append_utf8(sb, "\\r", 2);
        else if (c < ' ' || c >= 0x7F) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            rpy_strbuilder_append_utf8(sb, buf, 4);
        } else rpy_strbuilder_append_char(sb, c);
    }
    rpy_strbuilder_append_char(sb, (rpy_char)quote);
    return rpy_strbuilder_build(sb);
}
