/* opt_virtuals.c: allocation removal. An allocation (new, new_with_vtable, new_array of a
 * small constant length) becomes a virtual object: its fields are tracked as values and its
 * reads and writes disappear. A virtual that escapes (stored into a real object, passed to a
 * call, jump, label or finish, or used in a way the pass does not model) is forced: the
 * allocation and the writes of its current fields are emitted at that point. Guards whose fail
 * arguments reach virtuals describe them in their resume data ({v0: S(x=i1)}), so a failing
 * guard rebuilds the objects. Narrow integer fields only hold constants while virtual.
 * Around a loop: a struct that is virtual both where the loop is entered and at the jump
 * (typically after peeling) travels through the label as its fields, so the loop allocates
 * nothing; the pass runs once to find such parameters and again to rewrite the label. */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>

#define VIT(k) (-(k) - 2)          /* field item: virtual k */
#define IS_VIT(x) ((x) <= -2)
#define VIT_K(x) (-(x) - 2)
#define NONE (-1)

typedef struct {
  jit_descr_kind kind;       /* JIT_D_STRUCT or JIT_D_ARRAY */
  const void *descr;
  int n;
  int32_t *items;            /* new value, VIT(k) or NONE */
  int32_t forced;            /* new value once forced, else -1 */
  int line;
} jit_vobj;

typedef struct {
  jit_rewriter rw;
  const jit_trace *in;
  int *vmap;                 /* old value -> virtual index + 1, 0 if not virtual */
  jit_vobj *v; int nv, capv;
} jit_virt;

static int vk(jit_virt *V, int32_t old) {
  int k = V->vmap[old] - 1;
  return k >= 0 && V->v[k].forced < 0 ? k : -1;
}

static int32_t force(jit_virt *V, int k);

static int32_t item_value(jit_virt *V, int32_t it) {
  if (IS_VIT(it)) return force(V, VIT_K(it));
  return it;
}

static int32_t force(jit_virt *V, int k) {
  jit_vobj *o = &V->v[k];
  if (o->forced >= 0) return o->forced;
  jit_trace *out = V->rw.out;
  jit_op *n;
  if (o->kind == JIT_D_STRUCT) {
    const jit_struct *s = o->descr;
    n = jit_emit_op(out, s->vtable ? JIT_NEW_WITH_VTABLE : JIT_NEW, 0, NULL, JIT_D_STRUCT, (void *)s);
  } else {
    int32_t len = jit_const_int(out, o->n);
    n = jit_emit_op(out, JIT_NEW_ARRAY, 1, &len, JIT_D_ARRAY, (void *)o->descr);
  }
  n->line = o->line;
  o->forced = n->res;
  for (int j = 0; j < o->n; j++) {
    if (o->items[j] == NONE) continue;
    int32_t val = item_value(V, o->items[j]);
    o = &V->v[k];            /* V->v may not move, but keep the access fresh */
    jit_op *w;
    if (o->kind == JIT_D_STRUCT) {
      const jit_struct *s = o->descr;
      int32_t args[2] = { o->forced, val };
      w = jit_emit_op(out, JIT_SETFIELD, 2, args, JIT_D_FIELD, (void *)&s->fields[j]);
    } else {
      int32_t args[3] = { o->forced, jit_const_int(out, j), val };
      w = jit_emit_op(out, JIT_SETARRAYITEM, 3, args, JIT_D_ARRAY, (void *)o->descr);
    }
    w->line = o->line;
  }
  return o->forced;
}

/* New value for old value, forcing a virtual. */
static int32_t arg(jit_virt *V, int32_t old) {
  int k = V->vmap[old] - 1;
  if (k >= 0) { int32_t f = force(V, k); V->rw.map[old] = f; return f; }
  return jit_rw_get(&V->rw, old);
}

/* Item for old value: VIT for unforced virtuals, else the new value. */
static int32_t item_of(jit_virt *V, int32_t old) {
  int k = vk(V, old);
  if (k >= 0) return VIT(k);
  return arg(V, old);
}

static int new_virtual(jit_virt *V, jit_descr_kind kind, const void *descr, int n, int line) {
  if (V->nv == V->capv) { V->capv = V->capv ? V->capv * 2 : 64; V->v = realloc(V->v, sizeof(jit_vobj) * V->capv); }
  jit_vobj *o = &V->v[V->nv];
  o->kind = kind; o->descr = descr; o->n = n; o->forced = -1; o->line = line;
  o->items = jit_arena_alloc(&V->rw.out->arena, sizeof(int32_t) * (n ? n : 1));
  for (int j = 0; j < n; j++) o->items[j] = NONE;
  return V->nv++;
}

