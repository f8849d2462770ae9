/* jit_funcs.c: the C functions that traces may call (declared in trace files with
 * "func NAME = C_NAME(types) -> type [pure] [raises]"), plus name lookup. Raising functions
 * report an exception through jit_exc_value, checked by guard_no_exception. */
#include "jit_ir.h"
#include <string.h>

static int64_t jit_tf_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t jit_tf_mul3(int64_t a, int64_t b, int64_t c) { return (int64_t)((uint64_t)a * (uint64_t)b * (uint64_t)c); }
static int64_t jit_tf_sum6(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
  return (int64_t)((uint64_t)a + (uint64_t)b * 2 + (uint64_t)c * 3 + (uint64_t)d * 5 + (uint64_t)e * 7 + (uint64_t)f * 11);
}
static double jit_tf_fma(double a, double b, double c) { return a * b + c; }
static double jit_tf_mixed(int64_t a, double b, int64_t c, double d) { return (double)a * b + (double)c - d; }
static int64_t jit_tf_check_pos(int64_t a) { if (a < 0) jit_exc_value = 1; return (int64_t)((uint64_t)a * 2); }
static int64_t jit_tf_hash(int64_t a) { uint64_t x = (uint64_t)a * 0x9E3779B97F4A7C15ull; return (int64_t)(x ^ (x >> 29)); }
static int64_t jit_tf_ignore(int64_t a) { (void)a; return 0; }
static void *jit_tf_pick(void *a, void *b, int64_t which) { return which ? a : b; }
static int64_t jit_tf_objsum(int64_t *p) { return p ? p[1] : -1; }

static const jit_cfunc jit_cfuncs[] = {
  {"jit_tf_add", (void *)jit_tf_add},
  {"jit_tf_mul3", (void *)jit_tf_mul3},
  {"jit_tf_sum6", (void *)jit_tf_sum6},
  {"jit_tf_fma", (void *)jit_tf_fma},
  {"jit_tf_mixed", (void *)jit_tf_mixed},
  {"jit_tf_check_pos", (void *)jit_tf_check_pos},
  {"jit_tf_hash", (void *)jit_tf_hash},
  {"jit_tf_ignore", (void *)jit_tf_ignore},
  {"jit_tf_pick", (void *)jit_tf_pick},
  {"jit_tf_objsum", (void *)jit_tf_objsum},
};

void *jit_lookup_cfunc(const char *name) {
  for (size_t i = 0; i < sizeof jit_cfuncs / sizeof jit_cfuncs[0]; i++)
    if (!strcmp(jit_cfuncs[i].name, name)) return jit_cfuncs[i].fn;
  return NULL;
}
