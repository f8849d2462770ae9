/* jitbench.c: benchmarks for `make bench` (printed only, never asserted). Each loop is run
 * once through optimizer + backend and once as the same loop written in C (compiled with the
 * same cc -O2), and the compile time of a 10,000-operation trace is measured. */
#include "jit_backend.h"
#include "jit_interp.h"
#include "jit_opt.h"
#include "jit_parse.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The counting loop: s += i for i < n, with overflow checks, as the JIT sees it. */
static const char *count_trace =
  "[i0, i1, i2]\n"
  "i3, i4, i5 = label(i0, i1, i2)\n"
  "i6 = int_lt(i3, i4)\n"
  "guard_true(i6) [i3, i4, i5]\n"
  "i7 = int_add_ovf(i5, i3)\n"
  "guard_no_overflow() [i3, i4, i5]\n"
  "i8 = int_add(i3, 1)\n"
  "jump(i8, i4, i7)\n";

/* The same loop with the counter boxed: a new Box per iteration, carried around the loop
 * (as an interpreter without unboxing holds integers). Allocation removal must make it as
 * fast as the plain loop. */
static const char *boxed_trace =
  "struct Box vtable=1 { v: i64 }\n"
  "[i0, i1, i2]\n"
  "p3 = new_with_vtable(descr=Box)\n"
  "setfield_gc(p3, i0, descr=Box.v)\n"
  "p4, i5, i6 = label(p3, i1, i2)\n"
  "guard_class(p4, 1) [p4, i5, i6]\n"
  "i7 = getfield_gc_i(p4, descr=Box.v)\n"
  "i8 = int_lt(i7, i5)\n"
  "guard_true(i8) [p4, i5, i6]\n"
  "i9 = int_add_ovf(i6, i7)\n"
  "guard_no_overflow() [p4, i5, i6]\n"
  "i10 = int_add(i7, 1)\n"
  "p11 = new_with_vtable(descr=Box)\n"
  "setfield_gc(p11, i10, descr=Box.v)\n"
  "jump(p11, i5, i9)\n";

typedef struct { int64_t v; } cc_box;

__attribute__((noinline)) static int64_t cc_count(int64_t i, int64_t n, int64_t s) {
  while (i < n) {
    if (__builtin_add_overflow(s, i, &s)) return -1;
    i++;
  }
  return s;
}

__attribute__((noinline)) static int64_t cc_boxed(int64_t i, int64_t n, int64_t s) {
  cc_box *b = malloc(sizeof *b);
  b->v = i;
  for (;;) {
    if (!(b->v < n)) break;
    if (__builtin_add_overflow(s, b->v, &s)) { s = -1; break; }
    cc_box *nb = malloc(sizeof *nb);
    nb->v = b->v + 1;
    free(b);
    b = nb;
  }
  free(b);
  return s;
}

static jit_code *compile_text(const char *text, jit_unit **uo, jit_trace **opt) {
  char err[512];
  jit_unit *u = jit_parse_string(text, "<bench>", err, sizeof err);
  if (!u || jit_verify_unit(u, err, sizeof err)) { fprintf(stderr, "bench: %s\n", err); exit(1); }
  jit_trace *t = jit_optimize(u->loop, NULL, "all", false, NULL, err, sizeof err);
  if (!t) { fprintf(stderr, "bench: %s\n", err); exit(1); }
  jit_code *c = jit_compile(t, NULL, err, sizeof err);
  if (!c) { fprintf(stderr, "bench: %s\n", err); exit(1); }
  *uo = u; *opt = t;
  return c;
}

