/* jit_fuzz.c: random trace generator for differential testing (jitrun --fuzz). Produces a
 * self-contained trace file: declarations, "#run:" inputs and a trace with integer, overflow,
 * float, guard, field, array, allocation (escaping or not) and call operations, optionally a
 * loop whose counter guarantees termination. Only well-defined traces are generated: objects
 * dereferenced are known non-null, array indices are masked into bounds. */
#include "jit_fuzz.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { K_INT, K_FLOAT, K_S, K_T, K_A, K_F, K_REF };   /* A, F: arrays of length 8 */
typedef struct { char name[12]; int kind; } fz_val;
typedef struct {
  uint64_t s;
  char *out; size_t len, cap;
  fz_val vals[4096]; int nvals;
  int next;                  /* next value number */
  int nguards;               /* guards emitted so far (their numbers) */
  const char *counter;       /* in a loop body: the counter, always a first fail argument */
  int body_guard;            /* a loop-body guard chosen for a bridge, -1 if none */
  int bkinds[32]; int nbkinds;   /* that guard's fail-argument kinds */
} fz;

static uint64_t rnd(fz *f) { f->s ^= f->s << 13; f->s ^= f->s >> 7; f->s ^= f->s << 17; return f->s; }
static int rn(fz *f, int n) { return (int)(rnd(f) % (uint64_t)n); }

static void emit(fz *f, const char *fmt, ...) {
  char buf[1024];
  va_list ap; va_start(ap, fmt); int n = vsnprintf(buf, sizeof buf, fmt, ap); va_end(ap);
  if (f->len + n + 1 > f->cap) { f->cap = (f->cap + n + 1) * 2; f->out = realloc(f->out, f->cap); }
  memcpy(f->out + f->len, buf, n + 1);
  f->len += n;
}

static char tc(int kind) { return kind == K_INT ? 'i' : kind == K_FLOAT ? 'f' : 'p'; }

static fz_val *newval(fz *f, int kind) {
  fz_val *v = &f->vals[f->nvals++];
  snprintf(v->name, sizeof v->name, "%c%d", tc(kind), f->next++);
  v->kind = kind;
  return v;
}

/* a random existing value of a kind (NULL if none) */
static fz_val *pick(fz *f, int kind) {
  int cnt = 0;
  for (int i = 0; i < f->nvals; i++) if (f->vals[i].kind == kind) cnt++;
  if (!cnt) return NULL;
  int k = rn(f, cnt);
  for (int i = 0; i < f->nvals; i++) if (f->vals[i].kind == kind && k-- == 0) return &f->vals[i];
  return NULL;
}

static const char *intconst(fz *f) {
  static char buf[8][32]; static int k;
  char *b = buf[k++ & 7];
  static const long long special[] = {0, 1, -1, 2, 7, 63, 64, 100, -100, 0x7fffffffffffffffLL, (long long)0x8000000000000000ULL, 0x7fffffff, -0x80000000LL, 0x100000000LL};
  if (rn(f, 3) == 0) snprintf(b, 32, "%lld", special[rn(f, sizeof special / sizeof special[0])]);
  else snprintf(b, 32, "%d", rn(f, 41) - 20);
  return b;
}

/* an int operand: existing value or constant */
static const char *iop(fz *f) {
  fz_val *v = pick(f, K_INT);
  if (!v || rn(f, 4) == 0) return intconst(f);
  return v->name;
}
static const char *fop(fz *f) {
  fz_val *v = pick(f, K_FLOAT);
  static char buf[4][32]; static int k;
  if (!v || rn(f, 5) == 0) {
    char *b = buf[k++ & 3];
    static const char *sp[] = {"0.0", "-0.0", "1.5", "-2.25", "1e300", "inf", "nan", "3.0", "0.1"};
    snprintf(b, 32, "%s", sp[rn(f, 9)]);
    return b;
  }
  return v->name;
}
static const char *anyref(fz *f) {
  static const int kinds[] = {K_S, K_T, K_A, K_F, K_REF};
  for (int tries = 0; tries < 6; tries++) { fz_val *v = pick(f, kinds[rn(f, 5)]); if (v) return v->name; }
  return "NULL";
}

static void failargs(fz *f) {
  int n = rn(f, 5);
  int kinds[32], nk = 0;
  emit(f, " [");
  if (f->counter) { emit(f, "%s", f->counter); kinds[nk++] = K_INT; }
  for (int i = 0; i < n; i++) {
    fz_val *v = &f->vals[rn(f, f->nvals)];
    emit(f, "%s%s", nk ? ", " : "", v->name);
    kinds[nk++] = v->kind;
  }
  emit(f, "]\n");
  if (f->counter && (f->body_guard < 0 || rn(f, 3) == 0)) {
    f->body_guard = f->nguards;
    memcpy(f->bkinds, kinds, sizeof(int) * nk);
    f->nbkinds = nk;
  }
  f->nguards++;
}

