/* opt_dce.c: dead code elimination, run last. Operations without side effects whose result
 * is never used (by an argument, a fail argument or a virtual's field) are dropped. */
#include "jit_opt.h"
#include <stdlib.h>

static bool removable(const jit_op *op) {
  int f = jit_opinfos[op->opc].flags;
  if (op->res < 0 || (f & (JIT_F_GUARD | JIT_F_OVF))) return false;
  if (f & JIT_F_PURE) return true;
  switch (op->opc) {
  case JIT_GETFIELD_I: case JIT_GETFIELD_F: case JIT_GETFIELD_R: case JIT_GETARRAYITEM_I: case JIT_GETARRAYITEM_F:
  case JIT_GETARRAYITEM_R: case JIT_ARRAYLEN: case JIT_NEW: case JIT_NEW_WITH_VTABLE: case JIT_NEW_ARRAY:
    return true;
  case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R:
    return (((jit_calldescr *)op->descr)->flags & (JIT_CALL_PURE | JIT_CALL_RAISES)) == JIT_CALL_PURE;
  }
  return false;
}

jit_trace *jit_opt_dce(const jit_trace *t) {
  bool *used = calloc(t->nvals + 1, 1);
  bool *keep = calloc(t->nops + 1, 1);
  for (int i = t->nops - 1; i >= 0; i--) {
    const jit_op *op = &t->ops[i];
    if (removable(op) && !used[op->res]) continue;
    keep[i] = true;
    for (int j = 0; j < op->nargs; j++) used[op->args[j]] = true;
    for (int j = 0; j < op->nfail; j++) if (op->fail[j] >= 0) used[op->fail[j]] = true;
    for (int k = 0; k < op->nvirt; k++)
      for (int j = 0; j < op->virts[k].n; j++) if (op->virts[k].items[j] >= 0) used[op->virts[k].items[j]] = true;
  }
  jit_rewriter rw;
  jit_rw_init(&rw, t);
  for (int i = 0; i < t->nops; i++) if (keep[i]) jit_rw_copy(&rw, &t->ops[i]);
  free(used); free(keep);
  return jit_rw_finish(&rw);
}
