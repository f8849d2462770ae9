/* test_list.c -- lists, dicts and sets (expected values from CPython). */
#include <math.h>
#include "t.h"

#define N RPY_SLICE_NONE

static rpy_list *L(int n, const int64_t *v)
{
    rpy_list *l = rpy_list_new(0);
    for (int i = 0; i < n; i++) rpy_list_append(l, rpy_word_i(v[i]));
    return l;
}
#define LI(...) L((int)(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t)), (int64_t[]){__VA_ARGS__})

static const char *show(rpy_list *l)
{
    rpy_strbuilder *sb = rpy_strbuilder_new(16);
    rpy_strbuilder_append_char(sb, '[');
    for (int64_t i = 0; i < l->length; i++) {
        if (i) rpy_strbuilder_append_utf8(sb, ", ", 2);
        rpy_strbuilder_append(sb, rpy_str_of_int(l->items[i].i));
    }
    rpy_strbuilder_append_char(sb, ']');
    return C(rpy_strbuilder_build(sb));
}
#define CHECK_L(l, want) t_check(strcmp(show(l), want) == 0, show(l), __FILE__, __LINE__)

/* sort key: item / 10 (so that items with equal tens compare equal) */
static bool lt_tens(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.i / 10 < b.i / 10; }
static bool lt_generic_int(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.i < b.i; }
static bool eq_generic_int(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return a.i == b.i; }
static int calls;
static bool lt_raise(rpy_word a, rpy_word b, void *ctx)
{
    (void)ctx;
    if (++calls == 5) rpy_raise_msg(RPY_EXC_VALUEERROR, "boom");
    return a.i < b.i;
}

