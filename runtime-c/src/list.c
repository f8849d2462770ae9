/* list.c -- RPython `list` (rpy_list.h): a resizable array of rpy_word with
 * Python's indexing, slicing and clamping rules, and a stable merge sort. */
#include <string.h>
#include "rpy_list.h"
#include "rpy_gc.h"
#include "rpy_exc.h"
#include "rpy_str.h"
#include "rpy_strconv.h"
#include "rt_internal.h"

static rpy_word *alloc_items(int64_t n)
{
    return rpy_malloc((size_t)(n > 0 ? n : 1) * sizeof(rpy_word));
}

/* A new list keeps its first items in the same GC block as its header (one allocation
 * instead of two); growing past them moves the items to a block of their own. */
static int items_inline(const rpy_list *l)
{
    return l->items == (const rpy_word *)(const void *)(l + 1);
}

/* An empty list gets room for a few items anyway (in the same GC block): most lists that start
 * empty are appended to, and short ones (a frame's value stack) then never reallocate. */
#define RPY_LIST_MIN_INLINE 4

rpy_list *rpy_list_new_capacity(int64_t capacity)
{
    if (capacity < RPY_LIST_MIN_INLINE) capacity = RPY_LIST_MIN_INLINE;
    rpy_list *l = rpy_malloc(sizeof *l + (size_t)capacity * sizeof(rpy_word));
    l->allocated = capacity;
    l->items = (rpy_word *)(void *)(l + 1);
    return l;
}

rpy_list *rpy_list_new(int64_t length)
{
    if (length < 0) length = 0;
    rpy_list *l = rpy_list_new_capacity(length);
    l->length = length;
    return l;
}

rpy_list *rpy_list_from(const rpy_word *items, int64_t n)
{
    rpy_list *l = rpy_list_new(n);
    if (n > 0) memcpy(l->items, items, (size_t)n * sizeof(rpy_word));
    return l;
}

void rpy_list_reserve(rpy_list *l, int64_t capacity)
{
    if (capacity <= l->allocated) return;
    int64_t n = l->allocated + (l->allocated >> 1) + 4;   /* grow by 1.5x */
    if (n < capacity) n = capacity;
    if (items_inline(l)) {
        rpy_word *items = alloc_items(n);
        if (l->length > 0) memcpy(items, l->items, (size_t)l->length * sizeof(rpy_word));
        /* the inline slots stay in the header's block: clear them, or the conservative GC
         * would keep what they pointed to alive as long as the list lives */
        memset(l->items, 0, (size_t)l->allocated * sizeof(rpy_word));
        l->items = items;
    } else {
        l->items = rpy_realloc(l->items, (size_t)l->allocated * sizeof(rpy_word),
                               (size_t)n * sizeof(rpy_word));
    }
    l->allocated = n;
}

void rpy_list_resize(rpy_list *l, int64_t newlength)
{
    if (newlength < 0) newlength = 0;
    if (newlength > l->allocated) rpy_list_reserve(l, newlength);
    if (newlength < l->length)   /* clear the tail: no stale pointers for the GC */
        memset(l->items + newlength, 0, (size_t)(l->length - newlength) * sizeof(rpy_word));
    else if (newlength > l->length)
        memset(l->items + l->length, 0, (size_t)(newlength - l->length) * sizeof(rpy_word));
    l->length = newlength;
}

void rpy_list_append(rpy_list *l, rpy_word item)
{
    if (l->length == l->allocated) rpy_list_reserve(l, l->length + 1);
    l->items[l->length++] = item;
}

void rpy_list_insert(rpy_list *l, int64_t index, rpy_word item)
{
    int64_t n = l->length;
    if (index < 0) { index += n; if (index < 0) index = 0; }
    if (index > n) index = n;
    if (n == l->allocated) rpy_list_reserve(l, n + 1);
    memmove(l->items + index + 1, l->items + index, (size_t)(n - index) * sizeof(rpy_word));
    l->items[index] = item;
    l->length = n + 1;
}

