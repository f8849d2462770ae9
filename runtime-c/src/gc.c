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
void *rpy_gc_normal_lists[RPY_SMALL_GRANULES + 1];
void *rpy_gc_atomic_cache[RPY_SMALL_GRANULES + 1][RPY_ATOMIC_CACHE];
int rpy_gc_atomic_count[RPY_SMALL_GRANULES + 1];

void *rpy_malloc_slow(size_t size)
{
    if (size < RPY_SMALL_GRANULES * RPY_GRANULE) {
        size_t g = rpy_gc_granules(size);
        GC_generic_malloc_many(g * RPY_GRANULE, GC_I_NORMAL, &rpy_gc_normal_lists[g]);
        if (!rpy_gc_normal_lists[g]) rpy_fatal("out of memory (%zu bytes)", size);
        return rpy_malloc(size);
    }
    void *p = GC_MALLOC(size);                /* GC_MALLOC memory is zeroed */
    if (!p) rpy_fatal("out of memory (%zu bytes)", size);
    return p;
}

void *rpy_malloc_atomic_slow(size_t size)
{
    if (size < RPY_SMALL_GRANULES * RPY_GRANULE) {
        size_t g = rpy_gc_granules(size);
        void *list = NULL;
        GC_generic_malloc_many(g * RPY_GRANULE, GC_I_PTRFREE, &list);
        if (!list) rpy_fatal("out of memory (%zu bytes)", size);
        int n = 0;
        while (list != NULL && n < RPY_ATOMIC_CACHE) {  /* no allocation here: no collection */
            rpy_gc_atomic_cache[g][n++] = list;
            list = GC_NEXT(list);
        }
        rpy_gc_atomic_count[g] = n;
        return rpy_malloc_atomic(size);
    }
    void *p = GC_MALLOC_ATOMIC(size);
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
