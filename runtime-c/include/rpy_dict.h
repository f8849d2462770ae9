/* rpy_dict.h -- insertion-ordered hash map over rpy_word keys and values.
 *
 * Layout as CPython 3.6+: a compact array of entries in insertion order and
 * an open-addressing index table pointing into it.  Deleted entries stay in
 * the array (marked) until the next resize compacts it, so iteration order
 * is insertion order, also after deletions and re-insertions.  Key hashing
 * and equality come from an rpy_dictops (predefined below; the translator
 * generates ops for tuple keys and r_dict).  A callback may raise: the
 * operation then returns early with a dummy result.
 * `length` (live items) may be read inline.
 */
#ifndef RPY_DICT_H
#define RPY_DICT_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_word.h"
#include "rpy_list.h"

struct rpy_str;

typedef struct rpy_dictops {
    uint64_t (*hash)(rpy_word key);
    bool (*eq)(rpy_word a, rpy_word b);
} rpy_dictops;

typedef struct rpy_dictentry {
    rpy_word key;
    rpy_word value;
    uint64_t hash;
    uint64_t live;          /* 0 = deleted */
} rpy_dictentry;

typedef struct rpy_dict {
    int64_t length;              /* number of live items: len(d) */
    const rpy_dictops *ops;
    int64_t nentries;            /* used slots of entries[] (live + deleted) */
    int64_t entries_allocated;
    rpy_dictentry *entries;
    int64_t index_size;          /* power of two */
    int64_t *index;              /* -1 empty, -2 dummy, else entry number */
    int64_t index_fill;          /* non-empty index slots (live + dummy) */
} rpy_dict;

/* Predefined ops: int keys (also bool, char, r_uint), float keys (hash as
 * CPython; 0.0 == -0.0; nan != nan), str keys, identity (pointer) keys. */
extern const rpy_dictops rpy_dictops_int;
extern const rpy_dictops rpy_dictops_float;
extern const rpy_dictops rpy_dictops_str;
extern const rpy_dictops rpy_dictops_ptr;

rpy_dict *rpy_dict_new(const rpy_dictops *ops);
rpy_dict *rpy_dict_new_sized(const rpy_dictops *ops, int64_t expected);
static inline int64_t rpy_dict_len(rpy_dict *d) { return d->length; }

/* d.get(key): value, *found set; a missing key gives found=false and a zero
 * word (raises nothing) */
rpy_word rpy_dict_lookup(rpy_dict *d, rpy_word key, bool *found);
/* d[key] with KeyError(key): the message is repr(key) for the predefined
 * int/float/str ops (what CPython prints), no argument for other ops */
rpy_word rpy_dict_getitem(rpy_dict *d, rpy_word key);
void rpy_dict_setitem(rpy_dict *d, rpy_word key, rpy_word value);
/* d.setdefault(key, dflt) */
rpy_word rpy_dict_setdefault(rpy_dict *d, rpy_word key, rpy_word dflt);
/* del d[key] without raising: returns whether the key was there; *value
 * (if not NULL) receives the removed value (d.pop(key, default)) */
bool rpy_dict_delitem(rpy_dict *d, rpy_word key, rpy_word *value);
bool rpy_dict_contains(rpy_dict *d, rpy_word key);
void rpy_dict_clear(rpy_dict *d);
rpy_dict *rpy_dict_copy(rpy_dict *d);
/* d.update(other) */
void rpy_dict_update(rpy_dict *d, rpy_dict *other);
/* Iteration: pos starts at 0; returns false at the end.  Deleted entries
 * are skipped.  Mutating the dict while iterating is the caller's problem
 * (CPython raises RuntimeError; see rpy_dict_check_size). */
bool rpy_dict_next(rpy_dict *d, int64_t *pos, rpy_word *key, rpy_word *value);
/* For iteration loops: raises RuntimeError "dictionary changed size during
 * iteration" (or "Set changed size during iteration" when is_set) and
 * returns true if len(d) differs from the length saved when the loop
 * started. */
bool rpy_dict_check_size(rpy_dict *d, int64_t saved_length, bool is_set);
rpy_list *rpy_dict_keys(rpy_dict *d);
rpy_list *rpy_dict_values(rpy_dict *d);
/* d.popitem(): last inserted item; KeyError "popitem(): dictionary is
 * empty" when empty (returns false) */
bool rpy_dict_popitem(rpy_dict *d, rpy_word *key, rpy_word *value);

/* Prebuilt dicts: the translator may emit a static rpy_dict whose
 * entries[0..nentries) hold the items (live = 1, hash anything) with
 * length = nentries, index = NULL, index_size = 0, and call
 * rpy_dict_rehash() on it at start-up: it computes the hashes with `ops`
 * and builds fresh GC tables (the static entries are copied, not kept). */
void rpy_dict_rehash(rpy_dict *d);

/* KeyError(key) as CPython shows it (message = repr(key)), for
 * generated code after a failed rpy_dict_lookup. */
void rpy_raise_keyerror_int(int64_t key);
void rpy_raise_keyerror_str(struct rpy_str *key);

/* hash/eq functions behind the predefined ops (for generated tuple ops) */
uint64_t rpy_dict_hash_int(rpy_word k);
uint64_t rpy_dict_hash_float(rpy_word k);
uint64_t rpy_dict_hash_str(rpy_word k);
uint64_t rpy_dict_hash_ptr(rpy_word k);
bool rpy_dict_eq_int(rpy_word a, rpy_word b);
bool rpy_dict_eq_float(rpy_word a, rpy_word b);
bool rpy_dict_eq_str(rpy_word a, rpy_word b);
bool rpy_dict_eq_ptr(rpy_word a, rpy_word b);

#endif
