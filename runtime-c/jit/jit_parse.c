/* jit_parse.c: parser for the textual trace format (see TRACE_FORMAT.md).
 * Line based: descriptor declarations, an input list, operations, bridges. Names are resolved
 * through a hash table so that 10,000-operation traces parse quickly. Type errors that need the
 * whole trace are left to the verifier (jit_verify.c); this file reports syntax and naming errors. */
#include "jit_parse.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

typedef struct { char *name; int32_t val; } jit_name_slot;

typedef struct {
  const char *file;
  int line;
  char *err; size_t errlen;
  const char *p;             /* cursor in current line */
  jit_unit *u;
  jit_trace *t;              /* trace being read */
  jit_name_slot *names; int capnames, nnames;
  char virtnames[64][16]; int nvirtnames;
  int guardno;               /* guards seen so far in the current trace */
  char (*lhs)[64];           /* result names of the current line */
} jit_parser;

static int perr(jit_parser *ps, const char *fmt, ...) {
  char msg[512];
  va_list ap; va_start(ap, fmt); vsnprintf(msg, sizeof msg, fmt, ap); va_end(ap);
  snprintf(ps->err, ps->errlen, "%s:%d: %s", ps->file, ps->line, msg);
  return -1;
}

static uint32_t hash_str(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
  return h;
}

static void names_reset(jit_parser *ps) {
  ps->guardno = 0;
  for (int i = 0; i < ps->capnames; i++) free(ps->names[i].name);
  free(ps->names);
  ps->capnames = 1024; ps->nnames = 0;
  ps->names = calloc(ps->capnames, sizeof(jit_name_slot));
}

static jit_name_slot *names_slot(jit_parser *ps, const char *n) {
  uint32_t m = ps->capnames - 1, h = hash_str(n) & m;
  while (ps->names[h].name && strcmp(ps->names[h].name, n)) h = (h + 1) & m;
  return &ps->names[h];
}

static void names_put(jit_parser *ps, const char *n, int32_t v) {
  if ((ps->nnames + 1) * 2 > ps->capnames) {
    jit_name_slot *old = ps->names; int oldcap = ps->capnames;
    ps->capnames *= 2;
    ps->names = calloc(ps->capnames, sizeof(jit_name_slot));
    for (int i = 0; i < oldcap; i++) if (old[i].name) *names_slot(ps, old[i].name) = old[i];
    free(old);
  }
  jit_name_slot *s = names_slot(ps, n);
  if (!s->name) { s->name = strdup(n); ps->nnames++; }
  s->val = v;
}

static int32_t names_get(jit_parser *ps, const char *n) {
  jit_name_slot *s = names_slot(ps, n);
  return s->name ? s->val : -1;
}

