/* jit_parse.h: reading the textual trace format (TRACE_FORMAT.md) into a jit_unit: the
 * descriptor declarations, one loop (or straight-line) trace and its bridges. */
#ifndef JIT_PARSE_H
#define JIT_PARSE_H
#include "jit_ir.h"

#define JIT_MAX_BRIDGES 32
typedef struct {
  jit_descrs *descrs;
  jit_trace *loop;
  int nbridges;
  jit_trace *bridges[JIT_MAX_BRIDGES];
  int nruns;                 /* "#run: ..." lines, kept as text for jitrun */
  char *runs[64];
} jit_unit;

/* Returns NULL and writes "file:line: message" to err on error. */
jit_unit *jit_parse_string(const char *text, const char *filename, char *err, size_t errlen);
jit_unit *jit_parse_file(const char *path, char *err, size_t errlen);
/* Declarations only (struct/array/func lines): for traces built with the jit_emit API. */
jit_descrs *jit_parse_descrs(const char *text, const char *filename, char *err, size_t errlen);
void jit_unit_free(jit_unit *u);
void jit_print_unit(FILE *f, const jit_unit *u);
/* Verifies the loop and every bridge (bridge inputs against their guard). */
int jit_verify_unit(const jit_unit *u, char *err, size_t errlen);
#endif