static int32_t zero_of(jit_trace *o, jit_type t) {
  int32_t v = jit_new_value(o, t, JIT_V_CONST, -1);
  o->vals[v].c.i = 0;
  return v;
}

/* Truncates a constant to a narrow int field size; returns false if v is not a constant. */
static bool narrow_const(jit_trace *o, int32_t v, int size, int32_t *out) {
  if (o->vals[v].kind != JIT_V_CONST) return false;
  int64_t c = o->vals[v].c.i;
  switch (size) { case 1: c = (int8_t)c; break; case 2: c = (int16_t)c; break; case 4: c = (int32_t)c; break; }
  *out = jit_const_int(o, c);
  return true;
}

/* Emits a guard with fail arguments translated: virtuals become resume descriptions. */
static void emit_guard(jit_virt *V, const jit_op *op) {
  int32_t args[2];
  for (int j = 0; j < op->nargs; j++) args[j] = arg(V, op->args[j]);
  /* virtuals reachable from the fail arguments, numbered in discovery order */
  int *num = malloc(sizeof(int) * (V->nv + 1));
  for (int k = 0; k < V->nv; k++) num[k] = -1;
  int order[64]; int norder = 0;
  int32_t fail[1024];
  int nfail = op->nfail < 0 ? 0 : op->nfail;
  bool overflow = false;
  for (int j = 0; j < nfail; j++) {
    int32_t it = op->fail[j];
    int k = it >= 0 ? vk(V, it) : -1;
    if (it < 0) { fail[j] = it; continue; }
    if (k < 0) { fail[j] = arg(V, it); continue; }
    if (num[k] < 0) { if (norder == 64) { overflow = true; break; } num[k] = norder; order[norder++] = k; }
    fail[j] = JIT_VIRT_ITEM(num[k]);
  }
  for (int q = 0; q < norder && !overflow; q++) {
    jit_vobj *o = &V->v[order[q]];
    for (int j = 0; j < o->n; j++) {
      if (!IS_VIT(o->items[j])) continue;
      int k = VIT_K(o->items[j]);
      if (V->v[k].forced >= 0) continue;
      if (num[k] < 0) { if (norder == 64) { overflow = true; break; } num[k] = norder; order[norder++] = k; }
    }
  }
  if (overflow) {
    /* too many virtuals for one guard: force them all instead */
    for (int j = 0; j < nfail; j++) fail[j] = op->fail[j] >= 0 ? arg(V, op->fail[j]) : op->fail[j];
    norder = 0;
  }
  jit_virtual virts[64];
  for (int q = 0; q < norder; q++) {
    jit_vobj *o = &V->v[order[q]];
    virts[q].kind = o->kind; virts[q].descr = (void *)o->descr; virts[q].n = o->n;
    virts[q].items = jit_arena_alloc(&V->rw.out->arena, sizeof(int32_t) * (o->n ? o->n : 1));
    for (int j = 0; j < o->n; j++) {
      int32_t it = o->items[j];
      if (it == NONE) virts[q].items[j] = JIT_ITEM_NONE;
      else if (IS_VIT(it) && V->v[VIT_K(it)].forced < 0) virts[q].items[j] = JIT_VIRT_ITEM(num[VIT_K(it)]);
      else virts[q].items[j] = IS_VIT(it) ? V->v[VIT_K(it)].forced : it;
    }
  }
  free(num);
  jit_op *n = jit_rw_emit(&V->rw, op, op->opc, op->nargs, args);
  if (op->nfail < 0) { n->nfail = -1; return; }
  if (op->nvirt) {
    /* the input already had resume virtuals: keep them (leaves mapped, forcing ours) */
    jit_virtual iv[64];
    for (int q = 0; q < op->nvirt; q++) {
      iv[q] = op->virts[q];
      iv[q].items = jit_arena_alloc(&V->rw.out->arena, sizeof(int32_t) * (iv[q].n ? iv[q].n : 1));
      for (int j = 0; j < iv[q].n; j++) {
        int32_t it = op->virts[q].items[j];
        iv[q].items[j] = it >= 0 ? arg(V, it) : it;
      }
    }
    for (int j = 0; j < nfail; j++) if (op->fail[j] >= 0) fail[j] = arg(V, op->fail[j]);
    jit_set_fail(V->rw.out, n, nfail, fail, op->nvirt, iv);
    return;
  }
  jit_set_fail(V->rw.out, n, nfail, fail, norder, virts);
}