/* A value of the given kind for a jump argument, making one if needed. */
static const char *value_of_kind(fz *f, int kind) {
  fz_val *v = pick(f, kind);
  if (v) return v->name;
  switch (kind) {
  case K_INT: return intconst(f);
  case K_FLOAT: return fop(f);
  case K_REF: return "NULL";
  }
  static const char *d[] = {"", "", "new_with_vtable(descr=S)", "new(descr=T)", "new_array(8, descr=A)", "new_array(8, descr=F)"};
  v = newval(f, kind);
  emit(f, "%s = %s\n", v->name, d[kind]);
  return v->name;
}

static void gen_op(fz *f) {
  int c = rn(f, 24);
  fz_val *v;
  static const char *ibin[] = {"int_add", "int_sub", "int_mul", "int_and", "int_or", "int_xor", "int_lshift",
                               "int_rshift", "uint_rshift", "int_floordiv", "int_mod"};
  static const char *icmp[] = {"int_lt", "int_le", "int_eq", "int_ne", "int_gt", "int_ge", "uint_lt", "uint_le",
                               "uint_gt", "uint_ge"};
  static const char *fcmp[] = {"float_lt", "float_le", "float_eq", "float_ne", "float_gt", "float_ge"};
  static const char *fbin[] = {"float_add", "float_sub", "float_mul", "float_truediv"};
  switch (c) {
  case 0: case 1: case 2: case 3: {
    const char *a = iop(f), *b = iop(f);
    v = newval(f, K_INT);
    emit(f, "%s = %s(%s, %s)\n", v->name, ibin[rn(f, 11)], a, b);
    break;
  }
  case 4: {
    static const char *un[] = {"int_neg", "int_invert", "int_is_true", "int_is_zero", "same_as_i"};
    int k = rn(f, 6);
    if (k == 5) {   /* same_as of a float or a reference */
      fz_val *o = &f->vals[rn(f, f->nvals)];
      if (o->kind == K_INT) break;
      char on[12]; snprintf(on, sizeof on, "%s", o->name);
      int kind = o->kind;
      v = newval(f, kind);
      emit(f, "%s = same_as_%c(%s)\n", v->name, kind == K_FLOAT ? 'f' : 'r', on);
      break;
    }
    const char *a = iop(f);
    v = newval(f, K_INT);
    emit(f, "%s = %s(%s)\n", v->name, un[k], a);
    if (k == 2 || k == 3) { if (rn(f, 3) == 0) { emit(f, "guard_%s(%s)", rn(f, 2) ? "true" : "false", v->name); failargs(f); } }
    break;
  }
  case 5: case 6: {   /* comparison + guard */
    const char *a = iop(f), *b = iop(f);
    v = newval(f, K_INT);
    emit(f, "%s = %s(%s, %s)\n", v->name, icmp[rn(f, 10)], a, b);
    if (rn(f, 3) == 0) { emit(f, "guard_%s(%s)", rn(f, 2) ? "true" : "false", v->name); failargs(f); }
    break;
  }
  case 7: {   /* overflow */
    static const char *ov[] = {"int_add_ovf", "int_sub_ovf", "int_mul_ovf"};
    const char *a = iop(f), *b = iop(f);
    v = newval(f, K_INT);
    emit(f, "%s = %s(%s, %s)\n", v->name, ov[rn(f, 3)], a, b);
    emit(f, "%s()", rn(f, 6) ? "guard_no_overflow" : "guard_overflow");
    failargs(f);
    break;
  }
  case 8: { const char *a = fop(f), *b = fop(f); v = newval(f, K_FLOAT); emit(f, "%s = %s(%s, %s)\n", v->name, fbin[rn(f, 4)], a, b); break; }
  case 9: {
    int k = rn(f, 4);
    if (k < 2) { const char *a = fop(f); v = newval(f, K_FLOAT); emit(f, "%s = %s(%s)\n", v->name, k ? "float_neg" : "float_abs", a); }
    else if (k == 2) { const char *a = iop(f); v = newval(f, K_FLOAT); emit(f, "%s = cast_int_to_float(%s)\n", v->name, a); }
    else { const char *a = fop(f); v = newval(f, K_INT); emit(f, "%s = cast_float_to_int(%s)\n", v->name, a); }
    break;
  }
  case 10: {
    const char *a = fop(f), *b = fop(f);
    v = newval(f, K_INT);
    emit(f, "%s = %s(%s, %s)\n", v->name, fcmp[rn(f, 6)], a, b);
    if (rn(f, 4) == 0) { emit(f, "guard_%s(%s)", rn(f, 2) ? "true" : "false", v->name); failargs(f); }
    break;
  }
  case 11: {
    if (rn(f, 4)) break;
    const char *a = iop(f);
    emit(f, "guard_value(%s, %s)", a, intconst(f)); failargs(f);
    break;
  }
  case 12: {   /* allocation */
    int k = rn(f, 4);
    if (k == 0) { v = newval(f, K_S); emit(f, "%s = new_with_vtable(descr=S)\n", v->name); }
    else if (k == 1) { v = newval(f, K_T); emit(f, "%s = new(descr=T)\n", v->name); }
    else if (k == 2) { v = newval(f, K_A); emit(f, "%s = new_array(8, descr=A)\n", v->name); }
    else { v = newval(f, K_F); emit(f, "%s = new_array(8, descr=F)\n", v->name); }
    break;
  }
  case 13: case 14: {   /* setfield */
    fz_val *o = pick(f, rn(f, 2) ? K_S : K_T);
    if (!o) break;
    if (o->kind == K_S) {
      int k = rn(f, 5);
      if (k == 0) emit(f, "setfield_gc(%s, %s, descr=S.a)\n", o->name, iop(f));
      else if (k == 1) emit(f, "setfield_gc(%s, %s, descr=S.b)\n", o->name, fop(f));
      else if (k == 2) emit(f, "setfield_gc(%s, %s, descr=S.c)\n", o->name, anyref(f));
      else if (k == 3) emit(f, "setfield_gc(%s, %s, descr=S.d)\n", o->name, iop(f));
      else emit(f, "setfield_gc(%s, %s, descr=S.e)\n", o->name, iop(f));
    } else emit(f, "setfield_gc(%s, %s, descr=T.%s)\n", o->name, iop(f), rn(f, 2) ? "x" : "y");
    break;
  }
  case 15: case 16: {   /* getfield */
    fz_val *o = pick(f, rn(f, 2) ? K_S : K_T);
    if (!o) break;
    if (o->kind == K_S) {
      int k = rn(f, 5);
      static const char *fl[] = {"a", "b", "c", "d", "e"};
      int kind = k == 1 ? K_FLOAT : k == 2 ? K_REF : K_INT;
      char on[12]; snprintf(on, sizeof on, "%s", o->name);
      v = newval(f, kind);
      emit(f, "%s = getfield_gc_%c(%s, descr=S.%s)\n", v->name, kind == K_FLOAT ? 'f' : kind == K_REF ? 'r' : 'i', on, fl[k]);
    } else {
      char on[12]; snprintf(on, sizeof on, "%s", o->name);
      v = newval(f, K_INT);
      emit(f, "%s = getfield_gc_i(%s, descr=T.%s)\n", v->name, on, rn(f, 2) ? "x" : "y");
    }
    break;
  }
  case 17: case 18: {   /* arrays */
    bool fl = rn(f, 2);
    fz_val *o = pick(f, fl ? K_F : K_A);
    if (!o) break;
    char on[12]; snprintf(on, sizeof on, "%s", o->name);
    char idx[32];
    int how = rn(f, 3);
    if (how == 0) snprintf(idx, sizeof idx, "%d", rn(f, 8));
    else if (how == 1) {
      /* an index checked like an interpreter would: one unsigned compare against the length,
       * sometimes followed by the two signed ones */
      const char *src = iop(f);
      char srcn[32]; snprintf(srcn, sizeof srcn, "%s", src);
      fz_val *len = newval(f, K_INT);
      emit(f, "%s = arraylen_gc(%s, descr=%s)\n", len->name, on, fl ? "F" : "A");
      fz_val *c = newval(f, K_INT);
      emit(f, "%s = uint_lt(%s, %s)\n", c->name, srcn, len->name);
      emit(f, "guard_true(%s)", c->name); failargs(f);
      if (rn(f, 2)) {
        fz_val *c2 = newval(f, K_INT);
        emit(f, "%s = int_ge(%s, 0)\n", c2->name, srcn);
        emit(f, "guard_true(%s)", c2->name); failargs(f);
        fz_val *c3 = newval(f, K_INT);
        emit(f, "%s = int_lt(%s, %s)\n", c3->name, srcn, len->name);
        emit(f, "guard_true(%s)", c3->name); failargs(f);
      }
      snprintf(idx, sizeof idx, "%s", srcn);
    } else {
      const char *src = iop(f);
      fz_val *m = newval(f, K_INT);
      emit(f, "%s = int_and(%s, 7)\n", m->name, src);
      snprintf(idx, sizeof idx, "%s", m->name);
    }
    if (rn(f, 2)) emit(f, "setarrayitem_gc(%s, %s, %s, descr=%s)\n", on, idx, fl ? fop(f) : iop(f), fl ? "F" : "A");
    else { v = newval(f, fl ? K_FLOAT : K_INT); emit(f, "%s = getarrayitem_gc_%c(%s, %s, descr=%s)\n", v->name, fl ? 'f' : 'i', on, idx, fl ? "F" : "A"); }
    break;
  }
  case 19: {
    fz_val *o = pick(f, rn(f, 2) ? K_A : K_F);
    if (!o) break;
    char on[12]; snprintf(on, sizeof on, "%s", o->name);
    v = newval(f, K_INT);
    emit(f, "%s = arraylen_gc(%s, descr=%s)\n", v->name, on, o->kind == K_A ? "A" : "F");
    break;
  }
  case 20: {   /* calls */
    int k = rn(f, 3);
    if (k == 0) { const char *a = iop(f), *b = iop(f); v = newval(f, K_INT); emit(f, "%s = call_i(%s, %s, descr=add)\n", v->name, a, b); }
    else if (k == 1) { const char *a = fop(f), *b = fop(f), *cc = fop(f); v = newval(f, K_FLOAT); emit(f, "%s = call_f(%s, %s, %s, descr=fma)\n", v->name, a, b, cc); }
    else {
      const char *a = iop(f);
      v = newval(f, K_INT);
      emit(f, "%s = call_i(%s, descr=chk)\n", v->name, a);
      emit(f, "guard_no_exception()"); failargs(f);
    }
    break;
  }
  case 21: {
    fz_val *o = pick(f, K_REF);
    if (!o) break;
    emit(f, "guard_%s(%s)", rn(f, 2) ? "nonnull" : "isnull", o->name); failargs(f);
    break;
  }
  case 22: {
    fz_val *o = pick(f, K_S);
    if (!o) break;
    emit(f, "guard_class(%s, %d)", o->name, rn(f, 4) ? 7 : 8); failargs(f);
    break;
  }
  case 23: {
    const char *a = anyref(f), *b = anyref(f);
    v = newval(f, K_INT);
    emit(f, "%s = %s(%s, %s)\n", v->name, rn(f, 2) ? "ptr_eq" : "ptr_ne", a, b);
    break;
  }
  }
}

