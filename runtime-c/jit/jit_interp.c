/* jit_interp.c: the reference interpreter for traces. Straightforward and checked: it reports
 * null dereferences, out-of-bounds indices and runaway loops as errors instead of crashing, so
 * that jitrun only runs compiled code on traces the interpreter defines. */
#include "jit_interp.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Objects carry a hidden header word before their data: the descriptor (struct or array). */
typedef struct { int kind; const void *descr; } jit_objhdr;

void *jit_new_struct(const jit_struct *s) {
  char *p = jit_heap_alloc(s->size + 16);
  jit_objhdr *h = (jit_objhdr *)p;
  h->kind = JIT_D_STRUCT; h->descr = s;
  p += 16;
  if (s->vtable) *(int64_t *)p = s->vtable;
  return p;
}

void *jit_new_array(const jit_array *a, int64_t len) {
  if (len < 0) len = 0;
  char *p = jit_heap_alloc(16 + 8 + (size_t)len * a->itemsize);
  jit_objhdr *h = (jit_objhdr *)p;
  h->kind = JIT_D_ARRAY; h->descr = a;
  p += 16;
  *(int64_t *)p = len;
  return p;
}

int64_t jit_load(const void *addr, jit_type t, int size) {
  if (t != JIT_INT) { int64_t v; memcpy(&v, addr, 8); return v; }
  switch (size) {
  case 1: return *(const int8_t *)addr;
  case 2: { int16_t v; memcpy(&v, addr, 2); return v; }
  case 4: { int32_t v; memcpy(&v, addr, 4); return v; }
  }
  int64_t v; memcpy(&v, addr, 8); return v;
}

void jit_store(void *addr, jit_type t, int size, int64_t bits) {
  if (t != JIT_INT) { memcpy(addr, &bits, 8); return; }
  switch (size) {
  case 1: *(int8_t *)addr = (int8_t)bits; return;
  case 2: { int16_t v = (int16_t)bits; memcpy(addr, &v, 2); return; }
  case 4: { int32_t v = (int32_t)bits; memcpy(addr, &v, 4); return; }
  }
  memcpy(addr, &bits, 8);
}

static double fbits(int64_t b) { double d; memcpy(&d, &b, 8); return d; }
static int64_t bitsf(double d) { int64_t b; memcpy(&b, &d, 8); return b; }

typedef struct { int64_t *regs; } leafctx;
static int64_t leaf_regs(void *ctx, int32_t v) { return ((leafctx *)ctx)->regs[v]; }

void jit_resume_values(const jit_trace *t, const jit_op *g, jit_leaf_fn get, void *ctx, int64_t *out, jit_type *types) {
  int64_t objs[64];
  for (int k = 0; k < g->nvirt; k++) {
    const jit_virtual *v = &g->virts[k];
    objs[k] = v->kind == JIT_D_STRUCT ? (int64_t)(intptr_t)jit_new_struct(v->descr)
                                      : (int64_t)(intptr_t)jit_new_array(v->descr, v->n);
  }
  for (int k = 0; k < g->nvirt; k++) {
    const jit_virtual *v = &g->virts[k];
    char *base = (char *)(intptr_t)objs[k];
    for (int j = 0; j < v->n; j++) {
      int32_t it = v->items[j];
      if (it == JIT_ITEM_NONE) continue;
      int64_t bits = it < 0 ? objs[JIT_ITEM_VIRT(it)] : get(ctx, it);
      if (v->kind == JIT_D_STRUCT) {
        const jit_field *fd = &((jit_struct *)v->descr)->fields[j];
        jit_store(base + fd->offset, fd->type, fd->size, bits);
      } else {
        const jit_array *a = v->descr;
        jit_store(base + 8 + (size_t)j * a->itemsize, a->type, a->itemsize, bits);
      }
    }
  }
  for (int i = 0; i < g->nfail; i++) {
    int32_t it = g->fail[i];
    if (it < 0) { out[i] = objs[JIT_ITEM_VIRT(it)]; types[i] = JIT_REF; }
    else { out[i] = get(ctx, it); types[i] = t->vals[it].type; }
  }
}

