/* jit_verify.c: the trace verifier. Run on every parsed trace before anything executes it and,
 * in tests, after every optimizer pass. Checks SSA order (and that nothing defined before the
 * label is used after it), operand and result types against the op table and descriptors,
 * guard fail arguments (present, defined, virtuals well formed), overflow-guard pairing and the
 * trace ending (jump/finish). Messages are "file:line: what is wrong". */
#include "jit_parse.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const jit_trace *t;
  const jit_trace *loop;     /* for bridges: the loop whose label a jump targets */
  char *err; size_t errlen;
  int *defpos;               /* per value: op index where defined; -1 inputs; INT32_MAX undefined */
  int label;                 /* index of the label op, -1 if none */
} jit_vstate;

static int verr(jit_vstate *vs, const jit_op *op, const char *fmt, ...) {
  char msg[400];
  va_list ap; va_start(ap, fmt); vsnprintf(msg, sizeof msg, fmt, ap); va_end(ap);
  snprintf(vs->err, vs->errlen, "%s:%d: %s%s%s", vs->t->filename, op ? op->line : 0, msg,
           op ? " in " : "", op ? jit_opinfos[op->opc].name : "");
  return -1;
}

static const char *tname(jit_type t) {
  switch (t) { case JIT_INT: return "int"; case JIT_FLOAT: return "float"; case JIT_REF: return "ref"; default: return "void"; }
}

static int check_use(jit_vstate *vs, const jit_op *op, int at, int32_t v) {
  if (v < 0 || v >= vs->t->nvals) return verr(vs, op, "reference to a nonexistent value");
  if (jit_is_const(vs->t, v)) return 0;
  int d = vs->defpos[v];
  if (d >= at) return verr(vs, op, "use of a value before its definition");
  if (vs->label >= 0 && at > vs->label && d < vs->label)
    return verr(vs, op, "value defined before the label is used after it (pass it through the label)");
  return 0;
}

static int check_type(jit_vstate *vs, const jit_op *op, int32_t v, jit_type want, int argno) {
  jit_type got = vs->t->vals[v].type;
  if (got != want) return verr(vs, op, "wrong type: argument %d is %s, expected %s", argno + 1, tname(got), tname(want));
  return 0;
}

static int check_item(jit_vstate *vs, const jit_op *op, int at, int32_t it, jit_type want) {
  if (it == JIT_ITEM_NONE) return 0;
  if (it < 0) {
    int k = JIT_ITEM_VIRT(it);
    if (k >= op->nvirt) return verr(vs, op, "fail argument names an undescribed virtual");
    if (want != JIT_VOID && want != JIT_REF) return verr(vs, op, "wrong type: a virtual stored where a %s is expected", tname(want));
    return 0;
  }
  if (check_use(vs, op, at, it)) return -1;
  if (want != JIT_VOID && vs->t->vals[it].type != want)
    return verr(vs, op, "wrong type: virtual field is %s, expected %s", tname(vs->t->vals[it].type), tname(want));
  return 0;
}

static int check_guard(jit_vstate *vs, const jit_op *op, int at) {
  if (op->nfail < 0) return verr(vs, op, "guard without fail arguments (add [values...])");
  for (int i = 0; i < op->nfail; i++) if (check_item(vs, op, at, op->fail[i], JIT_VOID)) return -1;
  for (int k = 0; k < op->nvirt; k++) {
    const jit_virtual *v = &op->virts[k];
    if (v->kind == JIT_D_STRUCT) {
      jit_struct *s = v->descr;
      if (v->n != s->nfields) return verr(vs, op, "virtual of %s has the wrong number of fields", s->name);
      for (int j = 0; j < v->n; j++) if (check_item(vs, op, at, v->items[j], s->fields[j].type)) return -1;
    } else if (v->kind == JIT_D_ARRAY) {
      jit_array *a = v->descr;
      for (int j = 0; j < v->n; j++) if (check_item(vs, op, at, v->items[j], a->type)) return -1;
    } else return verr(vs, op, "bad virtual");
  }
  return 0;
}

