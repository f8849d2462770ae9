/* jit_interp.h: the reference interpreter (ground truth for every other stage), the run
 * result shared with compiled code, rebuilding of virtuals from guard resume data, and the
 * printing of results (objects printed by structure so that two runs can be compared). */
#ifndef JIT_INTERP_H
#define JIT_INTERP_H
#include "jit_ir.h"

typedef enum { JIT_EXIT_FINISH, JIT_EXIT_GUARD, JIT_EXIT_ERROR } jit_exit_kind;

#define JIT_MAX_RESULT 1024
typedef struct {
  jit_exit_kind kind;
  int trace;                 /* 0 = loop, k = bridge k-1 */
  int guard_id;
  int nvals;
  bool inputs_appended;      /* vals[nexit..nvals) are the run's reference inputs, not exit values */
  int nexit;
  jit_type types[JIT_MAX_RESULT];
  int64_t vals[JIT_MAX_RESULT];   /* raw bits: ints, double bits, pointers */
  int64_t exc;
  char error[256];
} jit_result;

typedef struct {
  const jit_trace *loop;
  int nbridges;
  const jit_trace *const *bridges;
  const jit_trace *reentry;  /* if set, bridges' jumps start this trace (inputs = label params) */
} jit_program;

/* Runs the program on inputs (raw bits, typed by loop->inputs). */
void jit_interp_run(const jit_program *p, const int64_t *inputs, jit_result *r, long step_limit);

/* Builds the guard's exit values: leaf values come from get(ctx, value id); virtuals are allocated. */
typedef int64_t (*jit_leaf_fn)(void *ctx, int32_t v);
void jit_resume_values(const jit_trace *t, const jit_op *guard, jit_leaf_fn get, void *ctx, int64_t *out, jit_type *types);

/* Objects made by the heap record their descriptor so they can be printed by structure. */
void *jit_new_struct(const jit_struct *s);
void *jit_new_array(const jit_array *a, int64_t len);
void jit_print_result(FILE *f, const jit_descrs *d, const jit_result *r);
void jit_print_typed(FILE *f, const jit_descrs *d, jit_type t, int64_t bits);
bool jit_eval_pure(int opc, int64_t x, int64_t y, int64_t *out);
/* Reads/writes a field or array item of the given size and type (sign-extending ints). */
int64_t jit_load(const void *addr, jit_type t, int size);
void jit_store(void *addr, jit_type t, int size, int64_t bits);
#endif