/* Evaluates a pure operation on raw bits; false if opc is not a pure value operation. Shared
 * with the optimizer's constant folding so that both agree on every corner case. */
bool jit_eval_pure(int opc, int64_t x, int64_t y, int64_t *out) {
  uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
  int64_t res = 0;
  switch (opc) {
    case JIT_INT_ADD: res = (int64_t)(ux + uy); break;
    case JIT_INT_SUB: res = (int64_t)(ux - uy); break;
    case JIT_INT_MUL: res = (int64_t)(ux * uy); break;
    case JIT_INT_AND: res = x & y; break;
    case JIT_INT_OR: res = x | y; break;
    case JIT_INT_XOR: res = x ^ y; break;
    case JIT_INT_LSHIFT: res = (int64_t)(ux << (y & 63)); break;
    case JIT_INT_RSHIFT: res = x >> (y & 63); break;
    case JIT_UINT_RSHIFT: res = (int64_t)(ux >> (y & 63)); break;
    case JIT_INT_FLOORDIV: res = jit_helper_floordiv(x, y); break;
    case JIT_INT_MOD: res = jit_helper_mod(x, y); break;
    case JIT_INT_LT: res = x < y; break;
    case JIT_INT_LE: res = x <= y; break;
    case JIT_INT_EQ: res = x == y; break;
    case JIT_INT_NE: res = x != y; break;
    case JIT_INT_GT: res = x > y; break;
    case JIT_INT_GE: res = x >= y; break;
    case JIT_UINT_LT: res = ux < uy; break;
    case JIT_UINT_LE: res = ux <= uy; break;
    case JIT_UINT_GT: res = ux > uy; break;
    case JIT_UINT_GE: res = ux >= uy; break;
    case JIT_INT_NEG: res = (int64_t)(0 - ux); break;
    case JIT_INT_INVERT: res = ~x; break;
    case JIT_INT_IS_TRUE: res = x != 0; break;
    case JIT_INT_IS_ZERO: res = x == 0; break;
    case JIT_FLOAT_ADD: res = bitsf(fbits(x) + fbits(y)); break;
    case JIT_FLOAT_SUB: res = bitsf(fbits(x) - fbits(y)); break;
    case JIT_FLOAT_MUL: res = bitsf(fbits(x) * fbits(y)); break;
    case JIT_FLOAT_TRUEDIV: res = bitsf(fbits(x) / fbits(y)); break;
    case JIT_FLOAT_NEG: res = (int64_t)(ux ^ 0x8000000000000000ull); break;
    case JIT_FLOAT_ABS: res = (int64_t)(ux & 0x7fffffffffffffffull); break;
    case JIT_FLOAT_LT: res = fbits(x) < fbits(y); break;
    case JIT_FLOAT_LE: res = fbits(x) <= fbits(y); break;
    case JIT_FLOAT_EQ: res = fbits(x) == fbits(y); break;
    case JIT_FLOAT_NE: res = fbits(x) != fbits(y); break;
    case JIT_FLOAT_GT: res = fbits(x) > fbits(y); break;
    case JIT_FLOAT_GE: res = fbits(x) >= fbits(y); break;
    case JIT_CAST_INT_TO_FLOAT: res = bitsf((double)x); break;
    case JIT_CAST_FLOAT_TO_INT: res = jit_helper_float_to_int(fbits(x)); break;
    case JIT_SAME_AS_I: case JIT_SAME_AS_F: case JIT_SAME_AS_R: res = x; break;
    case JIT_PTR_EQ: res = x == y; break;
    case JIT_PTR_NE: res = x != y; break;
  default: return false;
  }
  *out = res;
  return true;
}

static int rerr(jit_result *r, const jit_trace *t, const jit_op *op, const char *msg) {
  r->kind = JIT_EXIT_ERROR;
  snprintf(r->error, sizeof r->error, "%s:%d: %s (%s)", t->filename, op->line, msg,
           op->opc < JIT_NUM_OPS ? jit_opinfos[op->opc].name : "?");
  return -1;
}