/* A bridge from guard `guard` (of the loop if parent is "", else of bridge "N."): a few
 * operations, then finish or, counter permitting, a jump back to the loop. Its own guards keep
 * the counter as first fail argument, so a bridge from one of them (depth 1) terminates too. */
static int nbridges_made;
static void gen_bridge(fz *f, const char *parent, int guard, const int *kinds, int nk, const fz_val *params, int na,
                       int depth) {
  int me = nbridges_made++;
  f->nvals = 0;
  f->nguards = 0;
  emit(f, "bridge %s%d [", parent, guard);
  char bc[12] = "";
  for (int i = 0; i < nk; i++) {
    fz_val *v = newval(f, kinds[i]);
    if (i == 0) snprintf(bc, sizeof bc, "%s", v->name);
    emit(f, "%s%s", i ? ", " : "", v->name);
  }
  emit(f, "]\n");
  f->counter = bc;
  f->body_guard = -1;
  int nb = rn(f, 6);
  for (int i = 0; i < nb; i++) gen_op(f);
  if (rn(f, 3) == 0) {
    emit(f, "finish(%s)\n", f->vals[rn(f, f->nvals)].name);
  } else {
    fz_val *c3 = newval(f, K_INT);
    char c3n[12]; snprintf(c3n, sizeof c3n, "%s", c3->name);
    emit(f, "%s = int_sub(%s, 1)\n", c3n, bc);
    fz_val *g = newval(f, K_INT);
    emit(f, "%s = int_gt(%s, 0)\n", g->name, c3n);
    emit(f, "guard_true(%s)", g->name); failargs(f);
    char argsbuf[1024]; size_t al = 0;
    al += snprintf(argsbuf + al, sizeof argsbuf - al, "jump(%s", c3n);
    for (int i = 0; i < na; i++) al += snprintf(argsbuf + al, sizeof argsbuf - al, ", %s", value_of_kind(f, params[i].kind));
    emit(f, "%s)\n", argsbuf);
  }
  f->counter = NULL;
  if (depth == 0 && f->body_guard >= 0 && rn(f, 2)) {
    int k2[32]; int n2 = f->nbkinds;
    memcpy(k2, f->bkinds, sizeof(int) * n2);
    char par[16]; snprintf(par, sizeof par, "%d.", me);
    gen_bridge(f, par, f->body_guard, k2, n2, params, na, 1);
  }
}

