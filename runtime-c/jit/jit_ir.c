/* jit_ir.c: construction of traces and descriptor tables, arenas, the object heap used by
 * traces, and the semantic helpers shared by the reference interpreter and compiled code. */
#include "jit_ir.h"
#include <stdlib.h>
#include <string.h>

const jit_opinfo jit_opinfos[JIT_NUM_OPS] = {
#define X(e, n, na, at, rt, fl) { n, na, at, rt, fl },
  JIT_OPS(X)
#undef X
};

void *jit_arena_alloc(jit_arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (!a->head || a->head->used + n > a->head->cap) {
    size_t cap = n > 65536 ? n : 65536;
    jit_arena_chunk *c = malloc(sizeof(jit_arena_chunk) + cap);
    if (!c) { fprintf(stderr, "jit: out of memory\n"); exit(2); }
    c->next = a->head; c->used = 0; c->cap = cap;
    a->head = c;
  }
  void *p = a->head->data + a->head->used;
  a->head->used += n;
  memset(p, 0, n);
  return p;
}

void jit_arena_free(jit_arena *a) {
  jit_arena_chunk *c = a->head;
  while (c) { jit_arena_chunk *n = c->next; free(c); c = n; }
  a->head = NULL;
}

char *jit_arena_strdup(jit_arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  char *p = jit_arena_alloc(a, n);
  memcpy(p, s, n);
  return p;
}

jit_trace *jit_trace_new(jit_descrs *d) {
  jit_trace *t = calloc(1, sizeof *t);
  t->descrs = d;
  t->bridge_of = -1;
  t->bridge_parent = -1;
  t->filename = "<trace>";
  return t;
}

void jit_trace_free(jit_trace *t) {
  if (!t) return;
  jit_arena_free(&t->arena);
  free(t->ops);
  free(t->vals);
  free(t);
}

int32_t jit_new_value(jit_trace *t, jit_type ty, jit_val_kind k, int def) {
  if (t->nvals == t->capvals) {
    t->capvals = t->capvals ? t->capvals * 2 : 64;
    t->vals = realloc(t->vals, sizeof(jit_value) * t->capvals);
  }
  jit_value *v = &t->vals[t->nvals];
  memset(v, 0, sizeof *v);
  v->type = ty; v->kind = k; v->def = def;
  return t->nvals++;
}

int32_t jit_const_int(jit_trace *t, int64_t c) {
  int32_t v = jit_new_value(t, JIT_INT, JIT_V_CONST, -1);
  t->vals[v].c.i = c;
  return v;
}
int32_t jit_const_float(jit_trace *t, double c) {
  int32_t v = jit_new_value(t, JIT_FLOAT, JIT_V_CONST, -1);
  t->vals[v].c.f = c;
  return v;
}
int32_t jit_const_ref(jit_trace *t, int64_t c) {
  int32_t v = jit_new_value(t, JIT_REF, JIT_V_CONST, -1);
  t->vals[v].c.i = c;
  return v;
}

jit_type jit_type_of_char(char c) {
  switch (c) { case 'i': return JIT_INT; case 'f': return JIT_FLOAT; case 'r': case 'p': return JIT_REF; }
  return JIT_VOID;
}
char jit_char_of_type(jit_type t) {
  switch (t) { case JIT_INT: return 'i'; case JIT_FLOAT: return 'f'; case JIT_REF: return 'p'; default: return 'v'; }
}

jit_type jit_op_restype(const jit_op *op) {
  char r = jit_opinfos[op->opc].restype;
  return jit_type_of_char(r);
}

jit_op *jit_emit_op(jit_trace *t, int opc, int nargs, const int32_t *args, jit_descr_kind dk, void *descr) {
  if (t->nops == t->capops) {
    t->capops = t->capops ? t->capops * 2 : 64;
    t->ops = realloc(t->ops, sizeof(jit_op) * t->capops);
  }
  int idx = t->nops++;
  jit_op *op = &t->ops[idx];
  memset(op, 0, sizeof *op);
  op->opc = (uint16_t)opc;
  op->nargs = nargs;
  op->args = jit_arena_alloc(&t->arena, sizeof(int32_t) * (nargs ? nargs : 1));
  if (nargs) memcpy(op->args, args, sizeof(int32_t) * nargs);
  op->dkind = dk; op->descr = descr;
  op->res = -1;
  op->guard_id = -1;
  jit_type rt = jit_op_restype(op);
  if (rt != JIT_VOID) op->res = jit_new_value(t, rt, JIT_V_OP, idx);
  return op;
}

