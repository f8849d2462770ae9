/* rpy_list.h -- RPython `list`: a resizable array of rpy_word.
 *
 * The translator reads `length` and `items[i]` inline (keep this layout).
 * Indexes given to these functions are Python indexes unless stated; bounds
 * may be RPY_SLICE_NONE where a slice bound may be omitted.  Items are
 * opaque words: functions that compare items take a callback.
 */
#ifndef RPY_LIST_H
#define RPY_LIST_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_word.h"

typedef struct rpy_list {
    int64_t length;
    int64_t allocated;
    rpy_word *items;
} rpy_list;

typedef bool (*rpy_lt_fn)(rpy_word a, rpy_word b, void *ctx);
typedef bool (*rpy_eq_fn)(rpy_word a, rpy_word b, void *ctx);

/* [0] * length (all words zero: 0, 0.0, NULL) */
rpy_list *rpy_list_new(int64_t length);
/* empty list with room for `capacity` items */
rpy_list *rpy_list_new_capacity(int64_t capacity);
/* list from a C array of words */
rpy_list *rpy_list_from(const rpy_word *items, int64_t n);
/* set length (grows zero-filled or truncates) */
void rpy_list_resize(rpy_list *l, int64_t newlength);
/* make room for `capacity` items without changing length */
void rpy_list_reserve(rpy_list *l, int64_t capacity);

static inline int64_t rpy_list_len(rpy_list *l) { return l->length; }

void rpy_list_append(rpy_list *l, rpy_word item);
/* l.insert(index, item): Python clamping of index */
void rpy_list_insert(rpy_list *l, int64_t index, rpy_word item);
/* l.pop(index) (negative ok): IndexError "pop from empty list" /
 * "pop index out of range" */
rpy_word rpy_list_pop(rpy_list *l, int64_t index);
/* l.pop() */
rpy_word rpy_list_pop_last(rpy_list *l);
/* l[index] with Python index checks: IndexError "list index out of range" */
rpy_word rpy_list_getitem_checked(rpy_list *l, int64_t index);
void rpy_list_setitem_checked(rpy_list *l, int64_t index, rpy_word item);
/* del l[index]: IndexError "list assignment index out of range" */
void rpy_list_delitem(rpy_list *l, int64_t index);
/* l.extend(other) (other may be l itself) */
void rpy_list_extend(rpy_list *l, rpy_list *other);
/* l + other (new list) */
rpy_list *rpy_list_concat(rpy_list *a, rpy_list *b);
/* l * n (new list; n <= 0 gives []) */
rpy_list *rpy_list_mul(rpy_list *l, int64_t n);
/* l *= n */
void rpy_list_imul(rpy_list *l, int64_t n);
/* l[start:stop] and l[start:stop:step] (ValueError on step 0) */
rpy_list *rpy_list_slice(rpy_list *l, int64_t start, int64_t stop);
rpy_list *rpy_list_slice_step(rpy_list *l, int64_t start, int64_t stop, int64_t step);
/* del l[start:stop] / del l[start:stop:step] */
void rpy_list_delslice(rpy_list *l, int64_t start, int64_t stop);
void rpy_list_delslice_step(rpy_list *l, int64_t start, int64_t stop, int64_t step);
/* l[start:stop] = other ; l[start:stop:step] = other (extended slice:
 * ValueError "attempt to assign sequence of size N to extended slice of size M") */
void rpy_list_setslice(rpy_list *l, int64_t start, int64_t stop, rpy_list *other);
void rpy_list_setslice_step(rpy_list *l, int64_t start, int64_t stop, int64_t step, rpy_list *other);
/* l[start:stop] = src[sstart:sstop:sstep] without building the intermediate list (src may
 * be l itself); ValueError on a zero step */
void rpy_list_setslice_from_slice(rpy_list *l, int64_t start, int64_t stop,
                                  rpy_list *src, int64_t sstart, int64_t sstop, int64_t sstep);
void rpy_list_reverse(rpy_list *l);
rpy_list *rpy_list_copy(rpy_list *l);
void rpy_list_clear(rpy_list *l);
/* Stable sort by `lt` (a < b).  reverse: like CPython's reverse=True, i.e.
 * descending order, equal items keep their original relative order.
 * If lt raises (rpy_exc_type set) no further comparisons are made; the list then holds
 * a permutation of its items. */
void rpy_list_sort(rpy_list *l, rpy_lt_fn lt, void *ctx, bool reverse);
/* l.sort(key=f, reverse=r): keys->items[i] is f(l->items[i]), computed
 * once by the caller (as CPython does); items are ordered by `lt` on their
 * keys, stably.  `keys` is permuted along with l. */
void rpy_list_sort_by_keys(rpy_list *l, rpy_list *keys, rpy_lt_fn lt, void *ctx, bool reverse);
/* Lexicographic comparison of two lists with an item `lt` (a < b):
 * returns -1, 0 or 1 (uses lt both ways to detect equality). */
int rpy_list_cmp(rpy_list *a, rpy_list *b, rpy_lt_fn lt, void *ctx);
/* l.index(x, start, end) / l.count(x) / x in l / l.remove(x) with an
 * equality callback.  index raises CPython's ValueError "<repr(x)> is not
 * in list" when eq is rpy_eq_int, rpy_eq_float or rpy_eq_str, else
 * "list.index(x): x not in list" (use rpy_list_find and raise with the
 * repr for other types); remove raises "list.remove(x): x not in list"
 * exactly as CPython. */
/* Like rpy_list_index but returns -1 instead of raising, so that generated
 * code can raise CPython's exact ValueError "<repr(x)> is not in list". */
int64_t rpy_list_find(rpy_list *l, rpy_word x, int64_t start, int64_t end, rpy_eq_fn eq, void *ctx);
int64_t rpy_list_index(rpy_list *l, rpy_word x, int64_t start, int64_t end, rpy_eq_fn eq, void *ctx);
int64_t rpy_list_count(rpy_list *l, rpy_word x, rpy_eq_fn eq, void *ctx);
bool rpy_list_contains(rpy_list *l, rpy_word x, rpy_eq_fn eq, void *ctx);
void rpy_list_remove(rpy_list *l, rpy_word x, rpy_eq_fn eq, void *ctx);
/* a == b item-wise with `eq` */
bool rpy_list_eq(rpy_list *a, rpy_list *b, rpy_eq_fn eq, void *ctx);

/* Ready-made callbacks for common item types (ctx unused). */
bool rpy_lt_int(rpy_word a, rpy_word b, void *ctx);
bool rpy_lt_uint(rpy_word a, rpy_word b, void *ctx);
bool rpy_lt_float(rpy_word a, rpy_word b, void *ctx);
bool rpy_lt_str(rpy_word a, rpy_word b, void *ctx);
bool rpy_eq_int(rpy_word a, rpy_word b, void *ctx);
bool rpy_eq_float(rpy_word a, rpy_word b, void *ctx);
bool rpy_eq_str(rpy_word a, rpy_word b, void *ctx);
bool rpy_eq_ptr(rpy_word a, rpy_word b, void *ctx);

#endif