rpy_word rpy_list_pop(rpy_list *l, int64_t index)
{
    if (l->length == 0) {
        rpy_raise_msg(RPY_EXC_INDEXERROR, "pop from empty list");
        return rpy_word_i(0);
    }
    if (index < 0) index += l->length;
    if (index < 0 || index >= l->length) {
        rpy_raise_msg(RPY_EXC_INDEXERROR, "pop index out of range");
        return rpy_word_i(0);
    }
    rpy_word r = l->items[index];
    memmove(l->items + index, l->items + index + 1, (size_t)(l->length - index - 1) * sizeof(rpy_word));
    l->length--;
    l->items[l->length].u = 0;
    return r;
}

rpy_word rpy_list_pop_last(rpy_list *l)
{
    return rpy_list_pop(l, -1);
}

rpy_word rpy_list_getitem_checked(rpy_list *l, int64_t index)
{
    if (index < 0) index += l->length;
    if (index < 0 || index >= l->length) {
        rpy_raise_msg(RPY_EXC_INDEXERROR, "list index out of range");
        return rpy_word_i(0);
    }
    return l->items[index];
}

void rpy_list_setitem_checked(rpy_list *l, int64_t index, rpy_word item)
{
    if (index < 0) index += l->length;
    if (index < 0 || index >= l->length) {
        rpy_raise_msg(RPY_EXC_INDEXERROR, "list assignment index out of range");
        return;
    }
    l->items[index] = item;
}

void rpy_list_delitem(rpy_list *l, int64_t index)
{
    if (index < 0) index += l->length;
    if (index < 0 || index >= l->length) {
        rpy_raise_msg(RPY_EXC_INDEXERROR, "list assignment index out of range");
        return;
    }
    rpy_list_delslice(l, index, index + 1);
}

void rpy_list_extend(rpy_list *l, rpy_list *other)
{
    int64_t n = other->length, old = l->length;
    if (n == 0) return;
    rpy_list_reserve(l, old + n);
    memmove(l->items + old, other->items, (size_t)n * sizeof(rpy_word));   /* other may be l */
    l->length = old + n;
}

rpy_list *rpy_list_concat(rpy_list *a, rpy_list *b)
{
    rpy_list *r = rpy_list_new(a->length + b->length);
    if (a->length) memcpy(r->items, a->items, (size_t)a->length * sizeof(rpy_word));
    if (b->length) memcpy(r->items + a->length, b->items, (size_t)b->length * sizeof(rpy_word));
    return r;
}

rpy_list *rpy_list_mul(rpy_list *l, int64_t n)
{
    if (n <= 0 || l->length == 0) return rpy_list_new(0);
    int64_t total;
    if (__builtin_mul_overflow(l->length, n, &total) || total > ((int64_t)1 << 56)) {
        rpy_raise_msg(RPY_EXC_MEMORYERROR, "list is too long");
        return rpy_list_new(0);
    }
    rpy_list *r = rpy_list_new(total);
    if (l->length == 1) {                     /* [x] * n, the usual case: no copying loop */
        rpy_word w = l->items[0];
        if (w.u != 0)
            for (int64_t k = 0; k < n; k++) r->items[k] = w;
        return r;                             /* rpy_list_new zeroed the items already */
    }
    for (int64_t k = 0; k < n; k++)
        memcpy(r->items + k * l->length, l->items, (size_t)l->length * sizeof(rpy_word));
    return r;
}

void rpy_list_imul(rpy_list *l, int64_t n)
{
    rpy_list *r = rpy_list_mul(l, n);
    l->items = r->items;
    l->length = r->length;
    l->allocated = r->allocated;
}

rpy_list *rpy_list_slice(rpy_list *l, int64_t start, int64_t stop)
{
    rt_slice1(l->length, &start, &stop);
    return rpy_list_from(l->items + start, stop - start);
}

rpy_list *rpy_list_slice_step(rpy_list *l, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "slice step cannot be zero");
        return rpy_list_new(0);
    }
    int64_t n = rt_slice_step(l->length, &start, &stop, step);
    rpy_list *r = rpy_list_new(n);
    for (int64_t i = 0, k = start; i < n; i++, k += step) r->items[i] = l->items[k];
    return r;
}

void rpy_list_delslice(rpy_list *l, int64_t start, int64_t stop)
{
    rt_slice1(l->length, &start, &stop);
    int64_t n = stop - start;
    if (n == 0) return;
    memmove(l->items + start, l->items + stop, (size_t)(l->length - stop) * sizeof(rpy_word));
    memset(l->items + l->length - n, 0, (size_t)n * sizeof(rpy_word));
    l->length -= n;
}

