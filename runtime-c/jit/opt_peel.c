/* opt_peel.c: loop peeling with loop-invariant code motion.
 *   [in] pre; P = label(A); body; jump(J)
 * becomes
 *   [in] pre; body[P:=A] (the first iteration, "preamble"); P',H = label(J', h); body'; jump(J, H)
 * A loop parameter is invariant when the jump passes it back unchanged. Pure operations (and
 * reads of fields/array items/lengths the loop never writes, in loops without impure calls)
 * whose arguments are invariant are not recomputed in the loop: their preamble values h are
 * passed through the label as extra parameters H. Guards on invariant values were already
 * checked by the preamble and are dropped from the loop. Later passes then optimize the loop
 * knowing what the preamble established (e.g. virtuals carried around the loop). */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

static bool heap_read(int opc) {
  return opc == JIT_GETFIELD_I || opc == JIT_GETFIELD_F || opc == JIT_GETFIELD_R || opc == JIT_ARRAYLEN ||
         opc == JIT_GETARRAYITEM_I || opc == JIT_GETARRAYITEM_F || opc == JIT_GETARRAYITEM_R;
}

static bool guard_on_args_only(int opc) {
  return opc == JIT_GUARD_TRUE || opc == JIT_GUARD_FALSE || opc == JIT_GUARD_VALUE || opc == JIT_GUARD_CLASS ||
         opc == JIT_GUARD_NONNULL || opc == JIT_GUARD_ISNULL;
}

jit_trace *jit_opt_peel(const jit_trace *t) {
  int li = jit_find_label(t);
  jit_rewriter rw;
  jit_rw_init(&rw, t);
  if (li < 0 || t->ops[t->nops - 1].opc != JIT_JUMP) {
    for (int i = 0; i < t->nops; i++) jit_rw_copy(&rw, &t->ops[i]);
    return jit_rw_finish(&rw);
  }
  const jit_op *lab = &t->ops[li], *jmp = &t->ops[t->nops - 1];
  int np = lab->nparams;
  /* 1. invariants of the loop body */
  bool *inv = calloc(t->nvals + 1, 1);
  for (int i = 0; i < t->nvals; i++) if (t->vals[i].kind == JIT_V_CONST) inv[i] = true;
  for (int k = 0; k < np; k++) if (jmp->args[k] == lab->params[k]) inv[lab->params[k]] = true;
  bool calls = false;
  for (int i = li + 1; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    if (op->dkind == JIT_D_CALL && !(((jit_calldescr *)op->descr)->flags & JIT_CALL_PURE)) calls = true;
  }
  for (int i = li + 1; i < t->nops - 1; i++) {
    const jit_op *op = &t->ops[i];
    if (op->res < 0) continue;
    bool ok = (jit_opinfos[op->opc].flags & JIT_F_PURE) && op->opc != JIT_SAME_AS_I && op->opc != JIT_SAME_AS_F &&
              op->opc != JIT_SAME_AS_R;
    if (heap_read(op->opc) && !calls) {
      ok = true;
      for (int j = li + 1; j < t->nops; j++) {
        const jit_op *w = &t->ops[j];
        if ((w->opc == JIT_SETFIELD || w->opc == JIT_SETARRAYITEM) && w->descr == op->descr && op->opc != JIT_ARRAYLEN) ok = false;
      }
      if (op->opc == JIT_ARRAYLEN) ok = true;
    }
    if (op->dkind == JIT_D_CALL && (((jit_calldescr *)op->descr)->flags & (JIT_CALL_PURE | JIT_CALL_RAISES)) == JIT_CALL_PURE)
      ok = true;
    for (int j = 0; ok && j < op->nargs; j++) if (!inv[op->args[j]]) ok = false;
    inv[op->res] = ok;
  }
  /* 2. operations before the label, then the peeled iteration */
  for (int i = 0; i < li; i++) jit_rw_copy(&rw, &t->ops[i]);
  for (int k = 0; k < np; k++) rw.map[lab->params[k]] = jit_rw_get(&rw, lab->args[k]);
  for (int i = li + 1; i < t->nops - 1; i++) jit_rw_copy(&rw, &t->ops[i]);
  /* 3. the new label: jump values of the peeled iteration plus the hoisted invariants */
  int nh = 0;
  int32_t *hoisted = malloc(sizeof(int32_t) * (t->nops + 1));
  for (int i = li + 1; i < t->nops - 1; i++) {
    const jit_op *op = &t->ops[i];
    if (op->res >= 0 && inv[op->res] && rw.out->vals[jit_rw_get(&rw, op->res)].kind != JIT_V_CONST) hoisted[nh++] = op->res;
  }
  int32_t *largs = malloc(sizeof(int32_t) * (np + nh + 1));
  for (int k = 0; k < np; k++) largs[k] = jit_rw_get(&rw, jmp->args[k]);
  for (int h = 0; h < nh; h++) largs[np + h] = jit_rw_get(&rw, hoisted[h]);
  jit_op *nl = jit_rw_emit(&rw, lab, JIT_LABEL, np + nh, largs);
  nl->nparams = np + nh;
  nl->params = jit_arena_alloc(&rw.out->arena, sizeof(int32_t) * (np + nh + 1));
  int labidx = rw.out->nops - 1;
  for (int k = 0; k < np + nh; k++) {
    int32_t old = k < np ? lab->params[k] : hoisted[k - np];
    nl->params[k] = jit_new_value(rw.out, t->vals[old].type, JIT_V_PARAM, labidx);
    rw.map[old] = nl->params[k];
  }
  /* 4. the loop body without the hoisted operations and invariant guards */
  for (int i = li + 1; i < t->nops - 1; i++) {
    const jit_op *op = &t->ops[i];
    if (op->res >= 0 && inv[op->res]) continue;   /* hoisted (param) or a constant in the preamble */
    if (guard_on_args_only(op->opc)) {
      bool all = true;
      for (int j = 0; j < op->nargs; j++) if (!inv[op->args[j]]) all = false;
      if (all) continue;
    }
    jit_rw_copy(&rw, op);
  }
  int32_t *jargs = malloc(sizeof(int32_t) * (np + nh + 1));
  for (int k = 0; k < np; k++) jargs[k] = jit_rw_get(&rw, jmp->args[k]);
  for (int h = 0; h < nh; h++) jargs[np + h] = nl->params[np + h];
  jit_rw_emit(&rw, jmp, JIT_JUMP, np + nh, jargs);
  free(inv); free(hoisted); free(largs); free(jargs);
  return jit_rw_finish(&rw);
}
