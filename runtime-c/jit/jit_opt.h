/* jit_opt.h: the optimizer. Each pass reads a trace and returns a new one; the pipeline is the
 * table jit_passes[] (opt.c), run in order, with optional verification after each pass. */
#ifndef JIT_OPT_H
#define JIT_OPT_H
#include "jit_ir.h"
#include <stdio.h>

typedef jit_trace *(*jit_pass_fn)(const jit_trace *in);
typedef struct { const char *name; jit_pass_fn run; bool loops_only; } jit_pass;
extern const jit_pass jit_passes[];
extern const int jit_npasses;

/* passlist: comma-separated names, "all" or "none". Returns a new trace or NULL with err set. */
/* loop: for a bridge, the trace whose label its jump targets (for verification), else NULL.
 * log (may be NULL): dump the trace after each pass and/or print each pass's time. */
typedef struct { FILE *dump; FILE *times; } jit_opt_log;
jit_trace *jit_optimize(const jit_trace *t, const jit_trace *loop, const char *passlist, bool verify_each,
                        const jit_opt_log *log, char *err, size_t errlen);

/* The loop re-entry trace: "[P] P' = label(P) body" of a trace with a label, for bridges to
 * jump to (a copy without the operations before the label). NULL if the trace has no label. */
jit_trace *jit_reentry_trace(const jit_trace *t);

jit_trace *jit_opt_fold(const jit_trace *t);
jit_trace *jit_opt_bounds(const jit_trace *t);
jit_trace *jit_opt_guards(const jit_trace *t);
jit_trace *jit_opt_cse(const jit_trace *t);
jit_trace *jit_opt_heap(const jit_trace *t);
jit_trace *jit_opt_virtuals(const jit_trace *t);
jit_trace *jit_opt_peel(const jit_trace *t);
jit_trace *jit_opt_dce(const jit_trace *t);
#endif

/* Rewriter shared by passes: copies ops from in to out, mapping old values to new ones. */
typedef struct {
  const jit_trace *in;
  jit_trace *out;
  int32_t *map;              /* old value -> new value, -1 if none yet */
} jit_rewriter;
void jit_rw_init(jit_rewriter *rw, const jit_trace *in);
int32_t jit_rw_get(jit_rewriter *rw, int32_t oldv);
/* Copies op with mapped arguments and fail arguments; maps its result/params to the new ones. */
jit_op *jit_rw_copy(jit_rewriter *rw, const jit_op *op);
jit_op *jit_rw_emit(jit_rewriter *rw, const jit_op *like, int opc, int nargs, const int32_t *newargs);
void jit_rw_copy_fail(jit_rewriter *rw, jit_op *dst, const jit_op *src);
jit_trace *jit_rw_finish(jit_rewriter *rw);
/* Value helpers on a trace */
static inline bool jit_const_i(const jit_trace *t, int32_t v, int64_t *out) {
  if (t->vals[v].kind != JIT_V_CONST || t->vals[v].type != JIT_INT) return false;
  *out = t->vals[v].c.i; return true;
}