/* Field values of struct virtual k (zero constants for unset fields, nested virtuals forced). */
static void field_values(jit_virt *V, int k, int32_t *out) {
  const jit_struct *s = V->v[k].descr;
  for (int j = 0; j < s->nfields; j++) {
    int32_t it = V->v[k].items[j];
    out[j] = it == NONE ? zero_of(V->rw.out, s->fields[j].type) : item_value(V, it);
  }
}

static const void *virtual_struct(jit_virt *V, int32_t old) {
  int k = vk(V, old);
  return k >= 0 && V->v[k].kind == JIT_D_STRUCT ? V->v[k].descr : NULL;
}

static bool reaches(jit_virt *V, int from, int target, char *seen) {
  if (from == target) return true;
  if (seen[from]) return false;
  seen[from] = 1;
  for (int j = 0; j < V->v[from].n; j++) {
    int32_t it = V->v[from].items[j];
    if (IS_VIT(it) && V->v[VIT_K(it)].forced < 0 && reaches(V, VIT_K(it), target, seen)) return true;
  }
  return false;
}

/* Can argument `which` of a label or jump (a virtual struct) travel as its fields instead?
 * Only if its identity cannot be observed: it appears once among the arguments, holds no other
 * virtual, and no other virtual argument reaches it (materializing that one would otherwise
 * make a second copy of it). */
static bool explodable(jit_virt *V, const jit_op *op, int which) {
  int k = vk(V, op->args[which]);
  if (k < 0 || V->v[k].kind != JIT_D_STRUCT) return false;
  for (int j = 0; j < V->v[k].n; j++) {
    int32_t it = V->v[k].items[j];
    if (IS_VIT(it) && V->v[VIT_K(it)].forced < 0) return false;
  }
  char *seen = calloc(V->nv + 1, 1);
  bool ok = true;
  for (int j = 0; j < op->nargs && ok; j++) {
    int kj = j == which ? -1 : vk(V, op->args[j]);
    if (kj < 0) continue;
    memset(seen, 0, V->nv + 1);
    if (reaches(V, kj, k, seen)) ok = false;
  }
  free(seen);
  return ok;
}

/* The loop label with exploded parameters: parameter k whose value is a virtual struct both on
 * entry and at the jump is replaced by one parameter per field. */
static void emit_label(jit_virt *V, const jit_op *op, const void **explode, const void **seen_label) {
  int32_t *args = malloc(sizeof(int32_t) * (64 * (size_t)op->nargs + 1));
  jit_type *types = malloc(sizeof(jit_type) * (64 * (size_t)op->nargs + 1));
  bool *ok = malloc(op->nargs + 1);
  for (int k = 0; k < op->nargs; k++) ok[k] = explodable(V, op, k);
  int n = 0;
  for (int k = 0; k < op->nargs; k++) {
    if (seen_label) seen_label[k] = ok[k] ? virtual_struct(V, op->args[k]) : NULL;
    const jit_struct *s = explode ? explode[k] : NULL;
    if (s && ok[k] && virtual_struct(V, op->args[k]) == s) {
      field_values(V, vk(V, op->args[k]), args + n);
      for (int j = 0; j < s->nfields; j++) types[n + j] = s->fields[j].type;
      n += s->nfields;
    } else {
      if (explode) explode[k] = NULL;
      args[n] = arg(V, op->args[k]);
      types[n++] = V->in->vals[op->args[k]].type;
    }
  }
  jit_op *nl = jit_rw_emit(&V->rw, op, JIT_LABEL, n, args);
  nl->nparams = n;
  nl->params = jit_arena_alloc(&V->rw.out->arena, sizeof(int32_t) * (n ? n : 1));
  int li = V->rw.out->nops - 1;
  for (int j = 0; j < n; j++) nl->params[j] = jit_new_value(V->rw.out, types[j], JIT_V_PARAM, li);
  free(args); free(types); free(ok);
  int m = 0;
  for (int k = 0; k < op->nparams; k++) {
    const jit_struct *s = explode ? explode[k] : NULL;
    if (s) {
      int vkk = new_virtual(V, JIT_D_STRUCT, s, s->nfields, op->line);
      for (int j = 0; j < s->nfields; j++) V->v[vkk].items[j] = V->rw.out->ops[li].params[m + j];
      V->vmap[op->params[k]] = vkk + 1;
      m += s->nfields;
    } else {
      V->rw.map[op->params[k]] = V->rw.out->ops[li].params[m++];
    }
  }
}

