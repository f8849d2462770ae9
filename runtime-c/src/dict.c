/* dict.c -- the insertion-ordered hash map (rpy_dict.h), CPython 3.6+
 * layout: entries[] in insertion order + an open-addressing index table
 * probed with CPython's perturbation scheme.  Deleting marks the entry dead
 * and the index slot a dummy; a resize compacts both. */
#include <string.h>
#include "rpy_dict.h"
#include "rpy_hash.h"
#include "rpy_str.h"
#include "rpy_gc.h"
#include "rpy_exc.h"
#include "rpy_strconv.h"

#define EMPTY (-1)
#define DUMMY (-2)
#define PERTURB_SHIFT 5

/* ---- predefined ops ---- */
uint64_t rpy_dict_hash_int(rpy_word k) { return (uint64_t)rpy_hash_int(k.i); }
uint64_t rpy_dict_hash_float(rpy_word k) { return (uint64_t)rpy_hash_float(k.f); }
uint64_t rpy_dict_hash_str(rpy_word k) { return k.p ? (uint64_t)rpy_str_hash(k.p) : 0; }
uint64_t rpy_dict_hash_ptr(rpy_word k)
{
    uint64_t x = (uint64_t)(uintptr_t)k.p;
    return (x >> 4) | (x << 60);          /* as CPython's pointer hash */
}
bool rpy_dict_eq_int(rpy_word a, rpy_word b) { return a.i == b.i; }
bool rpy_dict_eq_float(rpy_word a, rpy_word b) { return a.f == b.f; }
bool rpy_dict_eq_str(rpy_word a, rpy_word b) { return rpy_str_eq(a.p, b.p); }
bool rpy_dict_eq_ptr(rpy_word a, rpy_word b) { return a.p == b.p; }

const rpy_dictops rpy_dictops_int = { rpy_dict_hash_int, rpy_dict_eq_int };
const rpy_dictops rpy_dictops_float = { rpy_dict_hash_float, rpy_dict_eq_float };
const rpy_dictops rpy_dictops_str = { rpy_dict_hash_str, rpy_dict_eq_str };
const rpy_dictops rpy_dictops_ptr = { rpy_dict_hash_ptr, rpy_dict_eq_ptr };

/* ---- tables ---- */

static void alloc_tables(rpy_dict *d, int64_t entries)
{
    if (entries < 5) entries = 5;
    int64_t isz = 8;
    while (isz * 2 < entries * 3) isz *= 2;     /* entries <= 2/3 of the index */
    d->entries_allocated = isz * 2 / 3;
    d->entries = rpy_malloc((size_t)d->entries_allocated * sizeof(rpy_dictentry));
    d->index_size = isz;
    d->index = rpy_malloc_atomic((size_t)isz * sizeof(int64_t));
    memset(d->index, 0xFF, (size_t)isz * sizeof(int64_t));   /* all EMPTY (-1) */
    d->nentries = 0;
    d->index_fill = 0;
}

rpy_dict *rpy_dict_new_sized(const rpy_dictops *ops, int64_t expected)
{
    rpy_dict *d = rpy_malloc(sizeof *d);
    d->ops = ops;
    alloc_tables(d, expected);
    return d;
}

rpy_dict *rpy_dict_new(const rpy_dictops *ops)
{
    return rpy_dict_new_sized(ops, 0);
}