/* ---- lexing within one line ---- */
static void skipws(jit_parser *ps) { while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\r') ps->p++; }
static bool at_end(jit_parser *ps) { skipws(ps); return *ps->p == 0 || *ps->p == '#'; }
static bool accept(jit_parser *ps, const char *s) {
  skipws(ps);
  size_t n = strlen(s);
  if (strncmp(ps->p, s, n)) return false;
  ps->p += n;
  return true;
}
static int expect(jit_parser *ps, const char *s) {
  if (accept(ps, s)) return 0;
  return perr(ps, "expected '%s' near '%.20s'", s, ps->p);
}
static int ident(jit_parser *ps, char *buf, size_t n) {
  skipws(ps);
  size_t i = 0;
  if (!(isalpha((unsigned char)*ps->p) || *ps->p == '_')) return perr(ps, "expected a name near '%.20s'", ps->p);
  while (isalnum((unsigned char)*ps->p) || *ps->p == '_' || *ps->p == '.') {
    if (i + 1 < n) buf[i++] = *ps->p;
    ps->p++;
  }
  buf[i] = 0;
  return 0;
}
static bool peek_number(jit_parser *ps) {
  skipws(ps);
  const char *q = ps->p;
  if (*q == '-' || *q == '+') q++;
  return isdigit((unsigned char)*q) || !strncmp(q, "inf", 3) || !strncmp(q, "nan", 3);
}
/* Parses an int or float literal; returns the constant value id. */
static int32_t number(jit_parser *ps) {
  skipws(ps);
  const char *q = ps->p;
  bool neg = false;
  const char *s = q;
  if (*q == '-' || *q == '+') { neg = *q == '-'; q++; }
  if (!strncmp(q, "inf", 3)) { ps->p = q + 3; return jit_const_float(ps->t, neg ? -INFINITY : INFINITY); }
  if (!strncmp(q, "nan", 3)) { ps->p = q + 3; return jit_const_float(ps->t, neg ? -NAN : NAN); }
  bool isfloat = false;
  const char *e = q;
  if (e[0] == '0' && (e[1] == 'x' || e[1] == 'X')) {
    e += 2;
    while (isxdigit((unsigned char)*e)) e++;
  } else {
    while (isdigit((unsigned char)*e) || *e == '.' || *e == 'e' || *e == 'E' ||
           ((*e == '-' || *e == '+') && (e[-1] == 'e' || e[-1] == 'E'))) {
      if (*e == '.' || *e == 'e' || *e == 'E') isfloat = true;
      e++;
    }
  }
  char buf[64];
  size_t n = (size_t)(e - s);
  if (n >= sizeof buf) { perr(ps, "number too long"); return -1; }
  memcpy(buf, s, n); buf[n] = 0;
  ps->p = e;
  if (isfloat) return jit_const_float(ps->t, strtod(buf, NULL));
  /* integers: parse as unsigned to accept the full range, including hex */
  const char *d = buf; if (*d == '-' || *d == '+') d++;
  uint64_t u = strtoull(d, NULL, 0);
  return jit_const_int(ps->t, neg ? (int64_t)(0 - u) : (int64_t)u);
}

static jit_type type_of_name(const char *n) {
  switch (n[0]) { case 'i': return JIT_INT; case 'f': return JIT_FLOAT; case 'p': return JIT_REF; }
  return JIT_VOID;
}

static int check_def_name(jit_parser *ps, const char *n, jit_type want, bool label_shadow) {
  if (type_of_name(n) == JIT_VOID || (!isdigit((unsigned char)n[1]) && n[1] != '_' && !isalpha((unsigned char)n[1])))
    return perr(ps, "bad value name '%s': names start with i (int), f (float) or p (ref)", n);
  if (want != JIT_VOID && type_of_name(n) != want)
    return perr(ps, "wrong type: '%s' names a %s value but the operation produces %s",
                n, type_of_name(n) == JIT_INT ? "int" : type_of_name(n) == JIT_FLOAT ? "float" : "ref",
                want == JIT_INT ? "int" : want == JIT_FLOAT ? "float" : "ref");
  if (!label_shadow && names_get(ps, n) >= 0) return perr(ps, "'%s' is defined twice", n);
  return 0;
}

/* Operand: a value name, constant, or NULL. */
static int32_t operand(jit_parser *ps) {
  if (peek_number(ps)) return number(ps);
  char n[128];
  if (ident(ps, n, sizeof n)) return -1;
  if (!strcmp(n, "NULL")) return jit_const_ref(ps->t, 0);
  int32_t v = names_get(ps, n);
  if (v < 0) { perr(ps, "undefined variable '%s'", n); return -1; }
  return v;
}

static int parse_fieldtype(jit_parser *ps, const char *ty, jit_type *t, int *size) {
  static const struct { const char *n; jit_type t; int s; } tys[] = {
    {"i8", JIT_INT, 1}, {"i16", JIT_INT, 2}, {"i32", JIT_INT, 4}, {"i64", JIT_INT, 8},
    {"f64", JIT_FLOAT, 8}, {"ref", JIT_REF, 8}};
  for (size_t i = 0; i < sizeof tys / sizeof tys[0]; i++)
    if (!strcmp(ty, tys[i].n)) { *t = tys[i].t; *size = tys[i].s; return 0; }
  return perr(ps, "unknown type '%s' (use i8, i16, i32, i64, f64 or ref)", ty);
}

/* struct NAME [vtable=N] { f: type [immutable], ... } */
static int parse_struct(jit_parser *ps) {
  jit_descrs *d = ps->u->descrs;
  char n[128];
  if (ident(ps, n, sizeof n)) return -1;
  if (jit_find_struct(d, n)) return perr(ps, "struct '%s' declared twice", n);
  if (d->nstructs == 64) return perr(ps, "too many structs");
  jit_struct *s = jit_arena_alloc(&d->arena, sizeof *s);
  s->name = jit_arena_strdup(&d->arena, n);
  if (accept(ps, "vtable")) {
    if (expect(ps, "=")) return -1;
    if (!peek_number(ps)) return perr(ps, "vtable= needs a nonzero integer");
    int32_t c = number(ps);
    s->vtable = ps->t->vals[c].c.i;
    if (!s->vtable) return perr(ps, "vtable= needs a nonzero integer");
  }
  if (expect(ps, "{")) return -1;
  jit_field tmp[64]; int nf = 0;
  int off = s->vtable ? 8 : 0;
  while (!accept(ps, "}")) {
    if (nf && expect(ps, ",")) return -1;
    char fn[64], ty[16];
    if (ident(ps, fn, sizeof fn) || expect(ps, ":") || ident(ps, ty, sizeof ty)) return -1;
    if (nf == 64) return perr(ps, "too many fields");
    jit_field *f = &tmp[nf];
    memset(f, 0, sizeof *f);
    if (parse_fieldtype(ps, ty, &f->type, &f->size)) return -1;
    for (int i = 0; i < nf; i++) if (!strcmp(tmp[i].name, fn)) return perr(ps, "field '%s' declared twice", fn);
    f->name = jit_arena_strdup(&d->arena, fn);
    off = (off + f->size - 1) / f->size * f->size;
    f->offset = off; off += f->size;
    f->index = nf;
    if (accept(ps, "immutable")) f->immutable = true;
    nf++;
  }
  s->size = (off + 7) / 8 * 8;
  if (!s->size) s->size = 8;
  s->nfields = nf;
  s->fields = jit_arena_alloc(&d->arena, sizeof(jit_field) * (nf ? nf : 1));
  for (int i = 0; i < nf; i++) { s->fields[i] = tmp[i]; s->fields[i].owner = s; }
  d->structs[d->nstructs++] = s;
  return 0;
}

static int parse_array(jit_parser *ps) {
  jit_descrs *d = ps->u->descrs;
  char n[128], ty[16];
  if (ident(ps, n, sizeof n) || expect(ps, "of") || ident(ps, ty, sizeof ty)) return -1;
  if (jit_find_array(d, n)) return perr(ps, "array '%s' declared twice", n);
  if (d->narrays == 64) return perr(ps, "too many arrays");
  jit_array *a = jit_arena_alloc(&d->arena, sizeof *a);
  a->name = jit_arena_strdup(&d->arena, n);
  if (parse_fieldtype(ps, ty, &a->type, &a->itemsize)) return -1;
  d->arrays[d->narrays++] = a;
  return 0;
}

static int parse_typechar(jit_parser *ps, jit_type *t, bool allow_void) {
  char ty[16];
  if (ident(ps, ty, sizeof ty)) return -1;
  if (!strcmp(ty, "i")) *t = JIT_INT;
  else if (!strcmp(ty, "f")) *t = JIT_FLOAT;
  else if (!strcmp(ty, "p")) *t = JIT_REF;
  else if (!strcmp(ty, "v") && allow_void) *t = JIT_VOID;
  else return perr(ps, "unknown type '%s' (use i, f, p%s)", ty, allow_void ? " or v" : "");
  return 0;
}

/* func NAME = CFUNC(i, f, p) -> i [pure] [raises] */
static int parse_func(jit_parser *ps) {
  jit_descrs *d = ps->u->descrs;
  char n[128], cn[128];
  if (ident(ps, n, sizeof n) || expect(ps, "=") || ident(ps, cn, sizeof cn) || expect(ps, "(")) return -1;
  if (jit_find_call(d, n)) return perr(ps, "func '%s' declared twice", n);
  if (d->ncalls == 64) return perr(ps, "too many funcs");
  jit_calldescr *c = jit_arena_alloc(&d->arena, sizeof *c);
  c->name = jit_arena_strdup(&d->arena, n);
  c->cname = jit_arena_strdup(&d->arena, cn);
  c->fn = jit_lookup_cfunc(cn);
  if (!c->fn) return perr(ps, "unknown C function '%s' (see jit_funcs.c for the registered ones)", cn);
  while (!accept(ps, ")")) {
    if (c->nargs && expect(ps, ",")) return -1;
    if (c->nargs == 8) return perr(ps, "too many arguments (at most 8)");
    if (parse_typechar(ps, &c->args[c->nargs++], false)) return -1;
  }
  if (expect(ps, "->") || parse_typechar(ps, &c->res, true)) return -1;
  int nint = 0, nfl = 0;
  for (int i = 0; i < c->nargs; i++) { if (c->args[i] == JIT_FLOAT) nfl++; else nint++; }
  if (nint > 6 || nfl > 8)
    return perr(ps, "func '%s': at most 6 int/ref and 8 float arguments (passed in registers)", n);
  for (;;) {
    if (accept(ps, "pure")) c->flags |= JIT_CALL_PURE;
    else if (accept(ps, "raises")) c->flags |= JIT_CALL_RAISES;
    else break;
  }
  d->calls[d->ncalls++] = c;
  return 0;
}

static int parse_descr(jit_parser *ps, jit_descr_kind *dk, void **descr) {
  char n[128];
  if (ident(ps, n, sizeof n)) return -1;
  jit_descrs *d = ps->u->descrs;
  char *dot = strchr(n, '.');
  if (dot) {
    *dot = 0;
    jit_struct *s = jit_find_struct(d, n);
    if (!s) return perr(ps, "unknown struct '%s'", n);
    for (int i = 0; i < s->nfields; i++)
      if (!strcmp(s->fields[i].name, dot + 1)) { *dk = JIT_D_FIELD; *descr = &s->fields[i]; return 0; }
    return perr(ps, "struct '%s' has no field '%s'", n, dot + 1);
  }
  if ((*descr = jit_find_struct(d, n))) { *dk = JIT_D_STRUCT; return 0; }
  if ((*descr = jit_find_array(d, n))) { *dk = JIT_D_ARRAY; return 0; }
  if ((*descr = jit_find_call(d, n))) { *dk = JIT_D_CALL; return 0; }
  return perr(ps, "unknown descriptor '%s'", n);
}

#define ITEM_UNSET (JIT_ITEM_NONE + 1)
static int32_t fail_item(jit_parser *ps) {
  skipws(ps);
  if (ps->p[0] == 'v' && isdigit((unsigned char)ps->p[1])) {
    char n[16];
    if (ident(ps, n, sizeof n)) return JIT_ITEM_NONE;
    for (int i = 0; i < ps->nvirtnames; i++) if (!strcmp(ps->virtnames[i], n)) return JIT_VIRT_ITEM(i);
    if (ps->nvirtnames == 64) { perr(ps, "too many virtuals"); return JIT_ITEM_NONE; }
    snprintf(ps->virtnames[ps->nvirtnames], 16, "%s", n);
    return JIT_VIRT_ITEM(ps->nvirtnames++);
  }
  if (accept(ps, "_")) return ITEM_UNSET;   /* explicit "unset", mapped below */
  int32_t v = operand(ps);
  return v < 0 ? JIT_ITEM_NONE : v;
}

/* [a, v0, ...] {v0: Point(x=a), v1: Arr(a, _)} @id */
static int parse_fail(jit_parser *ps, jit_op *op) {
  int32_t items[1024]; int n = 0;
  ps->nvirtnames = 0;
  if (expect(ps, "[")) return -1;
  while (!accept(ps, "]")) {
    if (n && expect(ps, ",")) return -1;
    if (n == 1024) return perr(ps, "too many fail arguments");
    int32_t it = fail_item(ps);
    if (it == JIT_ITEM_NONE || it == ITEM_UNSET) return it == ITEM_UNSET ? perr(ps, "'_' is only allowed inside a virtual") : -1;
    items[n++] = it;
  }
  jit_virtual virts[64]; int32_t vitems[64][64];
  int nv = 0;
  bool defined[64] = {0};
  if (accept(ps, "{")) {
    while (!accept(ps, "}")) {
      if (nv && expect(ps, ",")) return -1;
      int32_t vi = fail_item(ps);
      if (vi >= 0 || vi == JIT_ITEM_NONE) return perr(ps, "expected a virtual name v<N>");
      int k = JIT_ITEM_VIRT(vi);
      if (defined[k]) return perr(ps, "virtual %s described twice", ps->virtnames[k]);
      defined[k] = true;
      nv++;
      jit_virtual *v = &virts[k];
      if (expect(ps, ":")) return -1;
      jit_descr_kind dk; void *descr;
      if (parse_descr(ps, &dk, &descr)) return -1;
      if (dk != JIT_D_STRUCT && dk != JIT_D_ARRAY) return perr(ps, "a virtual is a struct or an array");
      v->kind = dk; v->descr = descr; v->items = vitems[k]; v->n = 0;
      if (dk == JIT_D_STRUCT) {
        jit_struct *s = descr;
        v->n = s->nfields;
        for (int i = 0; i < s->nfields; i++) v->items[i] = JIT_ITEM_NONE;
      }
      if (expect(ps, "(")) return -1;
      int cnt = 0;
      while (!accept(ps, ")")) {
        if (cnt++ && expect(ps, ",")) return -1;
        if (dk == JIT_D_STRUCT) {
          jit_struct *s = descr;
          char fn[64];
          if (ident(ps, fn, sizeof fn) || expect(ps, "=")) return -1;
          int fi = -1;
          for (int i = 0; i < s->nfields; i++) if (!strcmp(s->fields[i].name, fn)) fi = i;
          if (fi < 0) return perr(ps, "struct '%s' has no field '%s'", s->name, fn);
          int32_t it = fail_item(ps);
          if (it == JIT_ITEM_NONE || it == ITEM_UNSET) return -1;
          v->items[fi] = it;
        } else {
          if (v->n == 64) return perr(ps, "virtual array too long");
          int32_t it = fail_item(ps);
          if (it == JIT_ITEM_NONE) return -1;
          v->items[v->n++] = it == ITEM_UNSET ? JIT_ITEM_NONE : it;
        }
      }
    }
  }
  if (nv != ps->nvirtnames) {
    for (int k = 0; k < ps->nvirtnames; k++)
      if (!defined[k]) return perr(ps, "virtual %s is used but not described in {...}", ps->virtnames[k]);
  }
  jit_set_fail(ps->t, op, n, items, nv, virts);
  if (accept(ps, "@")) {
    if (!peek_number(ps)) return perr(ps, "expected a guard number after '@'");
    op->guard_id = (int)ps->t->vals[number(ps)].c.i;
  }
  return 0;
}

static int parse_op_line(jit_parser *ps) {
  char (*lhs)[64] = ps->lhs; int nlhs = 0;
  char opname[64];
  const char *save = ps->p;
  /* results "a, b = " (only label has several) */
  for (;;) {
    char n[64];
    if (ident(ps, n, sizeof n)) return -1;
    if (accept(ps, "(")) { snprintf(opname, sizeof opname, "%s", n); break; }
    if (nlhs == 4096) return perr(ps, "too many results");
    snprintf(lhs[nlhs++], 64, "%s", n);
    if (accept(ps, ",")) continue;
    if (accept(ps, "=")) continue;
    ps->p = save;
    return perr(ps, "cannot read this line: expected 'name = op(args)' or 'op(args)'");
  }
  int opc = -1;
  for (int i = 0; i < JIT_NUM_OPS; i++) if (!strcmp(jit_opinfos[i].name, opname)) opc = i;
  if (opc < 0) return perr(ps, "unknown operation '%s'", opname);
  const jit_opinfo *oi = &jit_opinfos[opc];
  int32_t args[4096]; int na = 0;
  jit_descr_kind dk = JIT_D_NONE; void *descr = NULL;
  while (!accept(ps, ")")) {
    if (na && expect(ps, ",")) return -1;
    if (dk != JIT_D_NONE) return perr(ps, "descr= must be the last argument");
    skipws(ps);
    if (!strncmp(ps->p, "descr=", 6)) {
      ps->p += 6;
      if (parse_descr(ps, &dk, &descr)) return -1;
      continue;
    }
    if (na == 4096) return perr(ps, "too many arguments");
    int32_t v = operand(ps);
    if (v < 0) return -1;
    args[na++] = v;
  }
  if (oi->nargs >= 0 && na != oi->nargs)
    return perr(ps, "'%s' takes %d argument%s, got %d", opname, oi->nargs, oi->nargs == 1 ? "" : "s", na);
  if ((oi->flags & JIT_F_DESCR) && dk == JIT_D_NONE) return perr(ps, "'%s' needs descr=", opname);
  if (!(oi->flags & JIT_F_DESCR) && dk != JIT_D_NONE) return perr(ps, "'%s' takes no descr", opname);
  jit_trace *t = ps->t;
  if (opc == JIT_LABEL) {
    if (nlhs != na) return perr(ps, "label defines %d names for %d arguments", nlhs, na);
  } else if (oi->restype == 'v') {
    if (nlhs) return perr(ps, "'%s' has no result", opname);
  } else if (nlhs != 1) {
    return perr(ps, "'%s' needs exactly one result name", opname);
  }
  if (opc == JIT_LABEL) {
    for (int i = 0; i < nlhs; i++) {
      if (check_def_name(ps, lhs[i], t->vals[args[i]].type, true)) return -1;
      for (int j = 0; j < i; j++) if (!strcmp(lhs[i], lhs[j])) return perr(ps, "'%s' is defined twice", lhs[i]);
    }
  } else if (nlhs == 1) {
    if (check_def_name(ps, lhs[0], jit_type_of_char(oi->restype), false)) return -1;
  }
  jit_op *op = jit_emit_op(t, opc, na, args, dk, descr);
  op->line = ps->line;
  if (opc == JIT_LABEL) {
    op->nparams = na;
    op->params = jit_arena_alloc(&t->arena, sizeof(int32_t) * (na ? na : 1));
    for (int i = 0; i < na; i++) {
      op->params[i] = jit_new_value(t, t->vals[args[i]].type, JIT_V_PARAM, t->nops - 1);
      names_put(ps, lhs[i], op->params[i]);
    }
  } else if (nlhs == 1) {
    names_put(ps, lhs[0], op->res);
  }
  if (oi->flags & JIT_F_GUARD) {
    op->guard_id = ps->guardno++;
    skipws(ps);
    if (*ps->p == '[') { if (parse_fail(ps, op)) return -1; }
    else op->nfail = -1;     /* missing: the verifier reports it */
    if (op->guard_id >= t->nguards) t->nguards = op->guard_id + 1;
  }
  if (!at_end(ps)) return perr(ps, "unexpected text '%.20s'", ps->p);
  return 0;
}

static int parse_inputs(jit_parser *ps) {
  int32_t ins[1024]; int n = 0;
  while (!accept(ps, "]")) {
    if (n && expect(ps, ",")) return -1;
    char nm[64];
    if (ident(ps, nm, sizeof nm)) return -1;
    if (check_def_name(ps, nm, JIT_VOID, false)) return -1;
    if (n == 1024) return perr(ps, "too many inputs");
    ins[n] = jit_new_value(ps->t, type_of_name(nm), JIT_V_INPUT, n);
    names_put(ps, nm, ins[n]);
    n++;
  }
  ps->t->ninputs = n;
  ps->t->inputs = jit_arena_alloc(&ps->t->arena, sizeof(int32_t) * (n ? n : 1));
  memcpy(ps->t->inputs, ins, sizeof(int32_t) * n);
  return 0;
}

static jit_unit *parse(const char *text, const char *filename, bool need_trace, char *err, size_t errlen) {
  jit_parser ps = {0};
  ps.file = filename; ps.err = err; ps.errlen = errlen;
  ps.lhs = malloc(sizeof(char[64]) * 4096);
  jit_unit *u = calloc(1, sizeof *u);
  u->descrs = jit_descrs_new();
  ps.u = u;
  /* a scratch trace holds constants met in declarations */
  jit_trace *scratch = jit_trace_new(u->descrs);
  ps.t = scratch;
  names_reset(&ps);
  const char *s = text;
  char *line = NULL; size_t cap = 0;
  int rc = 0;
  while (*s && rc == 0) {
    const char *e = strchr(s, '\n');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    if (n + 1 > cap) { cap = n + 1 > 2 * cap ? n + 1 : 2 * cap; line = realloc(line, cap); }
    memcpy(line, s, n); line[n] = 0;
    s += n + (e ? 1 : 0);
    ps.line++;
    ps.p = line;
    skipws(&ps);
    if (!strncmp(ps.p, "#run:", 5)) {
      if (u->nruns < 64) u->runs[u->nruns++] = strdup(ps.p + 5);
      continue;
    }
    if (at_end(&ps)) continue;
    if (accept(&ps, "struct ")) rc = parse_struct(&ps);
    else if (accept(&ps, "array ")) rc = parse_array(&ps);
    else if (accept(&ps, "func ")) rc = parse_func(&ps);
    else if (accept(&ps, "[")) {
      if (u->loop) { rc = perr(&ps, "a second input list: a file holds one trace (use 'bridge N [...]')"); break; }
      u->loop = jit_trace_new(u->descrs);
      u->loop->filename = filename;
      ps.t = u->loop;
      names_reset(&ps);
      rc = parse_inputs(&ps);
    } else if (accept(&ps, "bridge ")) {
      if (!u->loop) { rc = perr(&ps, "a bridge needs the loop trace before it"); break; }
      if (u->nbridges == JIT_MAX_BRIDGES) { rc = perr(&ps, "too many bridges"); break; }
      /* "bridge N": from guard N of the loop; "bridge B.N": from guard N of bridge B */
      skipws(&ps);
      if (!isdigit((unsigned char)*ps.p)) { rc = perr(&ps, "expected 'bridge <guard> [inputs]' or 'bridge <bridge>.<guard> [inputs]'"); break; }
      char *end;
      long first = strtol(ps.p, &end, 10), second = -1;
      ps.p = end;
      if (*ps.p == '.') {
        if (!isdigit((unsigned char)ps.p[1])) { rc = perr(&ps, "expected a guard number after '.'"); break; }
        second = strtol(ps.p + 1, &end, 10);
        ps.p = end;
      }
      jit_trace *b = jit_trace_new(u->descrs);
      b->filename = filename;
      b->bridge_of = (int)(second >= 0 ? second : first);
      b->bridge_parent = second >= 0 ? (int)first : -1;
      if (b->bridge_parent >= u->nbridges) {
        jit_trace_free(b);
        rc = perr(&ps, "bridge %ld is not defined before this one (bridges are numbered 0, 1, ... in file order)", first);
        break;
      }
      u->bridges[u->nbridges++] = b;
      ps.t = b;
      names_reset(&ps);
      rc = expect(&ps, "[");
      if (!rc) rc = parse_inputs(&ps);
    } else {
      if (ps.t == scratch) { rc = perr(&ps, "operation before the input list '[...]'"); break; }
      rc = parse_op_line(&ps);
    }
    if (!rc && !at_end(&ps)) rc = perr(&ps, "unexpected text '%.20s'", ps.p);
  }
  free(line);
  free(ps.lhs);
  for (int i = 0; i < ps.capnames; i++) free(ps.names[i].name);
  free(ps.names);
  jit_trace_free(scratch);
  if (!rc && !u->loop && need_trace) { ps.line = 0; rc = perr(&ps, "no trace (an input list '[...]' starts one)"); }
  if (rc) { jit_unit_free(u); return NULL; }
  return u;
}

jit_unit *jit_parse_string(const char *text, const char *filename, char *err, size_t errlen) {
  return parse(text, filename, true, err, errlen);
}

jit_descrs *jit_parse_descrs(const char *text, const char *filename, char *err, size_t errlen) {
  jit_unit *u = parse(text, filename, false, err, errlen);
  if (!u) return NULL;
  if (u->loop) { snprintf(err, errlen, "%s: only declarations expected", filename); jit_unit_free(u); return NULL; }
  jit_descrs *d = u->descrs;
  u->descrs = NULL;
  jit_unit_free(u);
  return d;
}

jit_unit *jit_parse_file(const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) { snprintf(err, errlen, "%s: cannot open", path); return NULL; }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc(n + 1);
  size_t got = fread(buf, 1, n, f);
  buf[got] = 0;
  fclose(f);
  jit_unit *u = jit_parse_string(buf, path, err, errlen);
  free(buf);
  return u;
}

void jit_unit_free(jit_unit *u) {
  if (!u) return;
  jit_trace_free(u->loop);
  for (int i = 0; i < u->nbridges; i++) jit_trace_free(u->bridges[i]);
  for (int i = 0; i < u->nruns; i++) free(u->runs[i]);
  jit_descrs_free(u->descrs);
  free(u);
}