/* Executes ops of t from pc; returns when the trace exits. On jump in a bridge, *t_io is switched. */
void jit_interp_run(const jit_program *p, const int64_t *inputs, jit_result *r, long step_limit) {
  memset(r, 0, sizeof *r);
  const jit_trace *t = p->loop;
  int label = jit_find_label(t);     /* of the current trace */
  int64_t *regs = calloc(t->nvals ? t->nvals : 1, 8);
  for (int i = 0; i < t->nvals; i++) if (t->vals[i].kind == JIT_V_CONST) regs[i] = t->vals[i].c.i;
  for (int i = 0; i < t->ninputs; i++) regs[t->inputs[i]] = inputs[i];
  int cur = 0;               /* 0 = loop, k = bridge k-1 */
  int pc = 0;
  long steps = 0;
  bool ovf = false;
  jit_exc_value = 0;
  for (;;) {
    if (++steps > step_limit) { r->kind = JIT_EXIT_ERROR; snprintf(r->error, sizeof r->error, "step limit reached (runaway loop?)"); break; }
    const jit_op *op = &t->ops[pc];
    const int32_t *a = op->args;
    int64_t x = op->nargs > 0 ? regs[a[0]] : 0, y = op->nargs > 1 ? regs[a[1]] : 0;
    int64_t res = 0;
    bool fail = false;
    pc++;
    switch (op->opc) {
    case JIT_INT_ADD_OVF: ovf = __builtin_add_overflow(x, y, &res); break;
    case JIT_INT_SUB_OVF: ovf = __builtin_sub_overflow(x, y, &res); break;
    case JIT_INT_MUL_OVF: ovf = __builtin_mul_overflow(x, y, &res); break;
    case JIT_GUARD_TRUE: fail = !x; break;
    case JIT_GUARD_FALSE: fail = x != 0; break;
    case JIT_GUARD_VALUE: fail = x != y; break;
    case JIT_GUARD_CLASS:
      if (!x) { rerr(r, t, op, "null dereference"); goto out; }
      fail = *(int64_t *)(intptr_t)x != y; break;
    case JIT_GUARD_NONNULL: fail = !x; break;
    case JIT_GUARD_ISNULL: fail = x != 0; break;
    case JIT_GUARD_NO_OVERFLOW: fail = ovf; break;
    case JIT_GUARD_OVERFLOW: fail = !ovf; break;
    case JIT_GUARD_NO_EXCEPTION: fail = jit_exc_value != 0; break;
    case JIT_GETFIELD_I: case JIT_GETFIELD_F: case JIT_GETFIELD_R: {
      const jit_field *fd = op->descr;
      if (!x) { rerr(r, t, op, "null dereference"); goto out; }
      res = jit_load((char *)(intptr_t)x + fd->offset, fd->type, fd->size);
      break;
    }
    case JIT_SETFIELD: {
      const jit_field *fd = op->descr;
      if (!x) { rerr(r, t, op, "null dereference"); goto out; }
      jit_store((char *)(intptr_t)x + fd->offset, fd->type, fd->size, y);
      break;
    }
    case JIT_GETARRAYITEM_I: case JIT_GETARRAYITEM_F: case JIT_GETARRAYITEM_R: case JIT_SETARRAYITEM: {
      const jit_array *ad = op->descr;
      if (!x) { rerr(r, t, op, "null dereference"); goto out; }
      int64_t len = *(int64_t *)(intptr_t)x;
      if (y < 0 || y >= len) { rerr(r, t, op, "array index out of bounds"); goto out; }
      char *addr = (char *)(intptr_t)x + 8 + y * ad->itemsize;
      if (op->opc == JIT_SETARRAYITEM) jit_store(addr, ad->type, ad->itemsize, regs[a[2]]);
      else res = jit_load(addr, ad->type, ad->itemsize);
      break;
    }
    case JIT_ARRAYLEN:
      if (!x) { rerr(r, t, op, "null dereference"); goto out; }
      res = *(int64_t *)(intptr_t)x;
      break;
    case JIT_NEW: case JIT_NEW_WITH_VTABLE: res = (int64_t)(intptr_t)jit_new_struct(op->descr); break;
    case JIT_NEW_ARRAY:
      if (x < 0 || x > (1 << 24)) { rerr(r, t, op, "bad array length"); goto out; }
      res = (int64_t)(intptr_t)jit_new_array(op->descr, x);
      break;
    case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R: case JIT_CALL_N: {
      const jit_calldescr *c = op->descr;
      /* test functions take (int64 args..., double args...) in System V order; call through
       * a generic signature: all-int or mixed handled by passing both register classes */
      int64_t ia[8] = {0}; double fa[8] = {0}; int ni = 0, nf = 0;
      for (int i = 0; i < op->nargs; i++) {
        if (c->args[i] == JIT_FLOAT) fa[nf++] = fbits(regs[a[i]]);
        else ia[ni++] = regs[a[i]];
      }
      if (ni > 6 || nf > 8) { rerr(r, t, op, "too many arguments for registers"); goto out; }
      if (c->res == JIT_FLOAT) {
        double (*fn)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, double, double, double, double, double,
                     double, double, double) = (double (*)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, double,
                                                          double, double, double, double, double, double, double))c->fn;
        res = bitsf(fn(ia[0], ia[1], ia[2], ia[3], ia[4], ia[5], fa[0], fa[1], fa[2], fa[3], fa[4], fa[5], fa[6], fa[7]));
      } else {
        int64_t (*fn)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, double, double, double, double, double,
                      double, double, double) = (int64_t (*)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, double,
                                                            double, double, double, double, double, double, double))c->fn;
        res = fn(ia[0], ia[1], ia[2], ia[3], ia[4], ia[5], fa[0], fa[1], fa[2], fa[3], fa[4], fa[5], fa[6], fa[7]);
      }
      break;
    }
    case JIT_LABEL:
      for (int i = 0; i < op->nargs; i++) regs[op->params[i]] = regs[a[i]];
      break;
    case JIT_JUMP: {
      bool from_bridge = cur != 0;
      const jit_trace *lt = from_bridge && p->reentry ? p->reentry : from_bridge ? p->loop : t;
      int64_t *tmp = malloc(8 * (op->nargs + 1));
      for (int i = 0; i < op->nargs; i++) tmp[i] = regs[a[i]];
      if (lt != t) {
        free(regs);
        regs = calloc(lt->nvals ? lt->nvals : 1, 8);
        for (int i = 0; i < lt->nvals; i++) if (lt->vals[i].kind == JIT_V_CONST) regs[i] = lt->vals[i].c.i;
        t = lt; cur = 0;
        label = jit_find_label(t);
      }
      if (from_bridge && p->reentry) {
        for (int i = 0; i < op->nargs; i++) regs[t->inputs[i]] = tmp[i];
        pc = 0;
      } else {
        const jit_op *lab = &t->ops[label];
        for (int i = 0; i < op->nargs; i++) regs[lab->params[i]] = tmp[i];
        pc = label + 1;
      }
      free(tmp);
      break;
    }
    case JIT_FINISH:
      r->kind = JIT_EXIT_FINISH;
      r->trace = cur;
      r->nvals = op->nargs;
      for (int i = 0; i < op->nargs; i++) { r->vals[i] = regs[a[i]]; r->types[i] = t->vals[a[i]].type; }
      goto out;
    default:
      if (!jit_eval_pure(op->opc, x, y, &res)) { rerr(r, t, op, "operation not supported by the interpreter"); goto out; }
      break;
    }
    if (op->res >= 0) regs[op->res] = res;
    if (fail) {
      int64_t vals[JIT_MAX_RESULT]; jit_type types[JIT_MAX_RESULT];
      leafctx lc = { regs };
      jit_resume_values(t, op, leaf_regs, &lc, vals, types);
      const jit_trace *br = NULL;
      int bi = -1;
      for (int b = 0; b < p->nbridges; b++)
        if (p->bridges[b]->bridge_parent == cur - 1 && p->bridges[b]->bridge_of == op->guard_id) { br = p->bridges[b]; bi = b; }
      if (br) {
        free(regs);
        regs = calloc(br->nvals ? br->nvals : 1, 8);
        for (int i = 0; i < br->nvals; i++) if (br->vals[i].kind == JIT_V_CONST) regs[i] = br->vals[i].c.i;
        for (int i = 0; i < br->ninputs; i++) regs[br->inputs[i]] = vals[i];
        t = br; cur = bi + 1; pc = 0;
        label = -1;
        continue;
      }
      r->kind = JIT_EXIT_GUARD;
      r->trace = cur;
      r->guard_id = op->guard_id;
      r->nvals = op->nfail;
      memcpy(r->vals, vals, 8 * op->nfail);
      memcpy(r->types, types, sizeof(jit_type) * op->nfail);
      goto out;
    }
  }
