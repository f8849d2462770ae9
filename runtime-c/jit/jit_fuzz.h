/* jit_fuzz.h: random trace generator for differential testing (text in the trace format). */
#ifndef JIT_FUZZ_H
#define JIT_FUZZ_H
#include <stdint.h>
/* Returns a malloc'ed trace file text (with #run: lines), deterministic in seed. */
char *jit_fuzz_trace(uint64_t seed);
#endif
