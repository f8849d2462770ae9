/* test_api.c: builds a trace through the C API (jit_emit_op and friends, as the tracer will)
 * instead of text: a loop carrying a boxed counter. Checks that it verifies, that the reference
 * interpreter and the compiled code agree, that the optimized loop allocates nothing, and that
 * no memory of the process is mapped writable and executable at once.
 * Prints "api: ok" or what went wrong; exit status 0 only on success. */
#include "jit_backend.h"
#include "jit_interp.h"
#include "jit_opt.h"
#include "jit_parse.h"
#include <stdlib.h>
#include <string.h>

static int fail(const char *what) { printf("api: FAIL: %s\n", what); return 1; }

static jit_op *guard(jit_trace *t, int opc, int32_t arg, int nfail, const int32_t *fa) {
  jit_op *g = jit_emit_op(t, opc, arg >= 0 ? 1 : 0, &arg, JIT_D_NONE, NULL);
  g->guard_id = t->nguards++;
  jit_set_fail(t, g, nfail, fa, 0, NULL);
  return g;
}

int main(void) {
  char err[512];
  jit_descrs *d = jit_parse_descrs("struct Box vtable=1 { v: i64 }\n", "<api>", err, sizeof err);
  if (!d) return fail(err);
  jit_struct *box = jit_find_struct(d, "Box");
  jit_field *v = &box->fields[0];
  jit_trace *t = jit_trace_new(d);
  t->filename = "<api>";
  int32_t i0 = jit_add_input(t, JIT_INT), n = jit_add_input(t, JIT_INT);
  int32_t p = jit_emit_op(t, JIT_NEW_WITH_VTABLE, 0, NULL, JIT_D_STRUCT, box)->res;
  int32_t a1[2] = { p, i0 };
  jit_emit_op(t, JIT_SETFIELD, 2, a1, JIT_D_FIELD, v);
  int32_t la[3] = { p, n, jit_const_int(t, 0) };
  jit_op *lab = jit_emit_label(t, 3, la);
  int32_t P = lab->params[0], N = lab->params[1], S = lab->params[2];
  int32_t x = jit_emit_op(t, JIT_GETFIELD_I, 1, &P, JIT_D_FIELD, v)->res;
  int32_t a2[2] = { x, N };
  int32_t c = jit_emit_op(t, JIT_INT_LT, 2, a2, JIT_D_NONE, NULL)->res;
  int32_t fa[3] = { P, N, S };
  guard(t, JIT_GUARD_TRUE, c, 3, fa);
  int32_t a3[2] = { S, x };
  int32_t s2 = jit_emit_op(t, JIT_INT_ADD_OVF, 2, a3, JIT_D_NONE, NULL)->res;
  guard(t, JIT_GUARD_NO_OVERFLOW, -1, 3, fa);
  int32_t a4[2] = { x, jit_const_int(t, 1) };
  int32_t x1 = jit_emit_op(t, JIT_INT_ADD, 2, a4, JIT_D_NONE, NULL)->res;
  int32_t p2 = jit_emit_op(t, JIT_NEW_WITH_VTABLE, 0, NULL, JIT_D_STRUCT, box)->res;
  int32_t a5[2] = { p2, x1 };
  jit_emit_op(t, JIT_SETFIELD, 2, a5, JIT_D_FIELD, v);
  int32_t ja[3] = { p2, N, s2 };
  jit_emit_op(t, JIT_JUMP, 3, ja, JIT_D_NONE, NULL);
  if (jit_verify(t, err, sizeof err)) return fail(err);

  int64_t in[2] = { 0, 1000 };
  jit_result *ref = malloc(sizeof *ref), *got = malloc(sizeof *got);
  jit_program prog = { t, 0, NULL, NULL };
  jit_interp_run(&prog, in, ref, 1000000);
  jit_trace *o = jit_optimize(t, NULL, "all", true, NULL, err, sizeof err);
  if (!o) return fail(err);
  int li = jit_find_label(o);
  for (int i = li; i < o->nops; i++)
    if (o->ops[i].opc == JIT_NEW_WITH_VTABLE) return fail("the optimized loop still allocates");
  jit_code *code = jit_compile(o, NULL, err, sizeof err);
  if (!code) return fail(err);
  jit_code_run(code, in, got);
  /* code memory is writable or executable, never both */
  FILE *maps = fopen("/proc/self/maps", "r");
  if (maps) {
    char line[512];
    while (fgets(line, sizeof line, maps)) {
      char perms[8] = "";
      if (sscanf(line, "%*s %7s", perms) == 1 && perms[1] == 'w' && perms[2] == 'x') {
        printf("api: FAIL: a writable and executable mapping: %s", line);
        fclose(maps);
        return 1;
      }
    }
    fclose(maps);
  }
  char *s1 = NULL, *s2s = NULL; size_t l1, l2;
  FILE *f1 = open_memstream(&s1, &l1), *f2 = open_memstream(&s2s, &l2);
  jit_print_result(f1, d, ref);
  jit_print_result(f2, d, got);
  fclose(f1); fclose(f2);
  int rc = 0;
  if (strcmp(s1, s2s) || strcmp(s1, "guard 0 failed: Box(v=1000) 1000 499500\n")) {
    printf("api: FAIL: results differ or are wrong:\n  ref: %s  jit: %s", s1, s2s);
    rc = 1;
  } else {
    printf("api: ok (%s)\n", "loop built with jit_emit_op, boxed counter removed");
  }
  free(s1); free(s2s); free(ref); free(got);
  jit_code_free(code);
  jit_trace_free(o);
  jit_trace_free(t);
  jit_descrs_free(d);
  jit_heap_reset();
  return rc;
}
