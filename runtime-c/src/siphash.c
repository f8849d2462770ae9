/* siphash.c -- CPython's string/bytes hash: SipHash-1-3 over the object's
 * PEP 393 representation (1, 2 or 4 bytes per char, little endian), with
 * the all-zero key CPython uses when PYTHONHASHSEED=0 (the setting of the
 * oracle test runner), so hash('abc') prints the same as there. */
#include <string.h>
#include "rpy_str.h"
#include "rpy_bytes.h"
#include "rpy_gc.h"
#include "rt_internal.h"

#define ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d; b = ROTL(b, s) ^ a; d = ROTL(d, t) ^ c; a = ROTL(a, 32);
#define SIP_ROUND(v0, v1, v2, v3) \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21);

uint64_t rt_siphash13(const void *src, size_t len)
{
    const uint64_t k0 = 0, k1 = 0;
    const uint8_t *in = src;
    uint64_t b = (uint64_t)len << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    while (len >= 8) {
        uint64_t mi;
        memcpy(&mi, in, 8);                  /* x86-64: little endian */
        in += 8;
        len -= 8;
        v3 ^= mi;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    memcpy(&t, in, len);
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

static int64_t finish(uint64_t h)
{
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t rpy_str_hash(rpy_str *s)
{
    if (s->hash) return s->hash;
    if (s->length == 0) return 0;
    int64_t r;
    if (s->kind == 1) {
        r = finish(rt_siphash13(s->data, (size_t)s->length));
    } else {
        const uint32_t *p = RT_U32(s);
        uint32_t mx = 0;
        for (int64_t i = 0; i < s->length; i++) if (p[i] > mx) mx = p[i];
        if (mx >= 0x10000) {
            r = finish(rt_siphash13(p, (size_t)s->length * 4));
        } else {                              /* CPython stores it as UCS-2 */
            uint16_t *u = rpy_malloc_atomic((size_t)s->length * 2);
            for (int64_t i = 0; i < s->length; i++) u[i] = (uint16_t)p[i];
            r = finish(rt_siphash13(u, (size_t)s->length * 2));
        }
    }
    s->hash = r;                              /* r == 0: recomputed next time */
    return r;
}

int64_t rpy_bytes_hash(rpy_bytes *b)
{
    if (b->hash) return b->hash;
    if (b->length == 0) return 0;
    int64_t r = finish(rt_siphash13(b->data, (size_t)b->length));
    b->hash = r;
    return r;
}
