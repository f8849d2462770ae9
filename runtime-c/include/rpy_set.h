/* rpy_set.h -- RPython `set`: an rpy_dict whose values are unused.
 * All rpy_dict functions apply (rpy_dict_contains, rpy_dict_next, len, ...).
 * Results of the binary operations are new sets with a's ops; iteration
 * order is insertion order (CPython's differs; programs sort before
 * printing). */
#ifndef RPY_SET_H
#define RPY_SET_H

#include "rpy_dict.h"

typedef rpy_dict rpy_set;

rpy_set *rpy_set_new(const rpy_dictops *ops);
/* s.add(x) */
void rpy_set_add(rpy_set *s, rpy_word x);
/* s.discard(x): returns whether it was present */
bool rpy_set_discard(rpy_set *s, rpy_word x);
/* s.remove(x): KeyError(x) when absent (as rpy_dict_getitem) */
void rpy_set_remove(rpy_set *s, rpy_word x);
/* s.pop(): KeyError "pop from an empty set" */
rpy_word rpy_set_pop(rpy_set *s);
rpy_set *rpy_set_copy(rpy_set *s);
void rpy_set_update(rpy_set *s, rpy_set *other);             /* s |= o */
void rpy_set_update_list(rpy_set *s, rpy_list *items);       /* set(list) */
rpy_set *rpy_set_union(rpy_set *a, rpy_set *b);              /* a | b */
rpy_set *rpy_set_intersection(rpy_set *a, rpy_set *b);       /* a & b */
rpy_set *rpy_set_difference(rpy_set *a, rpy_set *b);         /* a - b */
rpy_set *rpy_set_symmetric_difference(rpy_set *a, rpy_set *b);/* a ^ b */
void rpy_set_intersection_update(rpy_set *a, rpy_set *b);    /* a &= b */
void rpy_set_difference_update(rpy_set *a, rpy_set *b);      /* a -= b */
void rpy_set_symmetric_difference_update(rpy_set *a, rpy_set *b); /* a ^= b */
bool rpy_set_issubset(rpy_set *a, rpy_set *b);               /* a <= b */
bool rpy_set_issuperset(rpy_set *a, rpy_set *b);             /* a >= b */
bool rpy_set_isdisjoint(rpy_set *a, rpy_set *b);
bool rpy_set_eq(rpy_set *a, rpy_set *b);                     /* a == b */
/* list(s) in iteration order */
rpy_list *rpy_set_to_list(rpy_set *s);

#endif