void rpy_list_delslice_step(rpy_list *l, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "slice step cannot be zero");
        return;
    }
    if (step == 1) { rpy_list_delslice(l, start, stop); return; }
    int64_t n = rt_slice_step(l->length, &start, &stop, step);
    if (n == 0) return;
    if (step < 0) {   /* same set of indexes, walked upwards */
        start = start + (n - 1) * step;
        step = -step;
    }
    int64_t w = start, next = start, removed = 0;
    for (int64_t r = start; r < l->length; r++) {
        if (removed < n && r == next) { removed++; next += step; continue; }
        l->items[w++] = l->items[r];
    }
    memset(l->items + w, 0, (size_t)(l->length - w) * sizeof(rpy_word));
    l->length = w;
}

void rpy_list_setslice(rpy_list *l, int64_t start, int64_t stop, rpy_list *other)
{
    rt_slice1(l->length, &start, &stop);
    int64_t m = other->length;
    rpy_word *src = other->items;
    if (other == l) src = rpy_list_copy(other)->items;
    int64_t old = stop - start, newlen = l->length - old + m;
    if (m > old) rpy_list_reserve(l, newlen);
    memmove(l->items + start + m, l->items + stop, (size_t)(l->length - stop) * sizeof(rpy_word));
    if (m) memcpy(l->items + start, src, (size_t)m * sizeof(rpy_word));
    if (newlen < l->length)
        memset(l->items + newlen, 0, (size_t)(l->length - newlen) * sizeof(rpy_word));
    l->length = newlen;
}

void rpy_list_setslice_from_slice(rpy_list *l, int64_t start, int64_t stop,
                                  rpy_list *src, int64_t sstart, int64_t sstop, int64_t sstep)
{
    if (sstep == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "slice step cannot be zero");
        return;
    }
    int64_t m = rt_slice_step(src->length, &sstart, &sstop, sstep);
    rpy_word small[64];
    rpy_word *buf = m <= 64 ? small : rpy_malloc((size_t)m * sizeof(rpy_word));
    for (int64_t i = 0, k = sstart; i < m; i++, k += sstep) buf[i] = src->items[k];
    rt_slice1(l->length, &start, &stop);
    int64_t old = stop - start, newlen = l->length - old + m;
    if (m > old) rpy_list_reserve(l, newlen);
    memmove(l->items + start + m, l->items + stop, (size_t)(l->length - stop) * sizeof(rpy_word));
    if (m) memcpy(l->items + start, buf, (size_t)m * sizeof(rpy_word));
    if (newlen < l->length)
        memset(l->items + newlen, 0, (size_t)(l->length - newlen) * sizeof(rpy_word));
    l->length = newlen;
}

void rpy_list_setslice_step(rpy_list *l, int64_t start, int64_t stop, int64_t step, rpy_list *other)
{
    if (step == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "slice step cannot be zero");
        return;
    }
    if (step == 1) { rpy_list_setslice(l, start, stop, other); return; }
    int64_t n = rt_slice_step(l->length, &start, &stop, step);
    if (other->length != n) {
        rpy_raise_msg(RPY_EXC_VALUEERROR,
                      "attempt to assign sequence of size %lld to extended slice of size %lld",
                      (long long)other->length, (long long)n);
        return;
    }
    rpy_word *src = other == l ? rpy_list_copy(other)->items : other->items;
    for (int64_t i = 0, k = start; i < n; i++, k += step) l->items[k] = src[i];
}

void rpy_list_reverse(rpy_list *l)
{
    for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) {
        rpy_word t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

rpy_list *rpy_list_copy(rpy_list *l)
{
    return rpy_list_from(l->items, l->length);
}

void rpy_list_clear(rpy_list *l)
{
    l->length = 0;
    l->allocated = 0;
    l->items = alloc_items(0);
}

/* ---- sorting: stable top-down merge sort, insertion sort below 16 ---- */

struct sorter { rpy_lt_fn lt; void *ctx; bool failed; };

static inline bool less(struct sorter *st, rpy_word a, rpy_word b)
{
    if (st->failed) return false;
    bool r = st->lt(a, b, st->ctx);
    if (rpy_exc_type) { st->failed = true; return false; }
    return r;
}

static void msort(struct sorter *st, rpy_word *a, rpy_word *tmp, int64_t n)
{
    if (n < 16) {
        for (int64_t i = 1; i < n; i++) {
            rpy_word x = a[i];
            int64_t j = i;
            while (j > 0 && less(st, x, a[j - 1])) { a[j] = a[j - 1]; j--; }
            a[j] = x;
        }
        return;
    }
    int64_t h = n / 2;
    msort(st, a, tmp, h);
    msort(st, a + h, tmp, n - h);
    if (!less(st, a[h], a[h - 1])) return;       /* already in order */
    memcpy(tmp, a, (size_t)h * sizeof(rpy_word));
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (less(st, a[j], tmp[i])) a[k++] = a[j++];
        else a[k++] = tmp[i++];
    }
    while (i < h) a[k++] = tmp[i++];
}

