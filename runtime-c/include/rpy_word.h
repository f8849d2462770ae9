/* rpy_word.h -- the universal item word and shared small definitions.
 *
 * List items and dict keys/values are stored as one rpy_word whatever their
 * RPython type: int/bool/char in .i (or .u), float in .f, any GC pointer
 * (str, instance, list, ...) in .p.
 */
#ifndef RPY_WORD_H
#define RPY_WORD_H

#include <stdint.h>
#include <stdbool.h>

typedef union { int64_t i; uint64_t u; double f; void *p; } rpy_word;

static inline rpy_word rpy_word_i(int64_t v) { rpy_word w; w.i = v; return w; }
static inline rpy_word rpy_word_u(uint64_t v) { rpy_word w; w.u = v; return w; }
static inline rpy_word rpy_word_f(double v) { rpy_word w; w.f = v; return w; }
static inline rpy_word rpy_word_p(void *v) { rpy_word w; w.u = 0; w.p = v; return w; }

/* A unicode code point (one RPython `char`). */
typedef uint32_t rpy_char;

/* Marks an omitted slice bound or an omitted start/end argument of
 * find/count/startswith/... (Python `None`).  Any other value follows
 * Python's clamping rules (negative counts from the end). */
#define RPY_SLICE_NONE INT64_MIN

#endif
