/* opt_heap.c: heap caching. Remembers the last value read from or written to each field and
 * array item (keyed by object value, descriptor and index) and the length of arrays, so that
 * repeated reads and reads after writes become the known value and writes of the value already
 * there disappear. Writes invalidate entries that may alias (two distinct allocations made by
 * the trace never alias); calls that are not pure invalidate everything except immutable
 * fields. Narrow (1/2/4-byte) fields are only cached from reads, since a write truncates. */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

#define LEN_KEY INT32_MIN
typedef struct { int32_t obj; const void *descr; int32_t idx; int32_t val; bool immut; } jit_hentry;

typedef struct {
  jit_rewriter rw;
  jit_hentry *e; int n, cap;
  bool *fresh; int freshcap;
} jit_heap;

static bool is_fresh(jit_heap *h, int32_t v) { return v < h->freshcap && h->fresh[v]; }
static void set_fresh(jit_heap *h, int32_t v) {
  if (v >= h->freshcap) {
    int nc = v * 2 + 16;
    h->fresh = realloc(h->fresh, nc);
    memset(h->fresh + h->freshcap, 0, nc - h->freshcap);
    h->freshcap = nc;
  }
  h->fresh[v] = true;
}

/* Index keys: constants by value (encoded as a large negative range would clash, so compare values). */
static bool same_idx(jit_heap *h, int32_t a, int32_t b) {
  if (a == b) return true;
  if (a == LEN_KEY || b == LEN_KEY) return false;
  const jit_trace *o = h->rw.out;
  return o->vals[a].kind == JIT_V_CONST && o->vals[b].kind == JIT_V_CONST && o->vals[a].c.i == o->vals[b].c.i;
}
static bool idx_differ(jit_heap *h, int32_t a, int32_t b) {
  const jit_trace *o = h->rw.out;
  if (a == LEN_KEY || b == LEN_KEY) return a != b;
  return o->vals[a].kind == JIT_V_CONST && o->vals[b].kind == JIT_V_CONST && o->vals[a].c.i != o->vals[b].c.i;
}
static bool may_alias(jit_heap *h, int32_t a, int32_t b) { return a == b || !(is_fresh(h, a) && is_fresh(h, b)); }

static jit_hentry *find(jit_heap *h, int32_t obj, const void *d, int32_t idx) {
  for (int i = h->n - 1; i >= 0; i--)
    if (h->e[i].obj == obj && h->e[i].descr == d && same_idx(h, h->e[i].idx, idx)) return &h->e[i];
  return NULL;
}

static void put(jit_heap *h, int32_t obj, const void *d, int32_t idx, int32_t val, bool immut) {
  jit_hentry *x = find(h, obj, d, idx);
  if (!x) {
    if (h->n == h->cap) {
      if (h->cap >= 512) { memmove(h->e, h->e + 1, sizeof(jit_hentry) * (h->n - 1)); h->n--; }
      else { h->cap = h->cap ? h->cap * 2 : 32; h->e = realloc(h->e, sizeof(jit_hentry) * h->cap); }
    }
    x = &h->e[h->n++];
  }
  x->obj = obj; x->descr = d; x->idx = idx; x->val = val; x->immut = immut;
}

static void remove_if_alias(jit_heap *h, int32_t obj, const void *d, int32_t idx, bool keep_same_obj_other_idx) {
  int k = 0;
  for (int i = 0; i < h->n; i++) {
    jit_hentry *x = &h->e[i];
    bool kill = x->descr == d && may_alias(h, x->obj, obj);
    if (kill && keep_same_obj_other_idx && x->obj == obj && idx_differ(h, x->idx, idx)) kill = false;
    if (kill && x->idx == LEN_KEY) kill = false;     /* lengths never change */
    if (!kill) h->e[k++] = *x;
  }
  h->n = k;
}