int jit_emit(jit_trace *t, int opc, int nargs, const int32_t *args, jit_descr_kind dk, void *descr) {
  jit_emit_op(t, opc, nargs, args, dk, descr);
  return t->nops - 1;
}

void jit_set_fail(jit_trace *t, jit_op *op, int nfail, const int32_t *fail, int nvirt, const jit_virtual *virts) {
  op->nfail = nfail;
  op->fail = jit_arena_alloc(&t->arena, sizeof(int32_t) * (nfail ? nfail : 1));
  if (nfail) memcpy(op->fail, fail, sizeof(int32_t) * nfail);
  op->nvirt = nvirt;
  op->virts = NULL;
  if (nvirt) {
    op->virts = jit_arena_alloc(&t->arena, sizeof(jit_virtual) * nvirt);
    for (int i = 0; i < nvirt; i++) {
      op->virts[i] = virts[i];
      op->virts[i].items = jit_arena_alloc(&t->arena, sizeof(int32_t) * (virts[i].n ? virts[i].n : 1));
      if (virts[i].n) memcpy(op->virts[i].items, virts[i].items, sizeof(int32_t) * virts[i].n);
    }
  }
}

int32_t jit_add_input(jit_trace *t, jit_type ty) {
  int32_t *in = jit_arena_alloc(&t->arena, sizeof(int32_t) * (t->ninputs + 1));
  if (t->ninputs) memcpy(in, t->inputs, sizeof(int32_t) * t->ninputs);
  in[t->ninputs] = jit_new_value(t, ty, JIT_V_INPUT, t->ninputs);
  t->inputs = in;
  return in[t->ninputs++];
}

jit_op *jit_emit_label(jit_trace *t, int nargs, const int32_t *args) {
  jit_op *op = jit_emit_op(t, JIT_LABEL, nargs, args, JIT_D_NONE, NULL);
  int idx = t->nops - 1;
  op->nparams = nargs;
  op->params = jit_arena_alloc(&t->arena, sizeof(int32_t) * (nargs ? nargs : 1));
  for (int i = 0; i < nargs; i++) op->params[i] = jit_new_value(t, t->vals[args[i]].type, JIT_V_PARAM, idx);
  return &t->ops[idx];
}

int jit_find_label(const jit_trace *t) {
  for (int i = 0; i < t->nops; i++)
    if (t->ops[i].opc == JIT_LABEL) return i;
  return -1;
}

jit_descrs *jit_descrs_new(void) { return calloc(1, sizeof(jit_descrs)); }
void jit_descrs_free(jit_descrs *d) {
  if (!d) return;
  jit_arena_free(&d->arena);
  free(d);
}
jit_struct *jit_find_struct(jit_descrs *d, const char *name) {
  for (int i = 0; i < d->nstructs; i++) if (!strcmp(d->structs[i]->name, name)) return d->structs[i];
  return NULL;
}
jit_array *jit_find_array(jit_descrs *d, const char *name) {
  for (int i = 0; i < d->narrays; i++) if (!strcmp(d->arrays[i]->name, name)) return d->arrays[i];
  return NULL;
}
jit_calldescr *jit_find_call(jit_descrs *d, const char *name) {
  for (int i = 0; i < d->ncalls; i++) if (!strcmp(d->calls[i]->name, name)) return d->calls[i];
  return NULL;
}

/* ---- object heap: every object made by a trace run; freed all at once ---- */
typedef struct jit_heap_obj { struct jit_heap_obj *next; int64_t pad; char data[]; } jit_heap_obj;
static jit_heap_obj *jit_heap_list;

void *jit_heap_alloc(size_t n) {
  jit_heap_obj *o = calloc(1, sizeof(jit_heap_obj) + (n ? n : 8));
  if (!o) { fprintf(stderr, "jit: out of memory\n"); exit(2); }
  o->next = jit_heap_list;
  jit_heap_list = o;
  return o->data;
}

void jit_heap_reset(void) {
  while (jit_heap_list) { jit_heap_obj *n = jit_heap_list->next; free(jit_heap_list); jit_heap_list = n; }
}

int64_t jit_exc_value;

int64_t jit_helper_floordiv(int64_t a, int64_t b) {
  if (b == 0) return 0;
  if (b == -1) return (int64_t)(0 - (uint64_t)a);
  return a / b;
}
int64_t jit_helper_mod(int64_t a, int64_t b) {
  if (b == 0 || b == -1) return 0;
  return a % b;
}
int64_t jit_helper_float_to_int(double d) {
  /* x86 cvttsd2si semantics: out of range or NaN gives INT64_MIN */
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
  return (int64_t)d;
}