/* The same merge sort with an inline comparison, for the predefined
 * callbacks (no indirect call per comparison; same results). */
#define DEFINE_MSORT(name, LESS)                                               \
    static void name(rpy_word *a, rpy_word *tmp, int64_t n)                    \
    {                                                                          \
        if (n < 16) {                                                          \
            for (int64_t i = 1; i < n; i++) {                                  \
                rpy_word x = a[i];                                             \
                int64_t j = i;                                                 \
                while (j > 0 && LESS(x, a[j - 1])) { a[j] = a[j - 1]; j--; }   \
                a[j] = x;                                                      \
            }                                                                  \
            return;                                                            \
        }                                                                      \
        int64_t h = n / 2;                                                     \
        name(a, tmp, h);                                                       \
        name(a + h, tmp, n - h);                                               \
        if (!LESS(a[h], a[h - 1])) return;                                     \
        memcpy(tmp, a, (size_t)h * sizeof(rpy_word));                          \
        int64_t i = 0, j = h, k = 0;                                           \
        while (i < h && j < n) {                                               \
            if (LESS(a[j], tmp[i])) a[k++] = a[j++];                           \
            else a[k++] = tmp[i++];                                            \
        }                                                                      \
        while (i < h) a[k++] = tmp[i++];                                       \
    }

#define LESS_INT(x, y) ((x).i < (y).i)
#define LESS_UINT(x, y) ((x).u < (y).u)
#define LESS_FLOAT(x, y) ((x).f < (y).f)
#define LESS_STR(x, y) (rpy_str_cmp((x).p, (y).p) < 0)
DEFINE_MSORT(msort_int, LESS_INT)
DEFINE_MSORT(msort_uint, LESS_UINT)
DEFINE_MSORT(msort_float, LESS_FLOAT)
DEFINE_MSORT(msort_str, LESS_STR)

void rpy_list_sort(rpy_list *l, rpy_lt_fn lt, void *ctx, bool reverse)
{
    if (l->length < 2) return;
    struct sorter st = { lt, ctx, false };
    rpy_word *tmp = rpy_malloc((size_t)(l->length / 2 + 1) * sizeof(rpy_word));
    /* CPython's reverse=True: reverse, stable sort, reverse (keeps equal
     * items in their original order). */
    if (reverse) rpy_list_reverse(l);
    if (lt == rpy_lt_int) msort_int(l->items, tmp, l->length);
    else if (lt == rpy_lt_uint) msort_uint(l->items, tmp, l->length);
    else if (lt == rpy_lt_float) msort_float(l->items, tmp, l->length);
    else if (lt == rpy_lt_str) msort_str(l->items, tmp, l->length);
    else msort(&st, l->items, tmp, l->length);
    if (reverse) rpy_list_reverse(l);
}

struct keyed { rpy_list *keys; rpy_lt_fn lt; void *ctx; };

static bool lt_by_key(rpy_word a, rpy_word b, void *ctx)
{
    struct keyed *k = ctx;
    return k->lt(k->keys->items[a.i], k->keys->items[b.i], k->ctx);
}

void rpy_list_sort_by_keys(rpy_list *l, rpy_list *keys, rpy_lt_fn lt, void *ctx, bool reverse)
{
    int64_t n = l->length;
    if (n < 2) return;
    rpy_list *perm = rpy_list_new(n);
    for (int64_t i = 0; i < n; i++) perm->items[i].i = i;
    struct keyed k = { keys, lt, ctx };
    rpy_list_sort(perm, lt_by_key, &k, reverse);
    rpy_word *items = rpy_malloc((size_t)n * sizeof(rpy_word));
    rpy_word *kitems = rpy_malloc((size_t)n * sizeof(rpy_word));
    for (int64_t i = 0; i < n; i++) {
        items[i] = l->items[perm->items[i].i];
        kitems[i] = keys->items[perm->items[i].i];
    }
    memcpy(l->items, items, (size_t)n * sizeof(rpy_word));
    memcpy(keys->items, kitems, (size_t)n * sizeof(rpy_word));
}

