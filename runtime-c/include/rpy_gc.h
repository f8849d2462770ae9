/* rpy_gc.h -- the one GC interface of the runtime.
 *
 * Every allocation made by generated code and by the runtime goes through
 * these functions, so that Boehm libgc can later be replaced by an exact GC
 * without touching generated code.  Today: Boehm conservative GC.
 */
#ifndef RPY_GC_H
#define RPY_GC_H

#include <stdbool.h>
#include <stddef.h>

/* Initialise the collector.  Must be called once, first thing in main()
 * (rpy_runtime_init() does it).  Calling it again is harmless. */
void rpy_gc_init(void);

/* Allocate `size` bytes of zeroed memory that may hold pointers to other GC
 * objects.  Never returns NULL: on exhaustion the program stops with
 * rpy_fatal("out of memory"). */
void *rpy_malloc(size_t size);

/* Allocate `size` bytes that will never hold GC pointers (strings, bytes,
 * float arrays).  The memory is zeroed too (so callers may rely on it). */
void *rpy_malloc_atomic(size_t size);

/* Resize a block returned by rpy_malloc (keeps its pointer-ness); the new
 * tail beyond the old size is zeroed.  `old_size` is the old usable size.
 * `p` may also be static (prebuilt) memory or NULL: then a new GC block is
 * allocated and the old contents copied. */
void *rpy_realloc(void *p, size_t old_size, size_t new_size);

/* Whether p points into the GC heap (false for static prebuilt data). */
bool rpy_gc_is_heap(const void *p);

/* Run a full collection now (tests, gc.collect()). */
void rpy_gc_collect(void);

#endif