char *jit_fuzz_trace(uint64_t seed) {
  fz *f = calloc(1, sizeof *f);
  f->s = seed * 0x9E3779B97F4A7C15ull + 12345;
  nbridges_made = 0;
  for (int i = 0; i < 4; i++) rnd(f);
  emit(f, "# generated by jitrun --fuzz, seed %llu\n", (unsigned long long)seed);
  static const char *tys[] = {"i64", "i16", "i32", "i8"};
  emit(f, "struct S vtable=7 { a: i64, b: f64, c: ref, d: i32, e: i8 }\nstruct T { x: i64, y: %s }\n", tys[rn(f, 4)]);
  emit(f, "array A of %s\narray F of f64\n", tys[rn(f, 4)]);
  emit(f, "func add = jit_tf_add(i, i) -> i pure\nfunc fma = jit_tf_fma(f, f, f) -> f pure\n");
  emit(f, "func chk = jit_tf_check_pos(i) -> i raises\n");
  int nint = 1 + rn(f, 4), nfl = rn(f, 3);
  bool sin = rn(f, 2);
  for (int r = 0; r < 2; r++) {
    emit(f, "#run:");
    for (int i = 0; i < nint; i++) emit(f, " %s", intconst(f));
    for (int i = 0; i < nfl; i++) { static const char *fl[] = {"0.5", "-3.0", "1e10", "2.0", "-0.0"}; emit(f, " %s", fl[rn(f, 5)]); }
    if (sin) emit(f, " S");
    emit(f, "\n");
  }
  emit(f, "[");
  for (int i = 0; i < nint; i++) emit(f, "%s%s", i ? ", " : "", newval(f, K_INT)->name);
  for (int i = 0; i < nfl; i++) emit(f, ", %s", newval(f, K_FLOAT)->name);
  if (sin) emit(f, ", %s", newval(f, K_S)->name);
  emit(f, "]\n");
  int npre = rn(f, 12);
  for (int i = 0; i < npre; i++) gen_op(f);
  bool loop = rn(f, 3) != 0;
  if (loop) {
    /* label: a counter plus a selection of live values */
    fz_val args[24]; int na = 0;
    for (int i = 0; i < f->nvals && na < 23; i++) if (rn(f, 2)) args[na++] = f->vals[i];
    char counter[32]; snprintf(counter, sizeof counter, "%d", 1 + rn(f, 12));
    f->nvals = 0;
    fz_val *cnt = newval(f, K_INT);
    char cname[12]; snprintf(cname, sizeof cname, "%s", cnt->name);
    emit(f, "%s", cname);
    fz_val params[24];
    for (int i = 0; i < na; i++) { fz_val *p = newval(f, args[i].kind); params[i] = *p; emit(f, ", %s", p->name); }
    emit(f, " = label(%s", counter);
    for (int i = 0; i < na; i++) emit(f, ", %s", args[i].name);
    emit(f, ")\n");
    int nbody = 1 + rn(f, 16);
    f->counter = cname;
    f->body_guard = -1;
    for (int i = 0; i < nbody; i++) gen_op(f);
    fz_val *c2 = newval(f, K_INT);
    emit(f, "%s = int_sub(%s, 1)\n", c2->name, cname);
    char c2n[12]; snprintf(c2n, sizeof c2n, "%s", c2->name);
    fz_val *b = newval(f, K_INT);
    emit(f, "%s = int_gt(%s, 0)\n", b->name, c2n);
    emit(f, "guard_true(%s)", b->name); failargs(f);
    emit(f, "jump(%s", c2n);
    for (int i = 0; i < na; i++) {
      fz_val *x = pick(f, params[i].kind);
      emit(f, ", %s", x ? x->name : params[i].name);
    }
    emit(f, ")\n");
    f->counter = NULL;
    if (f->body_guard >= 0 && rn(f, 2)) gen_bridge(f, "", f->body_guard, f->bkinds, f->nbkinds, params, na, 0);
  } else {
    int nf = rn(f, 5);
    emit(f, "finish(");
    for (int i = 0; i < nf; i++) emit(f, "%s%s", i ? ", " : "", f->vals[rn(f, f->nvals)].name);
    emit(f, ")\n");
  }
  char *out = f->out;
  free(f);
  return out;
}
