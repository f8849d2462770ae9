/* opt_bounds.c: integer bounds analysis. Each integer value gets a range [lo, hi] from
 * constants, the operation that makes it (and, masks, shifts, mod, narrow fields, lengths,
 * comparisons) and from the guards that passed before (guard_true(int_lt(x, y)) bounds x and
 * y for the rest of the trace, and the fact x < y itself is remembered). With the ranges: overflow-checked operations that cannot
 * overflow become plain ones without their guard, and comparisons with a known outcome become
 * constants (so the guards on them, e.g. index checks, fold away). */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

typedef struct { int64_t lo, hi; } jit_range;
typedef struct { int opc; int32_t x, y; } jit_cmpdef;

/* Relational facts established by guards: a < b (strict) or a <= b. */
typedef struct { int32_t a, b; bool strict; } jit_fact;
#define JIT_MAX_FACTS 256

typedef struct {
  jit_rewriter rw;
  jit_range *r; jit_cmpdef *cmp; int cap;
  jit_fact facts[JIT_MAX_FACTS]; int nfacts;
} jit_bounds;

static void add_fact(jit_bounds *b, int32_t x, int32_t y, bool strict) {
  if (b->nfacts == JIT_MAX_FACTS) { memmove(b->facts, b->facts + 1, sizeof(jit_fact) * (JIT_MAX_FACTS - 1)); b->nfacts--; }
  b->facts[b->nfacts++] = (jit_fact){ x, y, strict };
}

/* Is x < y (strict) or x <= y known? */
static bool known_less(jit_bounds *b, int32_t x, int32_t y, bool strict) {
  for (int i = 0; i < b->nfacts; i++)
    if (b->facts[i].a == x && b->facts[i].b == y && (b->facts[i].strict || !strict)) return true;
  return false;
}

/* Outcome of a signed comparison from the facts: 1, 0 or -1. */
static int decide_facts(jit_bounds *b, int opc, int32_t x, int32_t y) {
  switch (opc) {
  case JIT_INT_LT: if (known_less(b, x, y, true)) return 1; if (known_less(b, y, x, false)) return 0; break;
  case JIT_INT_LE: if (known_less(b, x, y, false)) return 1; if (known_less(b, y, x, true)) return 0; break;
  case JIT_INT_GT: return decide_facts(b, JIT_INT_LT, y, x);
  case JIT_INT_GE: return decide_facts(b, JIT_INT_LE, y, x);
  case JIT_INT_EQ: if (known_less(b, x, y, true) || known_less(b, y, x, true)) return 0; break;
  case JIT_INT_NE: if (known_less(b, x, y, true) || known_less(b, y, x, true)) return 1; break;
  }
  return -1;
}

static const jit_range FULL = { INT64_MIN, INT64_MAX };

static void grow(jit_bounds *b) {
  int need = b->rw.out->nvals + 64;
  if (need <= b->cap) return;
  int nc = need * 2;
  b->r = realloc(b->r, sizeof(jit_range) * nc);
  b->cmp = realloc(b->cmp, sizeof(jit_cmpdef) * nc);
  for (int i = b->cap; i < nc; i++) { b->r[i] = FULL; b->cmp[i].opc = -1; }
  b->cap = nc;
}

static jit_range rng(jit_bounds *b, int32_t v) {
  const jit_value *x = &b->rw.out->vals[v];
  if (x->kind == JIT_V_CONST && x->type == JIT_INT) { jit_range c = { x->c.i, x->c.i }; return c; }
  if (x->type != JIT_INT) return FULL;
  return b->r[v];
}

static void narrow(jit_bounds *b, int32_t v, int64_t lo, int64_t hi) {
  if (b->rw.out->vals[v].kind == JIT_V_CONST) return;
  if (lo > b->r[v].lo) b->r[v].lo = lo;
  if (hi < b->r[v].hi) b->r[v].hi = hi;
}

