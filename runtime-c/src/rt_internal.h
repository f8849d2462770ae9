/* rt_internal.h -- helpers shared by the runtime's .c files (not part of
 * the API): slice clamping as CPython's PySlice_AdjustIndices, and raw
 * access to string data. */
#ifndef RT_INTERNAL_H
#define RT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "rpy_word.h"
#include "rpy_str.h"

/* Clamp s[start:stop] (step 1) to 0 <= *start <= *stop <= len. */
static inline void rt_slice1(int64_t len, int64_t *start, int64_t *stop)
{
    int64_t a = *start, b = *stop;
    if (a == RPY_SLICE_NONE) a = 0;
    else if (a < 0) { a += len; if (a < 0) a = 0; }
    else if (a > len) a = len;
    if (b == RPY_SLICE_NONE) b = len;
    else if (b < 0) { b += len; if (b < 0) b = 0; }
    else if (b > len) b = len;
    if (b < a) b = a;
    *start = a; *stop = b;
}

/* General slice (step != 0): normalises start and stop as CPython and returns
 * the slice length. */
static inline int64_t rt_slice_step(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    int64_t a = *start, b = *stop;
    if (a == RPY_SLICE_NONE) a = step < 0 ? len - 1 : 0;
    else if (a < 0) { a += len; if (a < 0) a = step < 0 ? -1 : 0; }
    else if (a >= len) a = step < 0 ? len - 1 : len;
    if (b == RPY_SLICE_NONE) b = step < 0 ? -1 : len;
    else if (b < 0) { b += len; if (b < 0) b = step < 0 ? -1 : 0; }
    else if (b >= len) b = step < 0 ? len - 1 : len;
    *start = a; *stop = b;
    if (step < 0) {
        if (b < a) return (a - b - 1) / (-step) + 1;
    } else {
        if (a < b) return (b - a - 1) / step + 1;
    }
    return 0;
}

/* find()-style start/end adjustment (ADJUST_INDICES): end clamped to len,
 * negatives counted from the end; start may end up > len. */
static inline void rt_adjust_indices(int64_t len, int64_t *start, int64_t *end)
{
    int64_t a = *start, b = *end;
    if (a == RPY_SLICE_NONE) a = 0;
    if (b == RPY_SLICE_NONE) b = len;
    if (b > len) b = len;
    else if (b < 0) { b += len; if (b < 0) b = 0; }
    if (a < 0) { a += len; if (a < 0) a = 0; }
    *start = a; *end = b;
}

#define RT_U8(s) ((uint8_t *)(s)->data)
#define RT_U32(s) ((uint32_t *)(s)->data)

/* str.c internals used by other files */
rpy_str *rt_str_substr(rpy_str *s, int64_t start, int64_t stop);  /* 0<=start<=stop<=len */
rpy_str *rt_str_from_u32(const uint32_t *p, int64_t len);
int64_t rt_str_find_raw(rpy_str *s, rpy_str *sub, int64_t start, int64_t end, int dir);
void rt_str_init(void);
/* KeyError(key): message repr(key) for the predefined int/float/str ops,
 * no argument otherwise */
struct rpy_dict;
void rt_raise_keyerror(struct rpy_dict *d, rpy_word key);
/* SipHash-1-3 with CPython's PYTHONHASHSEED=0 key */
uint64_t rt_siphash13(const void *src, size_t len);
/* lower case of the capital sigma at s[i]: final (U+03C2) or not (U+03C3) */
rpy_char rt_final_sigma(rpy_str *s, int64_t i);
void rt_io_init(void);

#endif