out:
  r->exc = jit_exc_value;
  free(regs);
}

/* ---- printing results by structure ---- */
typedef struct { const void *seen[64]; int n; } jit_seen;

static void print_obj(FILE *f, const jit_descrs *d, jit_type t, int64_t bits, jit_seen *s, int depth) {
  (void)d;
  if (t == JIT_INT) { fprintf(f, "%lld", (long long)bits); return; }
  if (t == JIT_FLOAT) {
    double x = fbits(bits);
    if (isnan(x)) fprintf(f, "nan");
    else fprintf(f, "%.17g", x);
    return;
  }
  if (!bits) { fprintf(f, "NULL"); return; }
  const char *p = (const char *)(intptr_t)bits;
  for (int i = 0; i < s->n; i++) if (s->seen[i] == p) { fprintf(f, "^%d", i); return; }
  if (s->n < 64) s->seen[s->n++] = p;
  const jit_objhdr *h = (const jit_objhdr *)(p - 16);
  if (depth > 4) { fprintf(f, "..."); return; }
  if (h->kind == JIT_D_STRUCT) {
    const jit_struct *st = h->descr;
    fprintf(f, "%s(", st->name);
    for (int i = 0; i < st->nfields; i++) {
      const jit_field *fd = &st->fields[i];
      fprintf(f, "%s%s=", i ? ", " : "", fd->name);
      print_obj(f, d, fd->type, jit_load(p + fd->offset, fd->type, fd->size), s, depth + 1);
    }
    fprintf(f, ")");
  } else {
    const jit_array *a = h->descr;
    int64_t len = *(const int64_t *)p;
    fprintf(f, "%s[", a->name);
    for (int64_t i = 0; i < len; i++) {
      if (i) fprintf(f, ", ");
      if (i >= 16) { fprintf(f, "..."); break; }
      print_obj(f, d, a->type, jit_load(p + 8 + i * a->itemsize, a->type, a->itemsize), s, depth + 1);
    }
    fprintf(f, "]");
  }
}

void jit_print_typed(FILE *f, const jit_descrs *d, jit_type t, int64_t bits) {
  jit_seen s = { {0}, 0 };
  print_obj(f, d, t, bits, &s, 0);
}

void jit_print_result(FILE *f, const jit_descrs *d, const jit_result *r) {
  if (r->kind == JIT_EXIT_ERROR) { fprintf(f, "error: %s\n", r->error); return; }
  if (r->kind == JIT_EXIT_FINISH) fprintf(f, "finish");
  else fprintf(f, "guard %d failed", r->guard_id);
  if (r->trace) fprintf(f, " in bridge %d", r->trace - 1);
  fprintf(f, ":");
  jit_seen s = { {0}, 0 };
  for (int i = 0; i < r->nvals; i++) {
    if (r->inputs_appended && i == r->nexit) fprintf(f, " | inputs:");
    fprintf(f, " ");
    print_obj(f, d, r->types[i], r->vals[i], &s, 0);
  }
  if (r->exc) fprintf(f, " (exception %lld)", (long long)r->exc);
  fprintf(f, "\n");
}