static void bench_loop(const char *name, const char *text, int64_t (*cfn)(int64_t, int64_t, int64_t), int64_t n) {
  jit_unit *u; jit_trace *t;
  jit_code *c = compile_text(text, &u, &t);
  double best_jit = 1e9, best_cc = 1e9;
  int64_t rj = 0, rc = 0;
  jit_result *r = malloc(sizeof *r);
  for (int rep = 0; rep < 3; rep++) {
    int64_t in[3] = {0, n, 0};
    double t0 = now();
    jit_code_run(c, in, r);
    double t1 = now();
    rj = r->types[2] == JIT_REF ? ((int64_t *)(intptr_t)r->vals[2])[1] : r->vals[2];   /* Box.v at offset 8 */
    volatile int64_t vn = n;
    double t2 = now();
    rc = cfn(0, vn, 0);
    double t3 = now();
    if (t1 - t0 < best_jit) best_jit = t1 - t0;
    if (t3 - t2 < best_cc) best_cc = t3 - t2;
  }
  if (r->kind != JIT_EXIT_GUARD || rj != rc) printf("bench-jit %s: RESULT MISMATCH jit=%lld cc=%lld\n", name, (long long)rj, (long long)rc);
  printf("bench-jit %s: jit=%.3f s cc=%.3f s ratio=%.2f\n", name, best_jit, best_cc, best_jit / best_cc);
  free(r);
  jit_code_free(c);
  jit_trace_free(t);
  jit_unit_free(u);
  jit_heap_reset();
}

/* A long straight-line trace: arithmetic, comparisons with guards, fields, floats. */
static char *big_trace(int nops) {
  size_t cap = (size_t)nops * 64 + 1024, len = 0;
  char *s = malloc(cap);
  len += snprintf(s + len, cap - len, "struct P { x: i64, y: f64 }\n[i0, i1, p2]\n");
  int v = 3, ops = 0;
  int last_i = 1, prev_i = 0, last_f = -1;
  while (ops < nops - 1) {
    int k = ops % 8;
    if (k == 0 || k == 3) { len += snprintf(s + len, cap - len, "i%d = int_add(i%d, i%d)\n", v, last_i, prev_i); prev_i = last_i; last_i = v++; ops++; }
    else if (k == 1) { len += snprintf(s + len, cap - len, "i%d = int_mul(i%d, 3)\n", v, last_i); prev_i = last_i; last_i = v++; ops++; }
    else if (k == 2) {
      len += snprintf(s + len, cap - len, "i%d = int_lt(i%d, i%d)\nguard_false(i%d) [i%d, i%d]\n", v, last_i, prev_i, v, last_i, prev_i);
      v++; ops += 2;
    } else if (k == 4) { len += snprintf(s + len, cap - len, "setfield_gc(p2, i%d, descr=P.x)\n", last_i); ops++; }
    else if (k == 5) { len += snprintf(s + len, cap - len, "i%d = getfield_gc_i(p2, descr=P.x)\n", v); prev_i = last_i; last_i = v++; ops++; }
    else if (k == 6) {
      if (last_f < 0) len += snprintf(s + len, cap - len, "f%d = cast_int_to_float(i%d)\n", v, last_i);
      else len += snprintf(s + len, cap - len, "f%d = float_add(f%d, 1.5)\n", v, last_f);
      last_f = v++; ops++;
    } else { len += snprintf(s + len, cap - len, "i%d = int_xor(i%d, i%d)\n", v, last_i, prev_i); prev_i = last_i; last_i = v++; ops++; }
    if (len + 256 > cap) { cap *= 2; s = realloc(s, cap); }
  }
  len += snprintf(s + len, cap - len, "finish(i%d, f%d)\n", last_i, last_f);
  return s;
}

int main(void) {
  bench_loop("count", count_trace, cc_count, 200000000);
  bench_loop("boxed", boxed_trace, cc_boxed, 200000000);
  char err[512];
  char *text = big_trace(10000);
  jit_unit *u = jit_parse_string(text, "<big>", err, sizeof err);
  if (!u || jit_verify_unit(u, err, sizeof err)) { fprintf(stderr, "bench: %s\n", err); return 1; }
  double best = 1e9;
  int nops = u->loop->nops;
  for (int rep = 0; rep < 3; rep++) {
    double t0 = now();
    jit_trace *t = jit_optimize(u->loop, NULL, "all", false, NULL, err, sizeof err);
    jit_code *c = t ? jit_compile(t, NULL, err, sizeof err) : NULL;
    double t1 = now();
    if (!c) { fprintf(stderr, "bench: %s\n", err); return 1; }
    if (t1 - t0 < best) best = t1 - t0;
    jit_code_free(c);
    jit_trace_free(t);
  }
  printf("bench-jit compile: ops=%d ms=%.1f\n", nops, best * 1000);
  jit_unit_free(u);
  free(text);
  return 0;
}
