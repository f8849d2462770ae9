/* strbuilder.c -- rpy_strbuilder: an append-only string buffer that keeps
 * the narrowest char width seen so far (1 byte, widening to 4 when a char
 * >= 256 arrives). */
#include <string.h>
#include "rpy_strbuilder.h"
#include "rpy_gc.h"
#include "rt_internal.h"

struct rpy_strbuilder {
    int64_t length;
    int64_t allocated;      /* in chars */
    uint32_t kind;          /* 1 or 4 */
    uint32_t max;           /* largest char appended */
    unsigned char *buf;     /* atomic GC memory */
};

rpy_strbuilder *rpy_strbuilder_new(int64_t size_hint)
{
    rpy_strbuilder *sb = rpy_malloc(sizeof *sb);
    if (size_hint < 16) size_hint = 16;
    sb->allocated = size_hint;
    sb->kind = 1;
    sb->buf = rpy_malloc_atomic((size_t)size_hint);
    return sb;
}

static void widen(rpy_strbuilder *sb)
{
    uint32_t *nb = rpy_malloc_atomic((size_t)sb->allocated * 4);
    for (int64_t i = 0; i < sb->length; i++) nb[i] = sb->buf[i];
    sb->buf = (unsigned char *)nb;
    sb->kind = 4;
}

static void reserve(rpy_strbuilder *sb, int64_t extra)
{
    int64_t need = sb->length + extra;
    if (need <= sb->allocated) return;
    int64_t n = sb->allocated * 2;
    if (n < need) n = need;
    unsigned char *nb = rpy_malloc_atomic((size_t)n * sb->kind);
    memcpy(nb, sb->buf, (size_t)sb->length * sb->kind);
    sb->buf = nb;
    sb->allocated = n;
}

void rpy_strbuilder_append_char(rpy_strbuilder *sb, rpy_char c)
{
    reserve(sb, 1);
    if (c >= 256 && sb->kind == 1) widen(sb);
    if (c > sb->max) sb->max = c;
    if (sb->kind == 1) sb->buf[sb->length++] = (unsigned char)c;
    else ((uint32_t *)sb->buf)[sb->length++] = c;
}

void rpy_strbuilder_append_multiple_char(rpy_strbuilder *sb, rpy_char c, int64_t n)
{
    if (n <= 0) return;
    reserve(sb, n);
    if (c >= 256 && sb->kind == 1) widen(sb);
    if (c > sb->max) sb->max = c;
    if (sb->kind == 1) memset(sb->buf + sb->length, (int)c, (size_t)n);
    else for (int64_t i = 0; i < n; i++) ((uint32_t *)sb->buf)[sb->length + i] = c;
    sb->length += n;
}

void rpy_strbuilder_append_slice(rpy_strbuilder *sb, rpy_str *s, int64_t start, int64_t stop)
{
    int64_t n = stop - start;
    if (n <= 0) return;
    reserve(sb, n);
    if (s->kind == 4 && sb->kind == 1) widen(sb);
    if (s->kind == 1 && !(s->flags & RPY_STR_ASCII) && sb->max < 128) sb->max = 255;
    if (s->kind == 4) sb->max = 0x10FFFF;   /* conservative: build() rescans */
    if (sb->kind == s->kind) {
        memcpy(sb->buf + sb->length * sb->kind, s->data + start * s->kind, (size_t)n * s->kind);
    } else {
        uint32_t *d = (uint32_t *)sb->buf + sb->length;
        for (int64_t i = 0; i < n; i++) d[i] = RT_U8(s)[start + i];
    }
    sb->length += n;
}

void rpy_strbuilder_append(rpy_strbuilder *sb, rpy_str *s)
{
    rpy_strbuilder_append_slice(sb, s, 0, s->length);
}

void rpy_strbuilder_append_utf8(rpy_strbuilder *sb, const char *p, int64_t len)
{
    int64_t i;
    for (i = 0; i < len; i++) if ((unsigned char)p[i] >= 128) break;
    if (i == len) {           /* ASCII fast path */
        reserve(sb, len);
        if (sb->kind == 1) memcpy(sb->buf + sb->length, p, (size_t)len);
        else for (i = 0; i < len; i++) ((uint32_t *)sb->buf)[sb->length + i] = (unsigned char)p[i];
        sb->length += len;
        return;
    }
    rpy_strbuilder_append(sb, rpy_str_from_utf8(p, len));
}

int64_t rpy_strbuilder_length(rpy_strbuilder *sb)
{
    return sb->length;
}

rpy_str *rpy_strbuilder_build(rpy_strbuilder *sb)
{
    if (sb->kind == 1) return rpy_str_from_latin1((const char *)sb->buf, sb->length);
    return rt_str_from_u32((const uint32_t *)sb->buf, sb->length);
}
