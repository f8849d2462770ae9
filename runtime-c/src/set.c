/* set.c -- sets (rpy_set.h) as rpy_dicts with unused values, and the set
 * algebra built on the dict primitives. */
#include "rpy_set.h"
#include "rpy_exc.h"
#include "rt_internal.h"

static const rpy_word NOVALUE = { 0 };

rpy_set *rpy_set_new(const rpy_dictops *ops) { return rpy_dict_new(ops); }
void rpy_set_add(rpy_set *s, rpy_word x) { rpy_dict_setitem(s, x, NOVALUE); }
bool rpy_set_discard(rpy_set *s, rpy_word x) { return rpy_dict_delitem(s, x, NULL); }

void rpy_set_remove(rpy_set *s, rpy_word x)
{
    if (!rpy_dict_delitem(s, x, NULL) && !rpy_exc_type) rt_raise_keyerror(s, x);
}

rpy_word rpy_set_pop(rpy_set *s)
{
    rpy_word k = NOVALUE;
    if (s->length == 0) {
        rpy_raise_msg(RPY_EXC_KEYERROR, "pop from an empty set");
        return k;
    }
    rpy_dict_popitem(s, &k, NULL);
    return k;
}

rpy_set *rpy_set_copy(rpy_set *s) { return rpy_dict_copy(s); }
void rpy_set_update(rpy_set *s, rpy_set *other) { rpy_dict_update(s, other); }

void rpy_set_update_list(rpy_set *s, rpy_list *items)
{
    for (int64_t i = 0; i < items->length && !rpy_exc_type; i++) rpy_set_add(s, items->items[i]);
}

rpy_set *rpy_set_union(rpy_set *a, rpy_set *b)
{
    rpy_set *r = rpy_dict_copy(a);
    rpy_dict_update(r, b);
    return r;
}

rpy_set *rpy_set_intersection(rpy_set *a, rpy_set *b)
{
    rpy_set *r = rpy_set_new(a->ops);
    int64_t pos = 0;
    rpy_word k;
    while (rpy_dict_next(a, &pos, &k, NULL))
        if (rpy_dict_contains(b, k)) rpy_set_add(r, k);
    return r;
}

rpy_set *rpy_set_difference(rpy_set *a, rpy_set *b)
{
    rpy_set *r = rpy_set_new(a->ops);
    int64_t pos = 0;
    rpy_word k;
    while (rpy_dict_next(a, &pos, &k, NULL))
        if (!rpy_dict_contains(b, k)) rpy_set_add(r, k);
    return r;
}

rpy_set *rpy_set_symmetric_difference(rpy_set *a, rpy_set *b)
{
    rpy_set *r = rpy_set_difference(a, b);
    int64_t pos = 0;
    rpy_word k;
    while (rpy_dict_next(b, &pos, &k, NULL))
        if (!rpy_dict_contains(a, k)) rpy_set_add(r, k);
    return r;
}

/* In-place versions replace a's contents (a keeps its identity). */
static void assign(rpy_set *a, rpy_set *r)
{
    *a = *r;
}

void rpy_set_intersection_update(rpy_set *a, rpy_set *b) { assign(a, rpy_set_intersection(a, b)); }
void rpy_set_difference_update(rpy_set *a, rpy_set *b) { assign(a, rpy_set_difference(a, b)); }
void rpy_set_symmetric_difference_update(rpy_set *a, rpy_set *b)
{
    assign(a, rpy_set_symmetric_difference(a, b));
}

bool rpy_set_issubset(rpy_set *a, rpy_set *b)
{
    if (a->length > b->length) return false;
    int64_t pos = 0;
    rpy_word k;
    while (rpy_dict_next(a, &pos, &k, NULL))
        if (!rpy_dict_contains(b, k)) return false;
    return true;
}

bool rpy_set_issuperset(rpy_set *a, rpy_set *b) { return rpy_set_issubset(b, a); }

bool rpy_set_isdisjoint(rpy_set *a, rpy_set *b)
{
    int64_t pos = 0;
    rpy_word k;
    while (rpy_dict_next(a, &pos, &k, NULL))
        if (rpy_dict_contains(b, k)) return false;
    return true;
}

bool rpy_set_eq(rpy_set *a, rpy_set *b)
{
    return a->length == b->length && rpy_set_issubset(a, b);
}

rpy_list *rpy_set_to_list(rpy_set *s) { return rpy_dict_keys(s); }
