/* jit_backend.h: the x86-64 backend. A compiled trace is a function
 *   int64_t code(int64_t *frame)
 * taking its inputs from frame[] and leaving exit values there; it returns the exit number.
 * Guards jump to out-of-line failure paths; a guard can later be patched to enter a bridge.
 * Bridges and loop re-entry are tail calls between such functions over the same frame. */
#ifndef JIT_BACKEND_H
#define JIT_BACKEND_H
#include "jit_ir.h"
#include "jit_interp.h"

typedef struct jit_code jit_code;

/* Compiles a loop (or straight-line) trace. reentry (may be NULL) is the trace bridges jump to. */
jit_code *jit_compile(const jit_trace *loop, const jit_trace *reentry, char *err, size_t errlen);
/* Compiles bridge (inputs = original fail args of guard bridge->bridge_of of the loop, or of
 * bridge number bridge->bridge_parent in attachment order) and patches those guards. */
int jit_attach_bridge(jit_code *c, const jit_trace *bridge, char *err, size_t errlen);
void jit_code_run(jit_code *c, const int64_t *inputs, jit_result *r);
void jit_code_dump(FILE *f, jit_code *c);
size_t jit_code_size(jit_code *c);
void jit_code_free(jit_code *c);
#endif