void test_list(void)
{
    rpy_list *l = LI(1, 2, 3);
    rpy_list_insert(l, 0, rpy_word_i(0));
    rpy_list_insert(l, -1, rpy_word_i(9));
    rpy_list_insert(l, 100, rpy_word_i(7));
    rpy_list_insert(l, -100, rpy_word_i(8));
    CHECK_L(l, "[8, 0, 1, 2, 9, 3, 7]");
    CHECK_INT(rpy_list_pop(l, -1).i, 7);
    CHECK_INT(rpy_list_pop(l, 0).i, 8);
    CHECK_INT(rpy_list_pop(l, 2).i, 2);
    CHECK_L(l, "[0, 1, 9, 3]");
    rpy_list_pop(l, 4);
    CHECK_EXC(RPY_EXC_INDEXERROR, "pop index out of range");
    rpy_list_pop(rpy_list_new(0), -1);
    CHECK_EXC(RPY_EXC_INDEXERROR, "pop from empty list");
    rpy_list_getitem_checked(l, -5);
    CHECK_EXC(RPY_EXC_INDEXERROR, "list index out of range");
    CHECK_INT(rpy_list_getitem_checked(l, -4).i, 0);
    rpy_list_setitem_checked(l, 4, rpy_word_i(1));
    CHECK_EXC(RPY_EXC_INDEXERROR, "list assignment index out of range");
    rpy_list_delitem(l, -1);
    CHECK_L(l, "[0, 1, 9]");
    rpy_list_extend(l, l);
    CHECK_L(l, "[0, 1, 9, 0, 1, 9]");
    CHECK_L(rpy_list_concat(LI(1), LI(2, 3)), "[1, 2, 3]");
    CHECK_L(rpy_list_mul(LI(1, 2), 3), "[1, 2, 1, 2, 1, 2]");
    CHECK_L(rpy_list_mul(LI(1, 2), -3), "[]");
    rpy_list *m = LI(5);
    rpy_list_imul(m, 3);
    CHECK_L(m, "[5, 5, 5]");
    rpy_list *a = LI(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    CHECK_L(rpy_list_slice(a, 2, -3), "[2, 3, 4, 5, 6]");
    CHECK_L(rpy_list_slice(a, N, 3), "[0, 1, 2]");
    CHECK_L(rpy_list_slice(a, 8, 3), "[]");
    CHECK_L(rpy_list_slice_step(a, N, N, -3), "[9, 6, 3, 0]");
    CHECK_L(rpy_list_slice_step(a, 1, 8, 3), "[1, 4, 7]");
    CHECK_L(rpy_list_slice_step(a, -2, 2, -2), "[8, 6, 4]");
    rpy_list *b = rpy_list_copy(a);
    rpy_list_delslice(b, 2, 5);
    CHECK_L(b, "[0, 1, 5, 6, 7, 8, 9]");
    b = rpy_list_copy(a);
    rpy_list_delslice_step(b, N, N, 3);
    CHECK_L(b, "[1, 2, 4, 5, 7, 8]");
    b = rpy_list_copy(a);
    rpy_list_delslice_step(b, N, N, -4);
    CHECK_L(b, "[0, 2, 3, 4, 6, 7, 8]");
    b = rpy_list_copy(a);
    rpy_list_setslice(b, 1, 9, LI(42));
    CHECK_L(b, "[0, 42, 9]");
    rpy_list_setslice(b, 1, 1, LI(5, 6, 7));
    CHECK_L(b, "[0, 5, 6, 7, 42, 9]");
    rpy_list_setslice(b, N, N, b);
    CHECK_L(b, "[0, 5, 6, 7, 42, 9]");
    rpy_list_setslice(b, -2, N, b);
    CHECK_L(b, "[0, 5, 6, 7, 0, 5, 6, 7, 42, 9]");
    b = rpy_list_copy(a);
    rpy_list_setslice_step(b, N, N, 2, LI(10, 20, 30, 40, 50));
    CHECK_L(b, "[10, 1, 20, 3, 30, 5, 40, 7, 50, 9]");
    rpy_list_setslice_step(b, N, N, 2, LI(1));
    CHECK_EXC(RPY_EXC_VALUEERROR, "attempt to assign sequence of size 1 to extended slice of size 5");
    rpy_list_reverse(b);
    CHECK_L(b, "[9, 50, 7, 40, 5, 30, 3, 20, 1, 10]");
    rpy_list_clear(b);
    CHECK_INT(b->length, 0);
    rpy_list_append(b, rpy_word_i(3));
    CHECK_L(b, "[3]");
    rpy_list_resize(b, 3);
    CHECK_L(b, "[3, 0, 0]");
    rpy_list_resize(b, 1);
    CHECK_L(b, "[3]");
    /* an empty list has room for a few items in its own block; growing past them moves the
     * items out and clears the old slots (no stale pointers for the conservative GC) */
    rpy_list *g = rpy_list_new(0);
    CHECK(g->allocated >= 4 && g->items == (rpy_word *)(void *)(g + 1));
    for (int i = 1; i <= 4; i++) rpy_list_append(g, rpy_word_i(i));
    CHECK(g->items == (rpy_word *)(void *)(g + 1));
    rpy_list_append(g, rpy_word_i(5));
    CHECK_L(g, "[1, 2, 3, 4, 5]");
    CHECK(g->items != (rpy_word *)(void *)(g + 1));
    const rpy_word *old_slots = (const rpy_word *)(const void *)(g + 1);
    CHECK(old_slots[0].i == 0 && old_slots[1].i == 0 && old_slots[2].i == 0 && old_slots[3].i == 0);
    /* sort: stability and reverse */
    rpy_list *s = LI(31, 12, 35, 11, 20, 33, 15, 1);
    rpy_list_sort(s, lt_tens, NULL, false);
    CHECK_L(s, "[1, 12, 11, 15, 20, 31, 35, 33]");
    s = LI(31, 12, 35, 11, 20, 33, 15, 1);
    rpy_list_sort(s, lt_tens, NULL, true);     /* sorted(.., key=lambda x: x//10, reverse=True) */
    CHECK_L(s, "[31, 35, 33, 20, 12, 11, 15, 1]");
    rpy_list *big = rpy_list_new(0);
    uint64_t seed = 12345;
    for (int i = 0; i < 5000; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        rpy_list_append(big, rpy_word_i((int64_t)(seed >> 40) % 1000));
    }
    rpy_list *big2 = rpy_list_copy(big);
    rpy_list_sort(big, rpy_lt_int, NULL, false);
    bool ok = true;
    for (int64_t i = 1; i < big->length; i++) if (big->items[i - 1].i > big->items[i].i) ok = false;
    CHECK(ok);
    rpy_list *big3 = rpy_list_copy(big2);
    rpy_list_sort(big3, lt_generic_int, NULL, true);  /* generic path == fast path */
    rpy_list *big4 = rpy_list_copy(big2);
    rpy_list_sort(big4, rpy_lt_int, NULL, true);
    CHECK(rpy_list_eq(big3, big4, rpy_eq_int, NULL));
    rpy_list *fl = rpy_list_new(0);
    for (int i = 0; i < 100; i++) rpy_list_append(fl, rpy_word_f(i % 2 ? 0.0 : -0.0));
    rpy_list_sort(fl, rpy_lt_float, NULL, false);     /* stable: 0.0 and -0.0 keep their order */
    bool alt = true;
    for (int i = 0; i < 100; i++) if ((signbit(fl->items[i].f) != 0) != (i % 2 == 0)) alt = false;
    CHECK(alt);
    rpy_list_sort(big2, lt_tens, NULL, false);      /* stable: within a decade, original order */
    ok = true;
    for (int64_t i = 1; i < big2->length; i++) if (big2->items[i - 1].i / 10 > big2->items[i].i / 10) ok = false;
    CHECK(ok);
    calls = 0;
    rpy_list *r = LI(5, 4, 3, 2, 1, 0, 9, 8);
    rpy_list_sort(r, lt_raise, NULL, false);
    CHECK_EXC(RPY_EXC_VALUEERROR, "boom");
    CHECK_INT(r->length, 8);
    rpy_list_sort(r, rpy_lt_int, NULL, false);
    CHECK_L(r, "[0, 1, 2, 3, 4, 5, 8, 9]");
    rpy_list *strs = rpy_str_split(S("pear apple fig \xc3\xa9" "clair banana"), NULL, -1);
    rpy_list_sort(strs, rpy_lt_str, NULL, false);
    CHECK_STR(rpy_str_join(S(","), strs), "apple,banana,fig,pear,\xc3\xa9" "clair");
    /* key= sort: sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True) */
    rpy_list *ws = rpy_str_split(S("bb a ccc dd"), NULL, -1);
    rpy_list *lens = rpy_list_new(ws->length);
    for (int64_t i = 0; i < ws->length; i++) lens->items[i].i = rpy_str_len(ws->items[i].p);
    rpy_list_sort_by_keys(ws, lens, rpy_lt_int, NULL, true);
    CHECK_STR(rpy_str_join(S(","), ws), "ccc,bb,dd,a");
    CHECK_L(lens, "[3, 2, 2, 1]");
    CHECK_INT(rpy_list_cmp(LI(1, 2), LI(1, 3), rpy_lt_int, NULL), -1);
    CHECK_INT(rpy_list_cmp(LI(1, 2), LI(1), rpy_lt_int, NULL), 1);
    CHECK_INT(rpy_list_cmp(LI(1, 2), LI(1, 2), rpy_lt_int, NULL), 0);
    /* searching */
    rpy_list *f = LI(1, 2, 3, 2, 1);
    CHECK_INT(rpy_list_index(f, rpy_word_i(2), N, N, rpy_eq_int, NULL), 1);
    CHECK_INT(rpy_list_index(f, rpy_word_i(2), 2, N, rpy_eq_int, NULL), 3);
    rpy_list_index(f, rpy_word_i(7), N, N, rpy_eq_int, NULL);
    CHECK_EXC(RPY_EXC_VALUEERROR, "7 is not in list");
    rpy_list_index(f, rpy_word_i(7), N, N, eq_generic_int, NULL);
    CHECK_EXC(RPY_EXC_VALUEERROR, "list.index(x): x not in list");
    rpy_list_index(rpy_str_split(S("a b"), NULL, -1), rpy_word_p(S("it's")), N, N, rpy_eq_str, NULL);
    CHECK_EXC(RPY_EXC_VALUEERROR, "\"it's\" is not in list");
    rpy_list_index(rpy_list_new(0), rpy_word_f(0.5), N, N, rpy_eq_float, NULL);
    CHECK_EXC(RPY_EXC_VALUEERROR, "0.5 is not in list");
    CHECK_INT(rpy_list_find(f, rpy_word_i(7), N, N, rpy_eq_int, NULL), -1);
    CHECK_NOEXC();
    CHECK_INT(rpy_list_find(f, rpy_word_i(1), -2, N, rpy_eq_int, NULL), 4);
    CHECK_INT(rpy_list_count(f, rpy_word_i(1), rpy_eq_int, NULL), 2);
    CHECK(rpy_list_contains(f, rpy_word_i(3), rpy_eq_int, NULL));
    rpy_list_remove(f, rpy_word_i(2), rpy_eq_int, NULL);
    CHECK_L(f, "[1, 3, 2, 1]");
    rpy_list_remove(f, rpy_word_i(7), rpy_eq_int, NULL);
    CHECK_EXC(RPY_EXC_VALUEERROR, "list.remove(x): x not in list");
    CHECK(rpy_list_eq(LI(1, 2), LI(1, 2), rpy_eq_int, NULL));
    CHECK(!rpy_list_eq(LI(1, 2), LI(1, 3), rpy_eq_int, NULL));
}

void test_dict(void)
{
    rpy_dict *d = rpy_dict_new(&rpy_dictops_int);
    for (int64_t i = 0; i < 1000; i++) rpy_dict_setitem(d, rpy_word_i(i * 7), rpy_word_i(i));
    CHECK_INT(rpy_dict_len(d), 1000);
    bool found;
    CHECK_INT(rpy_dict_lookup(d, rpy_word_i(700), &found).i, 100);
    CHECK(found);
    rpy_dict_lookup(d, rpy_word_i(701), &found);
    CHECK(!found);
    rpy_dict_getitem(d, rpy_word_i(701));
    CHECK_EXC(RPY_EXC_KEYERROR, "701");
    for (int64_t i = 0; i < 1000; i += 2) CHECK(rpy_dict_delitem(d, rpy_word_i(i * 7), NULL));
    CHECK(!rpy_dict_delitem(d, rpy_word_i(0), NULL));
    CHECK_INT(rpy_dict_len(d), 500);
    /* order: insertion order, deleted skipped, re-inserted at the end */
    rpy_dict_setitem(d, rpy_word_i(0), rpy_word_i(-1));
    rpy_dict_setitem(d, rpy_word_i(7), rpy_word_i(-7));     /* existing: keeps position */
    rpy_list *keys = rpy_dict_keys(d);
    CHECK_INT(keys->length, 501);
    CHECK_INT(keys->items[0].i, 7);
    CHECK_INT(keys->items[1].i, 21);
    CHECK_INT(keys->items[500].i, 0);
    rpy_list *vals = rpy_dict_values(d);
    CHECK_INT(vals->items[0].i, -7);
    bool inorder = true;
    for (int64_t i = 1; i < 500; i++) if (keys->items[i].i != (2 * i + 1) * 7) inorder = false;
    CHECK(inorder);
    rpy_word k, v;
    CHECK(rpy_dict_popitem(d, &k, &v));
    CHECK_INT(k.i, 0);
    CHECK_INT(v.i, -1);
    CHECK(rpy_dict_popitem(d, &k, &v));
    CHECK_INT(k.i, 999 * 7);
    rpy_dict *c = rpy_dict_copy(d);
    CHECK_INT(rpy_dict_len(c), 499);
    rpy_dict_clear(d);
    CHECK_INT(rpy_dict_len(d), 0);
    CHECK(!rpy_dict_popitem(d, &k, &v));
    CHECK_EXC(RPY_EXC_KEYERROR, "popitem(): dictionary is empty");
    int64_t pos = 0, n = 0;
    while (rpy_dict_next(c, &pos, &k, &v)) n++;
    CHECK_INT(n, 499);
    /* churn: many insert/delete cycles keep lookups right */
    rpy_dict *e = rpy_dict_new(&rpy_dictops_int);
    for (int64_t i = 0; i < 20000; i++) {
        rpy_dict_setitem(e, rpy_word_i(i), rpy_word_i(i));
        if (i >= 10) rpy_dict_delitem(e, rpy_word_i(i - 10), NULL);
    }
    CHECK_INT(rpy_dict_len(e), 10);
    CHECK(rpy_dict_contains(e, rpy_word_i(19995)) && !rpy_dict_contains(e, rpy_word_i(19989)));
    CHECK(e->index_size <= 64);
    /* str keys */
    rpy_dict *sd = rpy_dict_new(&rpy_dictops_str);
    rpy_dict_setitem(sd, rpy_word_p(S("one")), rpy_word_i(1));
    rpy_dict_setitem(sd, rpy_word_p(S("\xe4\xb8\xad")), rpy_word_i(2));
    CHECK_INT(rpy_dict_lookup(sd, rpy_word_p(rpy_str_concat(S("o"), S("ne"))), &found).i, 1);
    CHECK(rpy_dict_contains(sd, rpy_word_p(S("\xe4\xb8\xad"))));
    CHECK_INT(rpy_dict_setdefault(sd, rpy_word_p(S("two")), rpy_word_i(22)).i, 22);
    CHECK_INT(rpy_dict_setdefault(sd, rpy_word_p(S("two")), rpy_word_i(33)).i, 22);
    rpy_dict *sd2 = rpy_dict_new(&rpy_dictops_str);
    rpy_dict_setitem(sd2, rpy_word_p(S("two")), rpy_word_i(2));
    rpy_dict_setitem(sd2, rpy_word_p(S("three")), rpy_word_i(3));
    rpy_dict_update(sd, sd2);
    CHECK_INT(rpy_dict_len(sd), 4);
    CHECK_INT(rpy_dict_lookup(sd, rpy_word_p(S("two")), &found).i, 2);
    rpy_word out;
    CHECK(rpy_dict_delitem(sd, rpy_word_p(S("one")), &out) && out.i == 1);
    rpy_raise_keyerror_str(S("k"));
    CHECK_EXC(RPY_EXC_KEYERROR, "'k'");
    rpy_raise_keyerror_int(-4);
    CHECK_EXC(RPY_EXC_KEYERROR, "-4");
    CHECK(!rpy_dict_check_size(sd, rpy_dict_len(sd), false));
    CHECK(rpy_dict_check_size(sd, 0, false));
    CHECK_EXC(RPY_EXC_RUNTIMEERROR, "dictionary changed size during iteration");
    CHECK(rpy_str_lt(S("a"), S("b")) && rpy_str_ge(S("b"), S("b")) && rpy_str_eq_char(S("x"), 'x'));
    /* float keys: 0.0 == -0.0, hash(1.0) == hash(1) */
    rpy_dict *fd = rpy_dict_new(&rpy_dictops_float);
    rpy_dict_setitem(fd, rpy_word_f(0.0), rpy_word_i(1));
    CHECK(rpy_dict_contains(fd, rpy_word_f(-0.0)));
    CHECK(rpy_hash_float(1.0) == rpy_hash_int(1));
    /* hashes vs CPython are in test_num */
}

void test_set(void)
{
    rpy_set *a = rpy_set_new(&rpy_dictops_int), *b = rpy_set_new(&rpy_dictops_int);
    for (int i = 0; i < 10; i++) rpy_set_add(a, rpy_word_i(i));
    for (int i = 5; i < 15; i++) rpy_set_add(b, rpy_word_i(i));
    CHECK_INT(rpy_set_union(a, b)->length, 15);
    CHECK_INT(rpy_set_intersection(a, b)->length, 5);
    CHECK_INT(rpy_set_difference(a, b)->length, 5);
    CHECK_INT(rpy_set_symmetric_difference(a, b)->length, 10);
    CHECK(!rpy_dict_contains(rpy_set_difference(a, b), rpy_word_i(5)));
    CHECK(rpy_set_issubset(rpy_set_intersection(a, b), a));
    CHECK(rpy_set_issuperset(a, rpy_set_intersection(a, b)));
    CHECK(!rpy_set_issubset(a, b));
    CHECK(rpy_set_eq(rpy_set_union(a, b), rpy_set_union(b, a)));
    CHECK(!rpy_set_isdisjoint(a, b));
    rpy_set *c = rpy_set_copy(a);
    rpy_set_difference_update(c, b);
    CHECK_INT(c->length, 5);
    rpy_set_intersection_update(c, rpy_set_new(&rpy_dictops_int));
    CHECK_INT(c->length, 0);
    rpy_set_pop(c);
    CHECK_EXC(RPY_EXC_KEYERROR, "pop from an empty set");
    rpy_set_remove(c, rpy_word_i(3));
    CHECK_EXC(RPY_EXC_KEYERROR, "3");
    rpy_dict_getitem(rpy_dict_new(&rpy_dictops_str), rpy_word_p(S("k")));
    CHECK_EXC(RPY_EXC_KEYERROR, "'k'");
    rpy_dict_getitem(rpy_dict_new(&rpy_dictops_ptr), rpy_word_p(S("k")));
    CHECK_EXC(RPY_EXC_KEYERROR, "(none)");
    CHECK(rpy_set_discard(a, rpy_word_i(3)) && !rpy_set_discard(a, rpy_word_i(3)));
    int64_t n = a->length;
    rpy_set_pop(a);
    CHECK_INT(a->length, n - 1);
    rpy_set_symmetric_difference_update(a, b);
    rpy_set_update_list(a, rpy_str_to_list(S("")));
    rpy_list *items = rpy_set_to_list(a);
    rpy_list_sort(items, rpy_lt_int, NULL, false);
    CHECK_INT(items->length, a->length);
}