static bool add_range(jit_range x, jit_range y, bool sub, jit_range *out) {
  int64_t lo, hi;
  if (sub) {
    if (__builtin_sub_overflow(x.lo, y.hi, &lo) || __builtin_sub_overflow(x.hi, y.lo, &hi)) return false;
  } else {
    if (__builtin_add_overflow(x.lo, y.lo, &lo) || __builtin_add_overflow(x.hi, y.hi, &hi)) return false;
  }
  out->lo = lo; out->hi = hi;
  return true;
}

static bool mul_range(jit_range x, jit_range y, jit_range *out) {
  int64_t c[4];
  if (__builtin_mul_overflow(x.lo, y.lo, &c[0]) || __builtin_mul_overflow(x.lo, y.hi, &c[1]) ||
      __builtin_mul_overflow(x.hi, y.lo, &c[2]) || __builtin_mul_overflow(x.hi, y.hi, &c[3])) return false;
  out->lo = out->hi = c[0];
  for (int i = 1; i < 4; i++) { if (c[i] < out->lo) out->lo = c[i]; if (c[i] > out->hi) out->hi = c[i]; }
  return true;
}

/* Outcome of a comparison from ranges: 1, 0, or -1 if unknown. */
static int decide(int opc, jit_range x, jit_range y) {
  if (opc >= JIT_UINT_LT && opc <= JIT_UINT_GE) {
    if (x.lo < 0 || y.lo < 0) return -1;
    opc = opc - JIT_UINT_LT + JIT_INT_LT;
    if (opc == JIT_INT_LT + 2) opc = JIT_INT_GT;      /* uint_gt */
    if (opc == JIT_INT_LT + 3) opc = JIT_INT_GE;
  }
  switch (opc) {
  case JIT_INT_LT: if (x.hi < y.lo) return 1; if (x.lo >= y.hi) return 0; break;
  case JIT_INT_LE: if (x.hi <= y.lo) return 1; if (x.lo > y.hi) return 0; break;
  case JIT_INT_GT: if (x.lo > y.hi) return 1; if (x.hi <= y.lo) return 0; break;
  case JIT_INT_GE: if (x.lo >= y.hi) return 1; if (x.hi < y.lo) return 0; break;
  case JIT_INT_EQ: if (x.hi < y.lo || x.lo > y.hi) return 0; if (x.lo == x.hi && y.lo == y.hi && x.lo == y.lo) return 1; break;
  case JIT_INT_NE: if (x.hi < y.lo || x.lo > y.hi) return 1; if (x.lo == x.hi && y.lo == y.hi && x.lo == y.lo) return 0; break;
  }
  return -1;
}

/* What passing "cmp(x, y) is `truth`" teaches about x and y. */
static void learn(jit_bounds *b, int opc, int32_t x, int32_t y, bool truth) {
  static const int neg[] = { JIT_INT_GE, JIT_INT_GT, JIT_INT_NE, JIT_INT_EQ, JIT_INT_LE, JIT_INT_LT };
  if ((opc == JIT_UINT_LT || opc == JIT_UINT_LE) && truth) {
    /* the one-compare index check: x <u y with y >= 0 means 0 <= x < y (or <= y) */
    jit_range ry = rng(b, y);
    if (ry.lo >= 0) {
      narrow(b, x, 0, opc == JIT_UINT_LT ? ry.hi - 1 : ry.hi);
      add_fact(b, x, y, opc == JIT_UINT_LT);
    }
    return;
  }
  if (opc < JIT_INT_LT || opc > JIT_INT_GE) return;
  if (!truth) opc = neg[opc - JIT_INT_LT];
  switch (opc) {
  case JIT_INT_LT: add_fact(b, x, y, true); break;
  case JIT_INT_LE: add_fact(b, x, y, false); break;
  case JIT_INT_GT: add_fact(b, y, x, true); break;
  case JIT_INT_GE: add_fact(b, y, x, false); break;
  }
  jit_range rx = rng(b, x), ry = rng(b, y);
  switch (opc) {
  case JIT_INT_LT: if (ry.hi != INT64_MIN) narrow(b, x, INT64_MIN, ry.hi - 1); if (rx.lo != INT64_MAX) narrow(b, y, rx.lo + 1, INT64_MAX); break;
  case JIT_INT_LE: narrow(b, x, INT64_MIN, ry.hi); narrow(b, y, rx.lo, INT64_MAX); break;
  case JIT_INT_GT: if (ry.lo != INT64_MAX) narrow(b, x, ry.lo + 1, INT64_MAX); if (rx.hi != INT64_MIN) narrow(b, y, INT64_MIN, rx.hi - 1); break;
  case JIT_INT_GE: narrow(b, x, ry.lo, INT64_MAX); narrow(b, y, INT64_MIN, rx.hi); break;
  case JIT_INT_EQ: narrow(b, x, ry.lo, ry.hi); narrow(b, y, rx.lo, rx.hi); break;
  case JIT_INT_NE:
    if (ry.lo == ry.hi) { if (rx.lo == ry.lo && rx.lo != INT64_MAX) narrow(b, x, rx.lo + 1, INT64_MAX); if (rx.hi == ry.lo && rx.hi != INT64_MIN) narrow(b, x, INT64_MIN, rx.hi - 1); }
    break;
  }
}

