/* opt_fold.c: constant folding and algebraic simplification. Pure operations on constants
 * are evaluated with the interpreter's own semantics (jit_eval_pure); identities such as
 * x+0, x*1, x-x, x^x, x==x are rewritten; overflow-checked operations that provably do not
 * overflow lose their guard; guards on constants that always pass are removed. */
#include "jit_interp.h"
#include "jit_opt.h"

typedef struct { jit_rewriter rw; } jit_fold;

static bool cval(const jit_trace *t, int32_t v, int64_t *c) {
  if (t->vals[v].kind != JIT_V_CONST) return false;
  *c = t->vals[v].c.i;
  return true;
}

static int32_t mkconst(jit_trace *t, jit_type ty, int64_t bits) {
  int32_t v = jit_new_value(t, ty, JIT_V_CONST, -1);
  t->vals[v].c.i = bits;
  return v;
}

/* Returns the replacement value for a pure int op, or -1. */
static int32_t simplify(jit_trace *o, int opc, int32_t x, int32_t y) {
  int64_t cx = 0, cy = 0;
  bool kx = cval(o, x, &cx), ky = y >= 0 && cval(o, y, &cy);
  switch (opc) {
  case JIT_INT_ADD: if (ky && cy == 0) return x; if (kx && cx == 0) return y; break;
  case JIT_INT_SUB: if (ky && cy == 0) return x; if (x == y) return mkconst(o, JIT_INT, 0); break;
  case JIT_INT_MUL:
    if (ky && cy == 1) return x;
    if (kx && cx == 1) return y;
    if ((ky && cy == 0) || (kx && cx == 0)) return mkconst(o, JIT_INT, 0);
    break;
  case JIT_INT_AND:
    if ((ky && cy == 0) || (kx && cx == 0)) return mkconst(o, JIT_INT, 0);
    if (ky && cy == -1) return x;
    if (kx && cx == -1) return y;
    if (x == y) return x;
    break;
  case JIT_INT_OR:
    if (ky && cy == 0) return x;
    if (kx && cx == 0) return y;
    if (x == y) return x;
    break;
  case JIT_INT_XOR:
    if (ky && cy == 0) return x;
    if (kx && cx == 0) return y;
    if (x == y) return mkconst(o, JIT_INT, 0);
    break;
  case JIT_INT_LSHIFT: case JIT_INT_RSHIFT: case JIT_UINT_RSHIFT:
    if (ky && (cy & 63) == 0) return x;
    if (kx && cx == 0) return mkconst(o, JIT_INT, 0);
    break;
  case JIT_INT_EQ: case JIT_INT_LE: case JIT_INT_GE: case JIT_UINT_LE: case JIT_UINT_GE: case JIT_PTR_EQ:
    if (x == y) return mkconst(o, JIT_INT, 1);
    break;
  case JIT_INT_NE: case JIT_INT_LT: case JIT_INT_GT: case JIT_UINT_LT: case JIT_UINT_GT: case JIT_PTR_NE:
    if (x == y) return mkconst(o, JIT_INT, 0);
    break;
  case JIT_INT_NEG: case JIT_INT_INVERT: {
    const jit_value *v = &o->vals[x];
    if (v->kind == JIT_V_OP && o->ops[v->def].opc == opc) return o->ops[v->def].args[0];
    break;
  }
  case JIT_INT_IS_TRUE: {
    const jit_value *v = &o->vals[x];
    if (v->kind == JIT_V_OP && (jit_opinfos[o->ops[v->def].opc].flags & JIT_F_CMP)) return x;   /* already 0/1 */
    break;
  }
  case JIT_FLOAT_MUL: {
    double d;
    if (ky) { __builtin_memcpy(&d, &cy, 8); if (d == 1.0) return x; }
    break;
  }
  }
  return -1;
}

jit_trace *jit_opt_fold(const jit_trace *t) {
  jit_rewriter rw;
  jit_rw_init(&rw, t);
  jit_trace *o = rw.out;
  bool skip_guard = false;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    const jit_opinfo *oi = &jit_opinfos[op->opc];
    if (skip_guard) { skip_guard = false; if (op->opc == JIT_GUARD_NO_OVERFLOW) continue; }
    int32_t x = op->nargs > 0 ? jit_rw_get(&rw, op->args[0]) : -1;
    int32_t y = op->nargs > 1 ? jit_rw_get(&rw, op->args[1]) : -1;
    int64_t cx = 0, cy = 0;
    bool kx = x >= 0 && cval(o, x, &cx), ky = y >= 0 && cval(o, y, &cy);
    if ((oi->flags & JIT_F_PURE) && op->nargs <= 2) {
      if (op->opc == JIT_SAME_AS_I || op->opc == JIT_SAME_AS_F || op->opc == JIT_SAME_AS_R) { rw.map[op->res] = x; continue; }
      int64_t r;
      if (kx && (op->nargs == 1 || ky) && jit_eval_pure(op->opc, cx, cy, &r)) {
        rw.map[op->res] = mkconst(o, jit_op_restype(op), r);
        continue;
      }
      int32_t s = simplify(o, op->opc, x, y);
      if (s >= 0) { rw.map[op->res] = s; continue; }
    }
    if ((oi->flags & JIT_F_OVF) && i + 1 < t->nops && t->ops[i + 1].opc == JIT_GUARD_NO_OVERFLOW) {
      int64_t r;
      bool ovf = true;
      int32_t s = -1;
      if (kx && ky) {
        if (op->opc == JIT_INT_ADD_OVF) ovf = __builtin_add_overflow(cx, cy, &r);
        else if (op->opc == JIT_INT_SUB_OVF) ovf = __builtin_sub_overflow(cx, cy, &r);
        else ovf = __builtin_mul_overflow(cx, cy, &r);
        if (!ovf) s = mkconst(o, JIT_INT, r);
      } else {
        int plain = op->opc == JIT_INT_ADD_OVF ? JIT_INT_ADD : op->opc == JIT_INT_SUB_OVF ? JIT_INT_SUB : JIT_INT_MUL;
        s = simplify(o, plain, x, y);
        if (s >= 0 && plain == JIT_INT_SUB && s != x) s = -1;       /* x-x is fine too, but keep it simple */
      }
      if (s >= 0) { rw.map[op->res] = s; skip_guard = true; continue; }
    }
    switch (op->opc) {
    case JIT_GUARD_TRUE: if (kx && cx != 0) continue; break;
    case JIT_GUARD_FALSE: if (kx && cx == 0) continue; break;
    case JIT_GUARD_VALUE: if (kx && ky && cx == cy) continue; break;
    case JIT_GUARD_NONNULL: if (kx && cx != 0) continue; break;
    case JIT_GUARD_ISNULL: if (kx && cx == 0) continue; break;
    }
    jit_rw_copy(&rw, op);
  }
  return jit_rw_finish(&rw);
}
