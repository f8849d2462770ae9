/* opt_cse.c: common subexpression elimination of pure operations (and calls to pure/elidable
 * functions): an operation equal to an earlier one (same opcode, descriptor and arguments,
 * commutative operands ordered) reuses its result. Facts do not cross the loop label. */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

typedef struct { int opc; void *descr; int n; int32_t args[8]; int32_t res; } jit_cse_key;

static bool commutative(int opc) {
  switch (opc) {
  case JIT_INT_ADD: case JIT_INT_MUL: case JIT_INT_AND: case JIT_INT_OR: case JIT_INT_XOR: case JIT_INT_EQ:
  case JIT_INT_NE: case JIT_PTR_EQ: case JIT_PTR_NE: case JIT_FLOAT_ADD: case JIT_FLOAT_MUL: case JIT_FLOAT_EQ:
  case JIT_FLOAT_NE:
    return true;
  }
  return false;
}

static uint32_t hkey(const jit_cse_key *k) {
  uint32_t h = (uint32_t)k->opc * 2654435761u ^ (uint32_t)(uintptr_t)k->descr;
  for (int i = 0; i < k->n; i++) h = (h ^ (uint32_t)k->args[i]) * 16777619u;
  return h;
}

static bool same(const jit_cse_key *a, const jit_cse_key *b) {
  return a->opc == b->opc && a->descr == b->descr && a->n == b->n && !memcmp(a->args, b->args, sizeof(int32_t) * a->n);
}

/* Constants are compared by value: two constant values with the same bits are the same key. */
static int32_t canon(const jit_trace *o, int32_t v, int32_t *consts, int *nconsts) {
  if (o->vals[v].kind != JIT_V_CONST) return v;
  for (int i = 0; i < *nconsts; i++)
    if (o->vals[consts[i]].type == o->vals[v].type && o->vals[consts[i]].c.i == o->vals[v].c.i) return consts[i];
  if (*nconsts < 256) consts[(*nconsts)++] = v;
  return v;
}

jit_trace *jit_opt_cse(const jit_trace *t) {
  jit_rewriter rw;
  jit_rw_init(&rw, t);
  int cap = 1024;
  while (cap < 2 * t->nops) cap *= 2;
  jit_cse_key *tab = calloc(cap, sizeof *tab);
  int32_t consts[256]; int nconsts = 0;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    if (op->opc == JIT_LABEL) { memset(tab, 0, sizeof *tab * cap); nconsts = 0; }
    bool pure = (jit_opinfos[op->opc].flags & JIT_F_PURE) ||
                (op->dkind == JIT_D_CALL && (((jit_calldescr *)op->descr)->flags & JIT_CALL_PURE) && op->res >= 0);
    if (!pure || op->nargs > 8 || op->res < 0) { jit_rw_copy(&rw, op); continue; }
    jit_cse_key k;
    memset(&k, 0, sizeof k);
    k.opc = op->opc + 1; k.descr = op->descr; k.n = op->nargs;
    for (int j = 0; j < op->nargs; j++) k.args[j] = canon(rw.out, jit_rw_get(&rw, op->args[j]), consts, &nconsts);
    if (commutative(op->opc) && k.args[0] > k.args[1]) { int32_t x = k.args[0]; k.args[0] = k.args[1]; k.args[1] = x; }
    uint32_t h = hkey(&k) & (cap - 1);
    while (tab[h].opc && !same(&tab[h], &k)) h = (h + 1) & (cap - 1);
    if (tab[h].opc) { rw.map[op->res] = tab[h].res; continue; }
    jit_op *n = jit_rw_copy(&rw, op);
    k.res = n->res;
    tab[h] = k;
  }
  free(tab);
  return jit_rw_finish(&rw);
}