static void emit_jump(jit_virt *V, const jit_op *op, const void **explode, const void **seen_jump, bool *failed) {
  int32_t *args = malloc(sizeof(int32_t) * (64 * (size_t)op->nargs + 1));
  bool *ok = malloc(op->nargs + 1);
  for (int k = 0; k < op->nargs; k++) ok[k] = explodable(V, op, k);
  int n = 0;
  for (int k = 0; k < op->nargs; k++) {
    if (seen_jump) seen_jump[k] = ok[k] ? virtual_struct(V, op->args[k]) : NULL;
    const jit_struct *s = explode ? explode[k] : NULL;
    if (s && ok[k] && virtual_struct(V, op->args[k]) == s) {
      field_values(V, vk(V, op->args[k]), args + n);
      n += s->nfields;
    } else if (s) {
      /* cannot travel as fields here (its identity is observable): the caller drops this
       * parameter from the exploded set and runs the pass again; keep the shape meanwhile */
      failed[k] = true;
      int32_t obj = arg(V, op->args[k]);
      for (int j = 0; j < s->nfields; j++) {
        int opc = s->fields[j].type == JIT_FLOAT ? JIT_GETFIELD_F : s->fields[j].type == JIT_REF ? JIT_GETFIELD_R : JIT_GETFIELD_I;
        jit_op *g = jit_emit_op(V->rw.out, opc, 1, &obj, JIT_D_FIELD, (void *)&s->fields[j]);
        g->line = op->line;
        args[n++] = g->res;
      }
    } else {
      args[n++] = arg(V, op->args[k]);
    }
  }
  jit_rw_emit(&V->rw, op, JIT_JUMP, n, args);
  free(args); free(ok);
}

