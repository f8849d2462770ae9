/* opt_guards.c: redundant guard removal. Remembers what earlier guards (and allocations)
 * established: a value is true/false, a pointer is non-null or null, an object's class, an
 * integer's exact value (guard_value: later uses see the constant), no pending exception.
 * A guard whose condition is already known to hold is removed; it could never fail. */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

enum { K_TRUE = 1, K_FALSE = 2, K_NONNULL = 4, K_NULL = 8 };

/* values created in the output may exceed the initial capacity */
static void ensure(uint8_t **know, int64_t **cls, int *cap, int need) {
  if (need < *cap) return;
  int nc = need * 2 + 16;
  *know = realloc(*know, nc); memset(*know + *cap, 0, nc - *cap);
  *cls = realloc(*cls, sizeof(int64_t) * nc); memset(*cls + *cap, 0, sizeof(int64_t) * (nc - *cap));
  *cap = nc;
}

jit_trace *jit_opt_guards(const jit_trace *t) {
  jit_rewriter rw;
  jit_rw_init(&rw, t);
  int cap = t->nvals + 16;
  uint8_t *know = calloc(cap, 1);
  int64_t *cls = calloc(cap, sizeof(int64_t));
  bool exc_possible = false;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    int32_t x = op->nargs > 0 && op->opc != JIT_LABEL ? jit_rw_get(&rw, op->args[0]) : -1;
    const jit_trace *o = rw.out;
    bool xc = x >= 0 && o->vals[x].kind == JIT_V_CONST;
    ensure(&know, &cls, &cap, rw.out->nvals);
    switch (op->opc) {
    case JIT_GUARD_TRUE: if (know[x] & K_TRUE) continue; break;
    case JIT_GUARD_FALSE: if (know[x] & K_FALSE) continue; break;
    case JIT_GUARD_NONNULL: if ((know[x] & K_NONNULL) || (xc && o->vals[x].c.i)) continue; break;
    case JIT_GUARD_ISNULL: if ((know[x] & K_NULL) || (xc && !o->vals[x].c.i)) continue; break;
    case JIT_GUARD_CLASS: {
      int32_t y = jit_rw_get(&rw, op->args[1]);
      if (o->vals[y].kind == JIT_V_CONST && cls[x] && cls[x] == o->vals[y].c.i) continue;
      break;
    }
    case JIT_GUARD_NO_EXCEPTION: if (!exc_possible) continue; break;
    case JIT_LABEL: exc_possible = true; break;
    }
    jit_op *n = jit_rw_copy(&rw, op);
    ensure(&know, &cls, &cap, rw.out->nvals);
    switch (op->opc) {
    case JIT_GUARD_TRUE: know[x] |= K_TRUE; break;
    case JIT_GUARD_FALSE: know[x] |= K_FALSE; break;
    case JIT_GUARD_NONNULL: know[x] |= K_NONNULL; break;
    case JIT_GUARD_ISNULL: know[x] |= K_NULL; break;
    case JIT_GUARD_CLASS: {
      int32_t y = n->args[1];
      know[x] |= K_NONNULL;
      if (rw.out->vals[y].kind == JIT_V_CONST) cls[x] = rw.out->vals[y].c.i;
      break;
    }
    case JIT_GUARD_VALUE:
      if (rw.out->vals[n->args[1]].kind == JIT_V_CONST && rw.out->vals[x].kind != JIT_V_CONST) rw.map[op->args[0]] = n->args[1];
      break;
    case JIT_GUARD_NO_EXCEPTION: exc_possible = false; break;
    case JIT_NEW: case JIT_NEW_ARRAY: know[n->res] |= K_NONNULL; break;
    case JIT_NEW_WITH_VTABLE: know[n->res] |= K_NONNULL; cls[n->res] = ((jit_struct *)op->descr)->vtable; break;
    case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R: case JIT_CALL_N:
      if (((jit_calldescr *)op->descr)->flags & JIT_CALL_RAISES) exc_possible = true;
      break;
    }
  }
  free(know); free(cls);
  return jit_rw_finish(&rw);
}