/* First EMPTY or DUMMY slot for `hash` (key known to be absent). */
static int64_t free_slot(rpy_dict *d, uint64_t hash)
{
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = hash, i = hash & mask;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

static void rebuild(rpy_dict *d, int64_t min_entries)
{
    rpy_dictentry *old = d->entries;
    int64_t n = d->nentries;
    alloc_tables(d, min_entries);
    for (int64_t k = 0; k < n; k++) {
        if (!old[k].live) continue;
        int64_t slot = free_slot(d, old[k].hash);
        d->index[slot] = d->nentries;
        d->index_fill++;
        d->entries[d->nentries++] = old[k];
    }
}

/* Slot of `key` in the index, or -1 (and *fresh = where to insert). */
static int64_t find_slot(rpy_dict *d, rpy_word key, uint64_t hash)
{
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = hash, i = hash & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == EMPTY) return -1;
        if (ix >= 0) {
            rpy_dictentry *e = &d->entries[ix];
            if (e->hash == hash && (e->key.u == key.u || d->ops->eq(e->key, key))) return (int64_t)i;
            if (rpy_exc_type) return -1;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static void insert_new(rpy_dict *d, rpy_word key, rpy_word value, uint64_t hash)
{
    if (d->nentries >= d->entries_allocated || (d->index_fill + 1) * 3 > d->index_size * 2)
        rebuild(d, (d->length + 1) * 3);
    int64_t slot = free_slot(d, hash);
    if (d->index[slot] == EMPTY) d->index_fill++;
    d->index[slot] = d->nentries;
    rpy_dictentry *e = &d->entries[d->nentries++];
    e->key = key;
    e->value = value;
    e->hash = hash;
    e->live = 1;
    d->length++;
}

rpy_word rpy_dict_lookup(rpy_dict *d, rpy_word key, bool *found)
{
    uint64_t h = d->ops->hash(key);
    rpy_word zero = { 0 };
    *found = false;
    if (rpy_exc_type) return zero;
    int64_t slot = find_slot(d, key, h);
    if (slot < 0) return zero;
    *found = true;
    return d->entries[d->index[slot]].value;
}

void rt_raise_keyerror(rpy_dict *d, rpy_word key)
{
    rpy_str *r = NULL;
    if (d->ops == &rpy_dictops_int) r = rpy_str_of_int(key.i);
    else if (d->ops == &rpy_dictops_float) r = rpy_str_of_float(key.f);
    else if (d->ops == &rpy_dictops_str && key.p) r = rpy_str_repr(key.p);
    rpy_raise_builtin(RPY_EXC_KEYERROR, r);
}

rpy_word rpy_dict_getitem(rpy_dict *d, rpy_word key)
{
    bool found;
    rpy_word v = rpy_dict_lookup(d, key, &found);
    if (!found && !rpy_exc_type) rt_raise_keyerror(d, key);
    return v;
}

bool rpy_dict_contains(rpy_dict *d, rpy_word key)
{
    bool found;
    rpy_dict_lookup(d, key, &found);
    return found;
}

void rpy_dict_setitem(rpy_dict *d, rpy_word key, rpy_word value)
{
    uint64_t h = d->ops->hash(key);
    if (rpy_exc_type) return;
    int64_t slot = find_slot(d, key, h);
    if (rpy_exc_type) return;
    if (slot >= 0) { d->entries[d->index[slot]].value = value; return; }
    insert_new(d, key, value, h);
}

rpy_word rpy_dict_setdefault(rpy_dict *d, rpy_word key, rpy_word dflt)
{
    uint64_t h = d->ops->hash(key);
    if (rpy_exc_type) return dflt;
    int64_t slot = find_slot(d, key, h);
    if (rpy_exc_type) return dflt;
    if (slot >= 0) return d->entries[d->index[slot]].value;
    insert_new(d, key, dflt, h);
    return dflt;
}

static void remove_at(rpy_dict *d, int64_t slot)
{
    int64_t ix = d->index[slot];
    d->index[slot] = DUMMY;
    rpy_dictentry *e = &d->entries[ix];
    memset(e, 0, sizeof *e);              /* live = 0, drop references */
    d->length--;
    while (d->nentries > 0 && !d->entries[d->nentries - 1].live) d->nentries--;
}

bool rpy_dict_delitem(rpy_dict *d, rpy_word key, rpy_word *value)
{
    uint64_t h = d->ops->hash(key);
    if (rpy_exc_type) return false;
    int64_t slot = find_slot(d, key, h);
    if (slot < 0) return false;
    if (value) *value = d->entries[d->index[slot]].value;
    remove_at(d, slot);
    return true;
}

void rpy_dict_clear(rpy_dict *d)
{
    d->length = 0;
    alloc_tables(d, 0);
}

rpy_dict *rpy_dict_copy(rpy_dict *d)
{
    rpy_dict *r = rpy_dict_new_sized(d->ops, d->length);
    for (int64_t k = 0; k < d->nentries; k++) {
        rpy_dictentry *e = &d->entries[k];
        if (e->live) insert_new(r, e->key, e->value, e->hash);
    }
    return r;
}

void rpy_dict_update(rpy_dict *d, rpy_dict *other)
{
    if (d == other) return;
    for (int64_t k = 0; k < other->nentries; k++) {
        rpy_dictentry *e = &other->entries[k];
        if (!e->live) continue;
        int64_t slot = find_slot(d, e->key, e->hash);
        if (rpy_exc_type) return;
        if (slot >= 0) d->entries[d->index[slot]].value = e->value;
        else insert_new(d, e->key, e->value, e->hash);
    }
}

bool rpy_dict_next(rpy_dict *d, int64_t *pos, rpy_word *key, rpy_word *value)
{
    for (int64_t k = *pos; k < d->nentries; k++) {
        rpy_dictentry *e = &d->entries[k];
        if (!e->live) continue;
        if (key) *key = e->key;
        if (value) *value = e->value;
        *pos = k + 1;
        return true;
    }
    *pos = d->nentries;
    return false;
}

bool rpy_dict_check_size(rpy_dict *d, int64_t saved_length, bool is_set)
{
    if (d->length == saved_length) return false;
    rpy_raise_msg(RPY_EXC_RUNTIMEERROR, is_set ? "Set changed size during iteration"
                                               : "dictionary changed size during iteration");
    return true;
}

rpy_list *rpy_dict_keys(rpy_dict *d)
{
    rpy_list *l = rpy_list_new(d->length);
    int64_t n = 0, pos = 0;
    rpy_word k;
    while (rpy_dict_next(d, &pos, &k, NULL)) l->items[n++] = k;
    return l;
}

rpy_list *rpy_dict_values(rpy_dict *d)
{
    rpy_list *l = rpy_list_new(d->length);
    int64_t n = 0, pos = 0;
    rpy_word v;
    while (rpy_dict_next(d, &pos, NULL, &v)) l->items[n++] = v;
    return l;
}

bool rpy_dict_popitem(rpy_dict *d, rpy_word *key, rpy_word *value)
{
    if (d->length == 0) {
        rpy_raise_msg(RPY_EXC_KEYERROR, "popitem(): dictionary is empty");
        return false;
    }
    int64_t ix = d->nentries - 1;          /* trailing dead entries are trimmed */
    rpy_dictentry *e = &d->entries[ix];
    if (key) *key = e->key;
    if (value) *value = e->value;
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = e->hash, i = e->hash & mask;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    remove_at(d, (int64_t)i);
    return true;
}

void rpy_raise_keyerror_int(int64_t key)
{
    rpy_raise_builtin(RPY_EXC_KEYERROR, rpy_str_of_int(key));
}

void rpy_raise_keyerror_str(rpy_str *key)
{
    rpy_raise_builtin(RPY_EXC_KEYERROR, rpy_str_repr(key));
}

void rpy_dict_rehash(rpy_dict *d)
{
    int64_t live = 0;
    for (int64_t k = 0; k < d->nentries; k++) {
        if (!d->entries[k].live) continue;
        d->entries[k].hash = d->ops->hash(d->entries[k].key);
        live++;
    }
    d->length = live;
    rebuild(d, live);
}
