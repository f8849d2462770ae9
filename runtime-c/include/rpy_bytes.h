/* rpy_bytes.h -- RPython `bytes`: immutable byte strings.
 * One atomic GC block: header + bytes + a NUL byte (not counted). */
#ifndef RPY_BYTES_H
#define RPY_BYTES_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_word.h"

struct rpy_str;

typedef struct rpy_bytes {
    int64_t length;
    int64_t hash;           /* cached; 0 = not computed */
    _Alignas(8) unsigned char data[];
} rpy_bytes;

static inline int64_t rpy_bytes_len(rpy_bytes *b) { return b->length; }
/* b[i] as an int, 0 <= i < len(b) checked by the caller */
static inline int64_t rpy_bytes_getitem(rpy_bytes *b, int64_t i) { return b->data[i]; }

rpy_bytes *rpy_bytes_alloc(int64_t len);                  /* zeroed */
rpy_bytes *rpy_bytes_from(const void *p, int64_t len);
rpy_bytes *rpy_bytes_concat(rpy_bytes *a, rpy_bytes *b);
rpy_bytes *rpy_bytes_slice(rpy_bytes *b, int64_t start, int64_t stop);   /* RPY_SLICE_NONE ok */
rpy_bytes *rpy_bytes_slice_step(rpy_bytes *b, int64_t start, int64_t stop, int64_t step);
rpy_bytes *rpy_bytes_mul(rpy_bytes *b, int64_t n);
bool rpy_bytes_eq(rpy_bytes *a, rpy_bytes *b);
int rpy_bytes_cmp(rpy_bytes *a, rpy_bytes *b);
int64_t rpy_bytes_hash(rpy_bytes *b);   /* = hash(b) under PYTHONHASHSEED=0 */
int64_t rpy_bytes_find(rpy_bytes *b, rpy_bytes *sub, int64_t start, int64_t end);
/* repr(b) exactly as CPython: b'..' or b".." with \t \n \r \\ \xNN */
struct rpy_str *rpy_bytes_repr(rpy_bytes *b);
/* decoding lives in rpy_strconv.h (rpy_bytes_decode_utf8) */

#endif
