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
static inline void *rpy_malloc(size_t size);

/* Allocate `size` bytes that will never hold GC pointers (strings, bytes,
 * float arrays).  The memory is zeroed too (so callers may rely on it). */
static inline void *rpy_malloc_atomic(size_t size);

/* The out-of-line paths (refilling the free lists, big objects). */
void *rpy_malloc_slow(size_t size);
void *rpy_malloc_atomic_slow(size_t size);

/* Free lists of small objects, by size in 16-byte granules (gc.c explains them); the fast
 * paths below are inline because translated programs allocate in nearly every function. */
#define RPY_GRANULE 16
#define RPY_SMALL_GRANULES 32               /* objects up to 511 bytes */
#define RPY_ATOMIC_CACHE 256
extern void *rpy_gc_normal_lists[RPY_SMALL_GRANULES + 1];
extern void *rpy_gc_atomic_cache[RPY_SMALL_GRANULES + 1][RPY_ATOMIC_CACHE];
extern int rpy_gc_atomic_count[RPY_SMALL_GRANULES + 1];

/* Boehm's size rounding, one extra byte included (a pointer just past an object's end still
 * keeps it alive). */
static inline size_t rpy_gc_granules(size_t size)
{
    return (size + RPY_GRANULE) / RPY_GRANULE;
}

static inline void *rpy_malloc(size_t size)
{
    if (__builtin_expect(size < RPY_SMALL_GRANULES * RPY_GRANULE, 1)) {
        size_t g = rpy_gc_granules(size);
        void *p = rpy_gc_normal_lists[g];
        if (__builtin_expect(p != NULL, 1)) {
            rpy_gc_normal_lists[g] = *(void **)p;
            *(void **)p = NULL;              /* the rest is already zeroed */
            return p;
        }
    }
    return rpy_malloc_slow(size);
}

static inline void *rpy_malloc_atomic(size_t size)
{
    if (__builtin_expect(size < RPY_SMALL_GRANULES * RPY_GRANULE, 1)) {
        size_t g = rpy_gc_granules(size);
        int n = rpy_gc_atomic_count[g];
        if (__builtin_expect(n > 0, 1)) {
            rpy_gc_atomic_count[g] = n - 1;
            unsigned long long *p = (unsigned long long *)rpy_gc_atomic_cache[g][n - 1];
            for (size_t i = 0; i < 2 * g; i++) p[i] = 0;     /* whole granules: all ours */
            return p;
        }
    }
    return rpy_malloc_atomic_slow(size);
}

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