static int32_t zero_of(jit_trace *o, jit_type t) {
  int32_t v = jit_new_value(o, t, JIT_V_CONST, -1);
  o->vals[v].c.i = 0;
  return v;
}

jit_trace *jit_opt_heap(const jit_trace *t) {
  jit_heap h;
  memset(&h, 0, sizeof h);
  jit_rw_init(&h.rw, t);
  jit_rewriter *rw = &h.rw;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    int32_t a0 = op->nargs > 0 && op->opc != JIT_LABEL ? jit_rw_get(rw, op->args[0]) : -1;
    switch (op->opc) {
    case JIT_GETFIELD_I: case JIT_GETFIELD_F: case JIT_GETFIELD_R: {
      const jit_field *f = op->descr;
      jit_hentry *x = find(&h, a0, f, 0);
      if (x) { rw->map[op->res] = x->val; continue; }
      jit_op *n = jit_rw_copy(rw, op);
      put(&h, a0, f, 0, n->res, f->immutable);
      continue;
    }
    case JIT_SETFIELD: {
      const jit_field *f = op->descr;
      int32_t v = jit_rw_get(rw, op->args[1]);
      jit_hentry *x = find(&h, a0, f, 0);
      if (x && x->val == v) continue;
      jit_rw_copy(rw, op);
      remove_if_alias(&h, a0, f, 0, false);
      if (f->type != JIT_INT || f->size == 8) put(&h, a0, f, 0, v, f->immutable);
      continue;
    }
    case JIT_GETARRAYITEM_I: case JIT_GETARRAYITEM_F: case JIT_GETARRAYITEM_R: {
      int32_t idx = jit_rw_get(rw, op->args[1]);
      jit_hentry *x = find(&h, a0, op->descr, idx);
      if (x) { rw->map[op->res] = x->val; continue; }
      jit_op *n = jit_rw_copy(rw, op);
      put(&h, a0, op->descr, idx, n->res, false);
      continue;
    }
    case JIT_SETARRAYITEM: {
      const jit_array *ad = op->descr;
      int32_t idx = jit_rw_get(rw, op->args[1]), v = jit_rw_get(rw, op->args[2]);
      jit_hentry *x = find(&h, a0, ad, idx);
      if (x && x->val == v) continue;
      jit_rw_copy(rw, op);
      remove_if_alias(&h, a0, ad, idx, true);
      if (ad->type != JIT_INT || ad->itemsize == 8) put(&h, a0, ad, idx, v, false);
      continue;
    }
    case JIT_ARRAYLEN: {
      jit_hentry *x = find(&h, a0, op->descr, LEN_KEY);
      if (x) { rw->map[op->res] = x->val; continue; }
      jit_op *n = jit_rw_copy(rw, op);
      put(&h, a0, op->descr, LEN_KEY, n->res, true);
      continue;
    }
    case JIT_NEW: case JIT_NEW_WITH_VTABLE: {
      jit_op *n = jit_rw_copy(rw, op);
      set_fresh(&h, n->res);
      const jit_struct *s = op->descr;
      for (int k = 0; k < s->nfields; k++) put(&h, n->res, &s->fields[k], 0, zero_of(rw->out, s->fields[k].type), s->fields[k].immutable);
      continue;
    }
    case JIT_NEW_ARRAY: {
      jit_op *n = jit_rw_copy(rw, op);
      set_fresh(&h, n->res);
      put(&h, n->res, op->descr, LEN_KEY, a0, true);
      continue;
    }
    case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R: case JIT_CALL_N:
      if (!(((jit_calldescr *)op->descr)->flags & JIT_CALL_PURE)) {
        int k = 0;
        for (int j = 0; j < h.n; j++) if (h.e[j].immut) h.e[k++] = h.e[j];
        h.n = k;
      }
      break;
    case JIT_LABEL:
      h.n = 0;
      break;
    }
    jit_rw_copy(rw, op);
  }
  free(h.e); free(h.fresh);
  return jit_rw_finish(rw);
}
