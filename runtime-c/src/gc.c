/* gc.c -- the GC interface (rpy_gc.h) on top of Boehm libgc. */
#include <stdlib.h>
#include <string.h>
#include <gc.h>
#include <gc/gc_inline.h>
#include "rpy_gc.h"
#include "rpy_exc.h"

static int gc_ready;

void rpy_gc_init(void)
{
    if (gc_ready) return;
    gc_ready = 1;
    GC_INIT();
    /* Collect less often, growing the heap faster: translated programs allocate many small
     * short-lived objects, and a collection costs more than the memory (about 10% faster on
     * pypy-c's benchmarks). GC_FREE_SPACE_DIVISOR in the environment still wins. */
    if (getenv("GC_FREE_SPACE_DIVISOR") == NULL) GC_set_free_space_divisor(1);
}

/* Small objects come from free lists of our own, one per size in granules, refilled a whole
 * block at a time by GC_generic_malloc_many.  Translated programs are single-threaded, so this
 * skips GC_malloc_kind's thread-local lookup (__tls_get_addr) on every allocation.  Sizes are
 * rounded as Boehm rounds them, one extra byte included (a pointer just past an object's end
 * still keeps it alive).
 *
 * Objects that may hold pointers stay linked through their first word: the list heads are
 * static data, which the collector scans, and it traces the links.  Pointer-free objects are
 * not traced, so their links would not keep the rest of a list alive: those lists are copied
 * into static arrays of pointers instead (objects beyond an array's capacity are dropped and
 * simply collected). */
#define RPY_GRANULE 16
#define RPY_SMALL_GRANULES 32               /* objects up to 511 bytes */
#define RPY_ATOMIC_CACHE 256
static void *normal_lists[RPY_SMALL_GRANULES + 1];
static void *atomic_cache[RPY_SMALL_GRANULES + 1][RPY_ATOMIC_CACHE];
static int atomic_count[RPY_SMALL_GRANULES + 1];

static inline size_t granules_for(size_t size)
{
    return (size + 1 + RPY_GRANULE - 1) / RPY_GRANULE;
}

static void *small_alloc_normal(size_t size)
{
    size_t g = granules_for(size);
    void *p = normal_lists[g];
    if (__builtin_expect(p == NULL, 0)) {
        GC_generic_malloc_many(g * RPY_GRANULE, GC_I_NORMAL, &normal_lists[g]);
        p = normal_lists[g];
        if (!p) rpy_fatal("out of memory (%zu bytes)", size);
    }
    normal_lists[g] = GC_NEXT(p);
    GC_NEXT(p) = NULL;                   /* the rest of a NORMAL object is already zeroed */
    return p;
}

static void *small_alloc_atomic(size_t size)
{
    size_t g = granules_for(size);
    int n = atomic_count[g];
    if (__builtin_expect(n == 0, 0)) {
        void *list = NULL;
        GC_generic_malloc_many(g * RPY_GRANULE, GC_I_PTRFREE, &list);
        if (!list) rpy_fatal("out of memory (%zu bytes)", size);
        while (list != NULL && n < RPY_ATOMIC_CACHE) {  /* no allocation here: no collection */
            atomic_cache[g][n++] = list;
            list = GC_NEXT(list);
        }
    }
    atomic_count[g] = n - 1;
    return atomic_cache[g][n - 1];
}

void *rpy_malloc(size_t size)
{
    if (size < RPY_SMALL_GRANULES * RPY_GRANULE) return small_alloc_normal(size);
    void *p = GC_MALLOC(size);                /* GC_MALLOC memory is zeroed */
    if (!p) rpy_fatal("out of memory (%zu bytes)", size);
    return p;
}

void *rpy_malloc_atomic(size_t size)
{
    void *p;
    if (size < RPY_SMALL_GRANULES * RPY_GRANULE) p = small_alloc_atomic(size);
    else p = GC_MALLOC_ATOMIC(size);
    if (!p) rpy_fatal("out of memory (%zu bytes)", size);
    memset(p, 0, size);
    return p;
}

bool rpy_gc_is_heap(const void *p)
{
    return p != NULL && GC_base((void *)p) != NULL;
}

void *rpy_realloc(void *p, size_t old_size, size_t new_size)
{
    if (!rpy_gc_is_heap(p) || GC_base(p) != p) {   /* static data, NULL, or inside another block */
        void *q = rpy_malloc(new_size);
        if (p) memcpy(q, p, old_size < new_size ? old_size : new_size);
        return q;
    }
    void *q = GC_REALLOC(p, new_size ? new_size : 1);
    if (!q) rpy_fatal("out of memory (%zu bytes)", new_size);
    if (new_size > old_size) memset((char *)q + old_size, 0, new_size - old_size);
    return q;
}

void rpy_gc_collect(void)
{
    GC_gcollect();
}