static int check_op(jit_vstate *vs, int at) {
  const jit_trace *t = vs->t;
  const jit_op *op = &t->ops[at];
  const jit_opinfo *oi = &jit_opinfos[op->opc];
  for (int i = 0; i < op->nargs; i++) if (check_use(vs, op, at, op->args[i])) return -1;
  if (oi->nargs >= 0 && op->nargs != oi->nargs) return verr(vs, op, "wrong number of arguments");
  if ((oi->flags & JIT_F_DESCR) && !op->descr) return verr(vs, op, "missing descr");
  jit_type vt = JIT_VOID;     /* the type '?' stands for */
  switch (op->opc) {
  case JIT_GETFIELD_I: case JIT_GETFIELD_F: case JIT_GETFIELD_R: case JIT_SETFIELD: {
    if (op->dkind != JIT_D_FIELD) return verr(vs, op, "descr must be a field (Struct.field)");
    jit_field *fd = op->descr;
    vt = fd->type;
    if (op->opc != JIT_SETFIELD && fd->type != jit_op_restype(op))
      return verr(vs, op, "wrong type: field %s.%s is %s", fd->owner->name, fd->name, tname(fd->type));
    break;
  }
  case JIT_GETARRAYITEM_I: case JIT_GETARRAYITEM_F: case JIT_GETARRAYITEM_R: case JIT_SETARRAYITEM: case JIT_ARRAYLEN:
  case JIT_NEW_ARRAY: {
    if (op->dkind != JIT_D_ARRAY) return verr(vs, op, "descr must be an array");
    jit_array *a = op->descr;
    vt = a->type;
    if ((op->opc == JIT_GETARRAYITEM_I || op->opc == JIT_GETARRAYITEM_F || op->opc == JIT_GETARRAYITEM_R) &&
        a->type != jit_op_restype(op))
      return verr(vs, op, "wrong type: array %s holds %s", a->name, tname(a->type));
    break;
  }
  case JIT_NEW: case JIT_NEW_WITH_VTABLE:
    if (op->dkind != JIT_D_STRUCT) return verr(vs, op, "descr must be a struct");
    if (op->opc == JIT_NEW_WITH_VTABLE && !((jit_struct *)op->descr)->vtable)
      return verr(vs, op, "struct %s has no vtable", ((jit_struct *)op->descr)->name);
    if (op->opc == JIT_NEW && ((jit_struct *)op->descr)->vtable)
      return verr(vs, op, "struct %s has a vtable: use new_with_vtable", ((jit_struct *)op->descr)->name);
    break;
  case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R: case JIT_CALL_N: {
    if (op->dkind != JIT_D_CALL) return verr(vs, op, "descr must be a func");
    jit_calldescr *c = op->descr;
    if (c->nargs != op->nargs) return verr(vs, op, "func %s takes %d arguments, got %d", c->name, c->nargs, op->nargs);
    for (int i = 0; i < op->nargs; i++) if (check_type(vs, op, op->args[i], c->args[i], i)) return -1;
    if (c->res != jit_op_restype(op)) return verr(vs, op, "wrong type: func %s returns %s", c->name, tname(c->res));
    break;
  }
  case JIT_LABEL:
    if (op->nparams != op->nargs) return verr(vs, op, "label parameters do not match its arguments");
    for (int i = 0; i < op->nargs; i++)
      if (t->vals[op->params[i]].type != t->vals[op->args[i]].type) return verr(vs, op, "wrong type: label parameter %d", i + 1);
    break;
  case JIT_JUMP: {
    const jit_trace *lt = vs->label >= 0 ? t : vs->loop;
    int li = lt ? jit_find_label(lt) : -1;
    if (li < 0) return verr(vs, op, "jump without a label to jump to");
    const jit_op *lab = &lt->ops[li];
    if (lab->nparams != op->nargs) return verr(vs, op, "jump passes %d values, the label takes %d", op->nargs, lab->nparams);
    for (int i = 0; i < op->nargs; i++) if (check_type(vs, op, op->args[i], lt->vals[lab->params[i]].type, i)) return -1;
    break;
  }
  default: break;
  }
  for (int i = 0; oi->nargs > 0 && i < op->nargs; i++) {
    char c = oi->argtypes[i];
    jit_type want = c == '?' ? vt : jit_type_of_char(c);
    if (check_type(vs, op, op->args[i], want, i)) return -1;
  }
  if (oi->flags & JIT_F_GUARD) if (check_guard(vs, op, at)) return -1;
  bool ovfguard = op->opc == JIT_GUARD_NO_OVERFLOW || op->opc == JIT_GUARD_OVERFLOW;
  bool prev_ovf = at > 0 && (jit_opinfos[t->ops[at - 1].opc].flags & JIT_F_OVF);
  if (ovfguard && !prev_ovf) return verr(vs, op, "overflow guard must directly follow an *_ovf operation");
  if ((oi->flags & JIT_F_OVF) && (at + 1 >= t->nops || (t->ops[at + 1].opc != JIT_GUARD_NO_OVERFLOW &&
                                                       t->ops[at + 1].opc != JIT_GUARD_OVERFLOW)))
    return verr(vs, op, "*_ovf operation must be followed by guard_no_overflow or guard_overflow");
  if ((op->opc == JIT_JUMP || op->opc == JIT_FINISH) && at != t->nops - 1)
    return verr(vs, op, "operations after the end of the trace");
  return 0;
}

