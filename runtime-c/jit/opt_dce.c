/* opt_dce.c: dead code elimination, run last. Operations without side effects whose result
 * is never used (by an argument, a fail argument or a virtual's field) are dropped, and so are
 * loop parameters that the loop only passes back to themselves (e.g. invariants hoisted by
 * peeling that nothing uses any more). */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

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

static void mark_uses(const jit_op *op, bool *used, const bool *param_needed, bool is_loop_jump, bool is_label) {
  for (int j = 0; j < op->nargs; j++)
    if (!((is_loop_jump || is_label) && param_needed && !param_needed[j])) used[op->args[j]] = true;
  for (int j = 0; j < op->nfail; j++) if (op->fail[j] >= 0) used[op->fail[j]] = true;
  for (int k = 0; k < op->nvirt; k++)
    for (int j = 0; j < op->virts[k].n; j++) if (op->virts[k].items[j] >= 0) used[op->virts[k].items[j]] = true;
}

/* Backward liveness from op `from` down to `to`; keep[] filled. */
static void liveness(const jit_trace *t, int from, int to, bool *used, bool *keep, const bool *pn, int li) {
  for (int i = from; i >= to; i--) {
    const jit_op *op = &t->ops[i];
    keep[i] = false;
    if (removable(op) && !used[op->res]) continue;
    keep[i] = true;
    bool loopjump = op->opc == JIT_JUMP && li >= 0;
    mark_uses(op, used, pn, loopjump, op->opc == JIT_LABEL);
  }
}

jit_trace *jit_opt_dce(const jit_trace *t) {
  bool *used = calloc(t->nvals + 1, 1);
  bool *keep = calloc(t->nops + 1, 1);
  int li = jit_find_label(t);
  bool *pn = NULL;
  if (li >= 0 && t->ops[t->nops - 1].opc == JIT_JUMP) {
    const jit_op *lab = &t->ops[li];
    pn = calloc(lab->nparams + 1, 1);
    for (bool changed = true; changed;) {
      changed = false;
      memset(used, 0, t->nvals + 1);
      liveness(t, t->nops - 1, li + 1, used, keep, pn, li);
      for (int k = 0; k < lab->nparams; k++)
        if (!pn[k] && used[lab->params[k]]) { pn[k] = true; changed = true; }
    }
  } else {
    li = -1;
  }
  memset(used, 0, t->nvals + 1);
  liveness(t, t->nops - 1, 0, used, keep, pn, li);
  jit_rewriter rw;
  jit_rw_init(&rw, t);
  for (int i = 0; i < t->nops; i++) {
    if (!keep[i]) continue;
    const jit_op *op = &t->ops[i];
    if (pn && (op->opc == JIT_LABEL || (op->opc == JIT_JUMP && i == t->nops - 1))) {
      int32_t *args = malloc(sizeof(int32_t) * (op->nargs + 1));
      int n = 0;
      for (int j = 0; j < op->nargs; j++) if (pn[j]) args[n++] = jit_rw_get(&rw, op->args[j]);
      jit_op *nop = jit_rw_emit(&rw, op, op->opc, n, args);
      free(args);
      if (op->opc == JIT_LABEL) {
        nop->nparams = n;
        nop->params = jit_arena_alloc(&rw.out->arena, sizeof(int32_t) * (n ? n : 1));
        int m = 0;
        for (int j = 0; j < op->nparams; j++) {
          if (!pn[j]) continue;
          nop->params[m] = jit_new_value(rw.out, t->vals[op->params[j]].type, JIT_V_PARAM, rw.out->nops - 1);
          rw.map[op->params[j]] = nop->params[m++];
        }
      }
      continue;
    }
    jit_rw_copy(&rw, op);
  }
  free(used); free(keep); free(pn);
  return jit_rw_finish(&rw);
}