int rpy_list_cmp(rpy_list *a, rpy_list *b, rpy_lt_fn lt, void *ctx)
{
    int64_t n = a->length < b->length ? a->length : b->length;
    for (int64_t i = 0; i < n; i++) {
        if (lt(a->items[i], b->items[i], ctx)) return -1;
        if (rpy_exc_type) return 0;
        if (lt(b->items[i], a->items[i], ctx)) return 1;
        if (rpy_exc_type) return 0;
    }
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

/* ---- searching ---- */

int64_t rpy_list_find(rpy_list *l, rpy_word x, int64_t start, int64_t end, rpy_eq_fn eq, void *ctx)
{
    rt_adjust_indices(l->length, &start, &end);
    for (int64_t i = start; i < end && i < l->length; i++) {
        bool r = eq(l->items[i], x, ctx);
        if (rpy_exc_type) return -1;
        if (r) return i;
    }
    return -1;
}

int64_t rpy_list_index(rpy_list *l, rpy_word x, int64_t start, int64_t end, rpy_eq_fn eq, void *ctx)
{
    int64_t i = rpy_list_find(l, x, start, end, eq, ctx);
    if (i >= 0 || rpy_exc_type) return i;
    /* CPython says "<repr(x)> is not in list": known for the predefined
     * comparators, generic otherwise */
    rpy_str *r = NULL;
    if (eq == rpy_eq_int) r = rpy_str_of_int(x.i);
    else if (eq == rpy_eq_float) r = rpy_str_of_float(x.f);
    else if (eq == rpy_eq_str && x.p) r = rpy_str_repr(x.p);
    if (r) rpy_raise_builtin(RPY_EXC_VALUEERROR, rpy_str_concat(r, rpy_str_from_cstr(" is not in list")));
    else rpy_raise_msg(RPY_EXC_VALUEERROR, "list.index(x): x not in list");
    return -1;
}

int64_t rpy_list_count(rpy_list *l, rpy_word x, rpy_eq_fn eq, void *ctx)
{
    int64_t n = 0;
    for (int64_t i = 0; i < l->length; i++) {
        bool r = eq(l->items[i], x, ctx);
        if (rpy_exc_type) return 0;
        n += r;
    }
    return n;
}

bool rpy_list_contains(rpy_list *l, rpy_word x, rpy_eq_fn eq, void *ctx)
{
    for (int64_t i = 0; i < l->length; i++) {
        bool r = eq(l->items[i], x, ctx);
        if (rpy_exc_type) return false;
        if (r) return true;
    }
    return false;
}

void rpy_list_remove(rpy_list *l, rpy_word x, rpy_eq_fn eq, void *ctx)
{
    for (int64_t i = 0; i < l->length; i++) {
        bool r = eq(l->items[i], x, ctx);
        if (rpy_exc_type) return;
        if (r) { rpy_list_delslice(l, i, i + 1); return; }
    }
    rpy_raise_msg(RPY_EXC_VALUEERROR, "list.remove(x): x not in list");
}

bool rpy_list_eq(rpy_list *a, rpy_list *b, rpy_eq_fn eq, void *ctx)
{
    if (a == b) return true;
    if (a->length != b->length) return false;
    for (int64_t i = 0; i < a->length; i++) {
        bool r = eq(a->items[i], b->items[i], ctx);
        if (rpy_exc_type || !r) return false;
    }
    return true;
}

bool rpy_lt_int(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.i < b.i; }
bool rpy_lt_uint(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.u < b.u; }
bool rpy_lt_float(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.f < b.f; }
bool rpy_lt_str(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return rpy_str_cmp(a.p, b.p) < 0; }
bool rpy_eq_int(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.i == b.i; }
bool rpy_eq_float(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.f == b.f; }
bool rpy_eq_str(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return rpy_str_eq(a.p, b.p); }
bool rpy_eq_ptr(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.p == b.p; }