static int verify(const jit_trace *t, const jit_trace *loop, char *err, size_t errlen) {
  jit_vstate vs = { t, loop, err, errlen, NULL, -1 };
  vs.defpos = malloc(sizeof(int) * (t->nvals ? t->nvals : 1));
  for (int i = 0; i < t->nvals; i++) vs.defpos[i] = INT32_MAX;
  for (int i = 0; i < t->ninputs; i++) vs.defpos[t->inputs[i]] = -1;
  int rc = 0;
  for (int i = 0; i < t->nops && !rc; i++) {
    const jit_op *op = &t->ops[i];
    if (op->opc == JIT_LABEL) {
      if (vs.label >= 0) { rc = verr(&vs, op, "a second label (one loop per trace)"); break; }
      if (t->bridge_of >= 0) { rc = verr(&vs, op, "a label in a bridge"); break; }
    }
    rc = check_op(&vs, i);
    if (op->opc == JIT_LABEL) {
      vs.label = i;
      for (int j = 0; j < op->nparams; j++) vs.defpos[op->params[j]] = i;
    }
    if (op->res >= 0) vs.defpos[op->res] = i;
  }
  if (!rc && (t->nops == 0 || (t->ops[t->nops - 1].opc != JIT_JUMP && t->ops[t->nops - 1].opc != JIT_FINISH)))
    rc = verr(&vs, t->nops ? &t->ops[t->nops - 1] : NULL, "trace must end with jump or finish");
  free(vs.defpos);
  return rc;
}

int jit_verify(const jit_trace *t, char *err, size_t errlen) { return verify(t, NULL, err, errlen); }
int jit_verify_bridge(const jit_trace *t, const jit_trace *loop, char *err, size_t errlen) {
  return verify(t, loop, err, errlen);
}

/* Original fail-argument types of a guard, from the unoptimized loop. */
static const jit_op *find_guard(const jit_trace *t, int id) {
  for (int i = 0; i < t->nops; i++)
    if ((jit_opinfos[t->ops[i].opc].flags & JIT_F_GUARD) && t->ops[i].guard_id == id) return &t->ops[i];
  return NULL;
}

int jit_verify_unit(const jit_unit *u, char *err, size_t errlen) {
  if (verify(u->loop, NULL, err, errlen)) return -1;
  for (int b = 0; b < u->nbridges; b++) {
    const jit_trace *bt = u->bridges[b];
    if (verify(bt, u->loop, err, errlen)) return -1;
    const jit_trace *parent = bt->bridge_parent >= 0 ? u->bridges[bt->bridge_parent] : u->loop;
    const jit_op *g = find_guard(parent, bt->bridge_of);
    int line = bt->nops ? bt->ops[0].line - 1 : 0;
    if (!g) { snprintf(err, errlen, "%s:%d: bridge from guard %d: no such guard", bt->filename, line, bt->bridge_of); return -1; }
    for (int c = 0; c < b; c++)
      if (u->bridges[c]->bridge_of == bt->bridge_of && u->bridges[c]->bridge_parent == bt->bridge_parent) {
        snprintf(err, errlen, "%s:%d: two bridges from guard %d", bt->filename, line, bt->bridge_of); return -1;
      }
    if (g->nfail != bt->ninputs || g->nvirt) {
      snprintf(err, errlen, "%s:%d: bridge from guard %d takes %d inputs, the guard has %d plain fail arguments",
               bt->filename, line, bt->bridge_of, bt->ninputs, g->nfail);
      return -1;
    }
    for (int i = 0; i < g->nfail; i++)
      if (parent->vals[g->fail[i]].type != bt->vals[bt->inputs[i]].type) {
        snprintf(err, errlen, "%s:%d: wrong type: bridge input %d does not match fail argument %d of guard %d",
                 bt->filename, line, i + 1, i + 1, bt->bridge_of);
        return -1;
      }
  }
  return 0;
}