static jit_range field_range(jit_type t, int size) {
  jit_range r = FULL;
  if (t != JIT_INT || size == 8) return r;
  r.hi = (int64_t)((1ull << (8 * size - 1)) - 1);
  r.lo = -r.hi - 1;
  return r;
}

jit_trace *jit_opt_bounds(const jit_trace *t) {
  jit_bounds b;
  memset(&b, 0, sizeof b);
  jit_rw_init(&b.rw, t);
  jit_rewriter *rw = &b.rw;
  bool skip_guard = false;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    if (skip_guard) { skip_guard = false; if (op->opc == JIT_GUARD_NO_OVERFLOW) continue; }
    grow(&b);
    int32_t x = op->nargs > 0 && op->opc != JIT_LABEL ? jit_rw_get(rw, op->args[0]) : -1;
    int32_t y = op->nargs > 1 && op->opc != JIT_LABEL ? jit_rw_get(rw, op->args[1]) : -1;
    grow(&b);
    jit_range rx = x >= 0 ? rng(&b, x) : FULL, ry = y >= 0 ? rng(&b, y) : FULL, res = FULL;
    int opc = op->opc;
    if (opc >= JIT_INT_LT && opc <= JIT_UINT_GE) {
      int d = decide(opc, rx, ry);
      if (d < 0 && opc <= JIT_INT_GE) d = decide_facts(&b, opc, x, y);
      if (d >= 0) { rw->map[op->res] = jit_const_int(rw->out, d); continue; }
    }
    bool is_ovf = opc == JIT_INT_ADD_OVF || opc == JIT_INT_SUB_OVF || opc == JIT_INT_MUL_OVF;
    if (is_ovf && i + 1 < t->nops && t->ops[i + 1].opc == JIT_GUARD_NO_OVERFLOW) {
      bool ok = opc == JIT_INT_MUL_OVF ? mul_range(rx, ry, &res) : add_range(rx, ry, opc == JIT_INT_SUB_OVF, &res);
      if (ok) {
        int plain = opc == JIT_INT_ADD_OVF ? JIT_INT_ADD : opc == JIT_INT_SUB_OVF ? JIT_INT_SUB : JIT_INT_MUL;
        int32_t args[2] = { x, y };
        jit_op *n = jit_rw_emit(rw, op, plain, 2, args);
        rw->map[op->res] = n->res;
        grow(&b);
        b.r[n->res] = res;
        skip_guard = true;
        continue;
      }
    }
    if ((opc == JIT_GUARD_TRUE || opc == JIT_GUARD_FALSE) && rw->out->vals[x].kind == JIT_V_CONST &&
        (rw->out->vals[x].c.i != 0) == (opc == JIT_GUARD_TRUE))
      continue;                                  /* decided above: always passes */
    jit_op *n = jit_rw_copy(rw, op);
    grow(&b);
    switch (opc) {
    case JIT_INT_ADD: case JIT_INT_SUB: if (!add_range(rx, ry, opc == JIT_INT_SUB, &res)) res = FULL; break;
    case JIT_INT_MUL: if (!mul_range(rx, ry, &res)) res = FULL; break;
    case JIT_INT_ADD_OVF: case JIT_INT_SUB_OVF: case JIT_INT_MUL_OVF:
      /* after guard_no_overflow the result is the exact one; ranges computed without wrap */
      if (i + 1 < t->nops && t->ops[i + 1].opc == JIT_GUARD_NO_OVERFLOW) {
        int64_t a, c;
        if (opc == JIT_INT_ADD_OVF) { res.lo = __builtin_add_overflow(rx.lo, ry.lo, &a) ? INT64_MIN : a; res.hi = __builtin_add_overflow(rx.hi, ry.hi, &c) ? INT64_MAX : c; }
        else if (opc == JIT_INT_SUB_OVF) { res.lo = __builtin_sub_overflow(rx.lo, ry.hi, &a) ? INT64_MIN : a; res.hi = __builtin_sub_overflow(rx.hi, ry.lo, &c) ? INT64_MAX : c; }
      }
      break;
    case JIT_INT_AND:
      if (rx.lo >= 0 && ry.lo >= 0) { res.lo = 0; res.hi = rx.hi < ry.hi ? rx.hi : ry.hi; }
      else if (rx.lo >= 0) { res.lo = 0; res.hi = rx.hi; }
      else if (ry.lo >= 0) { res.lo = 0; res.hi = ry.hi; }
      break;
    case JIT_UINT_RSHIFT:
      if (ry.lo == ry.hi && (ry.lo & 63) != 0) { res.lo = 0; res.hi = (int64_t)(UINT64_MAX >> (ry.lo & 63)); }
      else if (rx.lo >= 0) { res.lo = 0; res.hi = rx.hi; }
      break;
    case JIT_INT_RSHIFT:
      if (ry.lo == ry.hi) { res.lo = rx.lo >> (ry.lo & 63); res.hi = rx.hi >> (ry.lo & 63); }
      break;
    case JIT_INT_MOD:
      if (ry.lo == ry.hi && ry.lo != 0 && ry.lo != INT64_MIN) {
        int64_t m = (ry.lo < 0 ? -ry.lo : ry.lo) - 1;
        res.lo = rx.lo >= 0 ? 0 : -m; res.hi = rx.hi <= 0 ? 0 : m;
      }
      break;
    case JIT_ARRAYLEN: res.lo = 0; break;
    case JIT_GETFIELD_I: res = field_range(JIT_INT, ((jit_field *)op->descr)->size); break;
    case JIT_GETARRAYITEM_I: res = field_range(JIT_INT, ((jit_array *)op->descr)->itemsize); break;
    case JIT_GUARD_TRUE: case JIT_GUARD_FALSE: {
      bool truth = opc == JIT_GUARD_TRUE;
      if (rw->out->vals[x].kind != JIT_V_CONST) narrow(&b, x, truth ? rx.lo : 0, truth ? rx.hi : 0);
      jit_cmpdef c = b.cmp[x];
      if (rw->out->vals[x].kind == JIT_V_CONST) break;
      if (c.opc == JIT_INT_IS_TRUE) learn(&b, JIT_INT_NE, c.x, jit_const_int(rw->out, 0), truth);
      else if (c.opc == JIT_INT_IS_ZERO) learn(&b, JIT_INT_EQ, c.x, jit_const_int(rw->out, 0), truth);
      else if (c.opc >= 0) learn(&b, c.opc, c.x, c.y, truth);
      grow(&b);
      break;
    }
    case JIT_GUARD_VALUE:
      if (rw->out->vals[y].kind == JIT_V_CONST) narrow(&b, x, rw->out->vals[y].c.i, rw->out->vals[y].c.i);
      break;
    default:
      if (n->res >= 0 && (jit_opinfos[opc].flags & JIT_F_CMP)) { res.lo = 0; res.hi = 1; }
      break;
    }
    if (n->res >= 0 && rw->out->vals[n->res].type == JIT_INT) {
      b.r[n->res] = res;
      if (opc >= JIT_INT_LT && opc <= JIT_INT_IS_ZERO) { b.cmp[n->res].opc = opc; b.cmp[n->res].x = x; b.cmp[n->res].y = y; }
    }
  }
  free(b.r); free(b.cmp);
  return jit_rw_finish(rw);
}
