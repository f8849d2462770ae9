/* jit_print.c: the printer for traces and descriptor declarations. Its output is the
 * canonical form of the textual format: values are renamed i<N>/f<N>/p<N> in definition
 * order, so parse(print(t)) prints identically (the round-trip the tests check). */
#include "jit_parse.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *fieldtype_name(jit_type t, int size) {
  if (t == JIT_FLOAT) return "f64";
  if (t == JIT_REF) return "ref";
  switch (size) { case 1: return "i8"; case 2: return "i16"; case 4: return "i32"; }
  return "i64";
}

static char typechar(jit_type t) {
  switch (t) { case JIT_INT: return 'i'; case JIT_FLOAT: return 'f'; case JIT_REF: return 'p'; default: return 'v'; }
}

void jit_print_descrs(FILE *f, const jit_descrs *d) {
  for (int i = 0; i < d->nstructs; i++) {
    jit_struct *s = d->structs[i];
    fprintf(f, "struct %s ", s->name);
    if (s->vtable) fprintf(f, "vtable=%lld ", (long long)s->vtable);
    fprintf(f, "{");
    for (int j = 0; j < s->nfields; j++)
      fprintf(f, "%s%s: %s%s", j ? ", " : " ", s->fields[j].name, fieldtype_name(s->fields[j].type, s->fields[j].size),
              s->fields[j].immutable ? " immutable" : "");
    fprintf(f, " }\n");
  }
  for (int i = 0; i < d->narrays; i++)
    fprintf(f, "array %s of %s\n", d->arrays[i]->name, fieldtype_name(d->arrays[i]->type, d->arrays[i]->itemsize));
  for (int i = 0; i < d->ncalls; i++) {
    jit_calldescr *c = d->calls[i];
    fprintf(f, "func %s = %s(", c->name, c->cname);
    for (int j = 0; j < c->nargs; j++) fprintf(f, "%s%c", j ? ", " : "", typechar(c->args[j]));
    fprintf(f, ") -> %c%s%s\n", typechar(c->res), c->flags & JIT_CALL_PURE ? " pure" : "",
            c->flags & JIT_CALL_RAISES ? " raises" : "");
  }
}

static void print_float(FILE *f, double d) {
  if (isnan(d)) { fprintf(f, signbit(d) ? "-nan" : "nan"); return; }
  if (isinf(d)) { fprintf(f, d < 0 ? "-inf" : "inf"); return; }
  char buf[64];
  snprintf(buf, sizeof buf, "%.17g", d);
  if (!strpbrk(buf, ".e")) strcat(buf, ".0");
  fputs(buf, f);
}

typedef struct { const jit_trace *t; int *num; } namer;

static void pval(FILE *f, namer *nm, int32_t v) {
  const jit_value *x = &nm->t->vals[v];
  if (x->kind == JIT_V_CONST) {
    if (x->type == JIT_INT) fprintf(f, "%lld", (long long)x->c.i);
    else if (x->type == JIT_FLOAT) print_float(f, x->c.f);
    else if (x->c.i == 0) fprintf(f, "NULL");
    else fprintf(f, "0x%llx", (unsigned long long)x->c.i);
    return;
  }
  fprintf(f, "%c%d", typechar(x->type), nm->num[v]);
}

void jit_print_value(FILE *f, const jit_trace *t, int32_t v) {
  const jit_value *x = &t->vals[v];
  if (x->kind == JIT_V_CONST) {
    int num = 0; namer nm = { t, &num };
    pval(f, &nm, v);
  } else {
    fprintf(f, "%c#%d", typechar(x->type), v);
  }
}

static void pitem(FILE *f, namer *nm, int32_t it) {
  if (it == JIT_ITEM_NONE) fprintf(f, "_");
  else if (it < 0) fprintf(f, "v%d", JIT_ITEM_VIRT(it));
  else pval(f, nm, it);
}

