/* jit_opt.c: the optimizer pipeline (a table of passes run in order, each verified in tests),
 * the rewriter passes use to build their output trace, and the loop re-entry trace for bridges. */
#include "jit_opt.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

const jit_pass jit_passes[] = {
  {"peel", jit_opt_peel, true},
  {"fold", jit_opt_fold, false},
  {"bounds", jit_opt_bounds, false},
  {"guards", jit_opt_guards, false},
  {"cse", jit_opt_cse, false},
  {"heap", jit_opt_heap, false},
  {"virtuals", jit_opt_virtuals, false},
  {"fold", jit_opt_fold, false},
  {"bounds", jit_opt_bounds, false},
  {"guards", jit_opt_guards, false},
  {"cse", jit_opt_cse, false},
  {"heap", jit_opt_heap, false},
  {"dce", jit_opt_dce, false},
  {NULL, NULL, false},
};
const int jit_npasses = sizeof jit_passes / sizeof jit_passes[0] - 1;

static bool in_list(const char *list, const char *name) {
  if (!strcmp(list, "all")) return true;
  size_t n = strlen(name);
  for (const char *p = list; *p;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n && !strncmp(p, name, n)) return true;
    p += len + (e ? 1 : 0);
  }
  return false;
}

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

jit_trace *jit_optimize(const jit_trace *t, const jit_trace *loop, const char *passlist, bool verify_each,
                        const jit_opt_log *log, char *err, size_t errlen) {
  jit_trace *cur = NULL;
  const jit_trace *src = t;
  for (int i = 0; i < jit_npasses; i++) {
    const jit_pass *p = &jit_passes[i];
    if (!in_list(passlist, p->name)) continue;
    if (p->loops_only && (src->bridge_of >= 0 || jit_find_label(src) < 0)) continue;
    double t0 = seconds();
    jit_trace *next = p->run(src);
    if (log && log->times) fprintf(log->times, "# pass %-8s %6.3f ms, %d -> %d ops\n", p->name, (seconds() - t0) * 1e3, src->nops, next->nops);
    if (log && log->dump) { fprintf(log->dump, "# after %s\n", p->name); jit_print_trace(log->dump, next); }
    if (verify_each && (loop ? jit_verify_bridge(next, loop, err, errlen) : jit_verify(next, err, errlen))) {
      char tmp[600];
      snprintf(tmp, sizeof tmp, "after pass %s: %s", p->name, err);
      snprintf(err, errlen, "%s", tmp);
      jit_trace_free(next);
      jit_trace_free(cur);
      return NULL;
    }
    jit_trace_free(cur);
    cur = next;
    src = cur;
  }
  if (!cur) {             /* no pass ran: return a copy */
    jit_rewriter rw;
    jit_rw_init(&rw, t);
    for (int i = 0; i < t->nops; i++) jit_rw_copy(&rw, &t->ops[i]);
    cur = jit_rw_finish(&rw);
  }
  return cur;
}

void jit_rw_init(jit_rewriter *rw, const jit_trace *in) {
  rw->in = in;
  rw->out = jit_trace_new(in->descrs);
  rw->out->filename = in->filename;
  rw->out->bridge_of = in->bridge_of;
  rw->out->bridge_parent = in->bridge_parent;
  rw->out->nguards = in->nguards;
  rw->map = malloc(sizeof(int32_t) * (in->nvals ? in->nvals : 1));
  for (int i = 0; i < in->nvals; i++) rw->map[i] = -1;
  rw->out->ninputs = in->ninputs;
  rw->out->inputs = jit_arena_alloc(&rw->out->arena, sizeof(int32_t) * (in->ninputs ? in->ninputs : 1));
  for (int i = 0; i < in->ninputs; i++) {
    int32_t v = jit_new_value(rw->out, in->vals[in->inputs[i]].type, JIT_V_INPUT, i);
    rw->out->inputs[i] = v;
    rw->map[in->inputs[i]] = v;
  }
}

int32_t jit_rw_get(jit_rewriter *rw, int32_t v) {
  if (rw->map[v] >= 0) return rw->map[v];
  const jit_value *x = &rw->in->vals[v];
  if (x->kind == JIT_V_CONST) {
    int32_t n = jit_new_value(rw->out, x->type, JIT_V_CONST, -1);
    rw->out->vals[n].c = x->c;
    rw->map[v] = n;
    return n;
  }
  fprintf(stderr, "jit: internal error: unmapped value %d\n", v);
  abort();
}

