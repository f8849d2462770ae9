/* rpy_stack.h -- stack-overflow detection for deep recursion.
 * The translator's stack-check transform calls rpy_stack_check() at the
 * entry of recursive functions; when the C stack is nearly exhausted it
 * raises RecursionError "maximum recursion depth exceeded" (CPython's
 * message) and returns true, and the caller propagates the exception.
 * The limit is computed by rpy_runtime_init() from RLIMIT_STACK (8 MiB if
 * unlimited) minus a safety margin; x86-64 stacks grow downwards. */
#ifndef RPY_STACK_H
#define RPY_STACK_H

#include <stdbool.h>
#include <stdint.h>

extern uintptr_t rpy_stack_limit;   /* lowest safe stack address; 0 = not set up */

bool rpy_stack_overflow(void);      /* raises RecursionError, returns true */

static inline bool rpy_stack_check(void)
{
    char here;
    if ((uintptr_t)&here < rpy_stack_limit) return rpy_stack_overflow();
    return false;
}

/* Set up the limit: `base` is an address near the bottom of the stack
 * (e.g. of a local in main); `size` the usable bytes.  Called by
 * rpy_runtime_init with RLIMIT_STACK. */
void rpy_stack_init(void *base, uint64_t size);

#endif