static void print_descr(FILE *f, jit_descr_kind dk, void *d) {
  switch (dk) {
  case JIT_D_FIELD: fprintf(f, "descr=%s.%s", ((jit_field *)d)->owner->name, ((jit_field *)d)->name); break;
  case JIT_D_STRUCT: fprintf(f, "descr=%s", ((jit_struct *)d)->name); break;
  case JIT_D_ARRAY: fprintf(f, "descr=%s", ((jit_array *)d)->name); break;
  case JIT_D_CALL: fprintf(f, "descr=%s", ((jit_calldescr *)d)->name); break;
  default: break;
  }
}

static void print_trace_body(FILE *f, const jit_trace *t) {
  int *num = calloc(t->nvals ? t->nvals : 1, sizeof(int));
  namer nm = { t, num };
  int next = 0;
  for (int i = 0; i < t->ninputs; i++) num[t->inputs[i]] = next++;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    if (op->res >= 0) num[op->res] = next++;
    for (int j = 0; j < op->nparams; j++) num[op->params[j]] = next++;
  }
  if (t->bridge_of >= 0 && t->bridge_parent >= 0) fprintf(f, "bridge %d.%d [", t->bridge_parent, t->bridge_of);
  else if (t->bridge_of >= 0) fprintf(f, "bridge %d [", t->bridge_of);
  else fprintf(f, "[");
  for (int i = 0; i < t->ninputs; i++) { if (i) fprintf(f, ", "); pval(f, &nm, t->inputs[i]); }
  fprintf(f, "]\n");
  int guardno = 0;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    const jit_opinfo *oi = &jit_opinfos[op->opc];
    if (op->opc == JIT_LABEL) {
      for (int j = 0; j < op->nparams; j++) { if (j) fprintf(f, ", "); pval(f, &nm, op->params[j]); }
      if (op->nparams) fprintf(f, " = ");
    } else if (op->res >= 0) {
      pval(f, &nm, op->res);
      fprintf(f, " = ");
    }
    fprintf(f, "%s(", oi->name);
    for (int j = 0; j < op->nargs; j++) { if (j) fprintf(f, ", "); pval(f, &nm, op->args[j]); }
    if (op->dkind != JIT_D_NONE) { if (op->nargs) fprintf(f, ", "); print_descr(f, op->dkind, op->descr); }
    fprintf(f, ")");
    if (oi->flags & JIT_F_GUARD) {
      if (op->nfail >= 0) {
        fprintf(f, " [");
        for (int j = 0; j < op->nfail; j++) { if (j) fprintf(f, ", "); pitem(f, &nm, op->fail[j]); }
        fprintf(f, "]");
        if (op->nvirt) {
          fprintf(f, " {");
          for (int k = 0; k < op->nvirt; k++) {
            const jit_virtual *v = &op->virts[k];
            fprintf(f, "%sv%d: ", k ? ", " : "", k);
            if (v->kind == JIT_D_STRUCT) {
              jit_struct *s = v->descr;
              fprintf(f, "%s(", s->name);
              int c = 0;
              for (int j = 0; j < v->n; j++) {
                if (v->items[j] == JIT_ITEM_NONE) continue;
                fprintf(f, "%s%s=", c++ ? ", " : "", s->fields[j].name);
                pitem(f, &nm, v->items[j]);
              }
            } else {
              fprintf(f, "%s(", ((jit_array *)v->descr)->name);
              for (int j = 0; j < v->n; j++) { if (j) fprintf(f, ", "); pitem(f, &nm, v->items[j]); }
            }
            fprintf(f, ")");
          }
          fprintf(f, "}");
        }
      }
      if (op->guard_id != guardno) fprintf(f, " @%d", op->guard_id);
      guardno++;
    }
    fprintf(f, "\n");
  }
  free(num);
}

void jit_print_trace(FILE *f, const jit_trace *t) { print_trace_body(f, t); }

void jit_print_unit(FILE *f, const jit_unit *u) {
  jit_print_descrs(f, u->descrs);
  for (int i = 0; i < u->nruns; i++) fprintf(f, "#run:%s\n", u->runs[i]);
  if (u->loop) print_trace_body(f, u->loop);
  for (int i = 0; i < u->nbridges; i++) print_trace_body(f, u->bridges[i]);
}