static jit_trace *run(const jit_trace *t, const void **explode, const void **seen_label, const void **seen_jump,
                      bool *failed) {
  jit_virt V;
  memset(&V, 0, sizeof V);
  V.in = t;
  jit_rw_init(&V.rw, t);
  V.vmap = calloc(t->nvals + 1, sizeof(int));
  jit_trace *out = V.rw.out;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    const int32_t *a = op->args;
    switch (op->opc) {
    case JIT_NEW: case JIT_NEW_WITH_VTABLE: {
      const jit_struct *s = op->descr;
      V.vmap[op->res] = new_virtual(&V, JIT_D_STRUCT, s, s->nfields, op->line) + 1;
      continue;
    }
    case JIT_NEW_ARRAY: {
      int64_t n;
      if (jit_const_i(t, a[0], &n) && n >= 0 && n <= 64) {
        V.vmap[op->res] = new_virtual(&V, JIT_D_ARRAY, op->descr, (int)n, op->line) + 1;
        continue;
      }
      break;
    }
    case JIT_SETFIELD: {
      int k = vk(&V, a[0]);
      if (k < 0) break;
      const jit_field *f = op->descr;
      int32_t it = item_of(&V, a[1]);
      if (f->type == JIT_INT && f->size < 8) {
        int32_t c;
        if (!narrow_const(out, it, f->size, &c)) break;      /* force and write for real */
        it = c;
      }
      V.v[k].items[f->index] = it;
      continue;
    }
    case JIT_GETFIELD_I: case JIT_GETFIELD_F: case JIT_GETFIELD_R: {
      int k = vk(&V, a[0]);
      if (k < 0) break;
      const jit_field *f = op->descr;
      int32_t it = V.v[k].items[f->index];
      if (it == NONE) V.rw.map[op->res] = zero_of(out, f->type);
      else if (IS_VIT(it) && V.v[VIT_K(it)].forced < 0) V.vmap[op->res] = VIT_K(it) + 1;
      else V.rw.map[op->res] = item_value(&V, it);
      continue;
    }
    case JIT_SETARRAYITEM: case JIT_GETARRAYITEM_I: case JIT_GETARRAYITEM_F: case JIT_GETARRAYITEM_R: {
      int k = vk(&V, a[0]);
      int64_t idx;
      if (k < 0 || !jit_const_i(t, a[1], &idx) || idx < 0 || idx >= V.v[k].n) break;
      const jit_array *ad = op->descr;
      if (op->opc == JIT_SETARRAYITEM) {
        int32_t it = item_of(&V, a[2]);
        if (ad->type == JIT_INT && ad->itemsize < 8) {
          int32_t c;
          if (!narrow_const(out, it, ad->itemsize, &c)) break;
          it = c;
        }
        V.v[k].items[idx] = it;
      } else {
        int32_t it = V.v[k].items[idx];
        if (it == NONE) V.rw.map[op->res] = zero_of(out, ad->type);
        else if (IS_VIT(it) && V.v[VIT_K(it)].forced < 0) V.vmap[op->res] = VIT_K(it) + 1;
        else V.rw.map[op->res] = item_value(&V, it);
      }
      continue;
    }
    case JIT_ARRAYLEN: {
      int k = vk(&V, a[0]);
      if (k < 0) break;
      V.rw.map[op->res] = jit_const_int(out, V.v[k].n);
      continue;
    }
    case JIT_GUARD_CLASS: {
      int k = vk(&V, a[0]);
      int64_t c;
      if (k >= 0 && V.v[k].kind == JIT_D_STRUCT && jit_const_i(t, a[1], &c) &&
          ((const jit_struct *)V.v[k].descr)->vtable == c) continue;
      break;
    }
    case JIT_GUARD_NONNULL:
      if (vk(&V, a[0]) >= 0) continue;
      break;
    case JIT_PTR_EQ: case JIT_PTR_NE: {
      int k0 = vk(&V, a[0]), k1 = vk(&V, a[1]);
      if (k0 < 0 && k1 < 0) break;
      bool eq = k0 == k1;
      V.rw.map[op->res] = jit_const_int(out, op->opc == JIT_PTR_EQ ? eq : !eq);
      continue;
    }
    case JIT_SAME_AS_R: {
      int k = vk(&V, a[0]);
      if (k >= 0) { V.vmap[op->res] = k + 1; continue; }
      break;
    }
    }
    if (jit_opinfos[op->opc].flags & JIT_F_GUARD) { emit_guard(&V, op); continue; }
    if (op->opc == JIT_LABEL) { emit_label(&V, op, explode, seen_label); continue; }
    if (op->opc == JIT_JUMP && jit_find_label(t) >= 0) { emit_jump(&V, op, explode, seen_jump, failed); continue; }
    /* anything else: virtual arguments escape */
    for (int j = 0; j < op->nargs; j++) arg(&V, a[j]);
    jit_rw_copy(&V.rw, op);
  }
  free(V.vmap);
  free(V.v);
  return jit_rw_finish(&V.rw);
}

jit_trace *jit_opt_virtuals(const jit_trace *t) {
  int li = jit_find_label(t);
  int n = li >= 0 ? t->ops[li].nargs : 0;
  bool *failed = calloc(n + 1, 1);
  if (li < 0) { jit_trace *out = run(t, NULL, NULL, NULL, failed); free(failed); return out; }
  const void **sl = calloc(n + 1, sizeof(void *)), **sj = calloc(n + 1, sizeof(void *));
  const void **ex = calloc(n + 1, sizeof(void *));
  jit_trace *out = run(t, NULL, sl, sj, failed);
  bool any = false;
  for (int k = 0; k < n; k++) if (sl[k] && sl[k] == sj[k]) { ex[k] = sl[k]; any = true; }
  /* explode what was a virtual both on entry and at the jump; if that turns out to be
   * impossible for some parameter (see explodable), drop it and try again */
  while (any) {
    const void **exk = calloc(n + 1, sizeof(void *));
    memcpy(exk, ex, sizeof(void *) * n);
    memset(failed, 0, n + 1);
    jit_trace *next = run(t, exk, NULL, NULL, failed);
    free(exk);
    bool bad = false;
    for (int k = 0; k < n; k++) if (failed[k]) { ex[k] = NULL; bad = true; }
    if (!bad) { jit_trace_free(out); out = next; break; }
    jit_trace_free(next);
    any = false;
    for (int k = 0; k < n; k++) if (ex[k]) any = true;
  }
  free(sl); free(sj); free(ex); free(failed);
  return out;
}