void jit_rw_copy_fail(jit_rewriter *rw, jit_op *dst, const jit_op *src) {
  int32_t fail[1024];
  jit_virtual virts[64];
  int32_t items[64][64];
  int n = src->nfail < 0 ? 0 : src->nfail;
  for (int i = 0; i < n; i++) fail[i] = src->fail[i] < 0 ? src->fail[i] : jit_rw_get(rw, src->fail[i]);
  for (int k = 0; k < src->nvirt; k++) {
    virts[k] = src->virts[k];
    virts[k].items = items[k];
    for (int j = 0; j < src->virts[k].n; j++) {
      int32_t it = src->virts[k].items[j];
      items[k][j] = it < 0 ? it : jit_rw_get(rw, it);
    }
  }
  jit_set_fail(rw->out, dst, n, fail, src->nvirt, virts);
  if (src->nfail < 0) dst->nfail = -1;
  dst->guard_id = src->guard_id;
}

jit_op *jit_rw_emit(jit_rewriter *rw, const jit_op *like, int opc, int nargs, const int32_t *newargs) {
  jit_op *op = jit_emit_op(rw->out, opc, nargs, newargs, like->dkind, like->descr);
  op->line = like->line;
  op->guard_id = like->guard_id;
  return op;
}

jit_op *jit_rw_copy(jit_rewriter *rw, const jit_op *src) {
  int32_t small[16] = {0};
  int32_t *args = src->nargs <= 16 ? small : malloc(sizeof(int32_t) * src->nargs);
  for (int i = 0; i < src->nargs; i++) args[i] = jit_rw_get(rw, src->args[i]);
  jit_op *op = jit_rw_emit(rw, src, src->opc, src->nargs, args);
  if (args != small) free(args);
  if (src->res >= 0) rw->map[src->res] = op->res;
  if (src->opc == JIT_LABEL) {
    op->nparams = src->nparams;
    op->params = jit_arena_alloc(&rw->out->arena, sizeof(int32_t) * (src->nparams ? src->nparams : 1));
    for (int i = 0; i < src->nparams; i++) {
      op->params[i] = jit_new_value(rw->out, rw->in->vals[src->params[i]].type, JIT_V_PARAM, rw->out->nops - 1);
      rw->map[src->params[i]] = op->params[i];
    }
  }
  if (jit_opinfos[src->opc].flags & JIT_F_GUARD) jit_rw_copy_fail(rw, op, src);
  return op;
}

jit_trace *jit_rw_finish(jit_rewriter *rw) {
  free(rw->map);
  rw->map = NULL;
  return rw->out;
}

jit_trace *jit_reentry_trace(const jit_trace *t) {
  int li = jit_find_label(t);
  if (li < 0) return NULL;
  const jit_op *lab = &t->ops[li];
  jit_trace *out = jit_trace_new(t->descrs);
  out->filename = t->filename;
  out->nguards = t->nguards;
  jit_rewriter rw = { t, out, malloc(sizeof(int32_t) * (t->nvals ? t->nvals : 1)) };
  for (int i = 0; i < t->nvals; i++) rw.map[i] = -1;
  out->ninputs = lab->nparams;
  out->inputs = jit_arena_alloc(&out->arena, sizeof(int32_t) * (lab->nparams ? lab->nparams : 1));
  for (int i = 0; i < lab->nparams; i++) out->inputs[i] = jit_new_value(out, t->vals[lab->params[i]].type, JIT_V_INPUT, i);
  jit_op *nl = jit_emit_op(out, JIT_LABEL, lab->nparams, out->inputs, JIT_D_NONE, NULL);
  nl->line = lab->line;
  nl->nparams = lab->nparams;
  nl->params = jit_arena_alloc(&out->arena, sizeof(int32_t) * (lab->nparams ? lab->nparams : 1));
  for (int i = 0; i < lab->nparams; i++) {
    nl->params[i] = jit_new_value(out, t->vals[lab->params[i]].type, JIT_V_PARAM, 0);
    rw.map[lab->params[i]] = nl->params[i];
  }
  for (int i = li + 1; i < t->nops; i++) jit_rw_copy(&rw, &t->ops[i]);
  return jit_rw_finish(&rw);
}
