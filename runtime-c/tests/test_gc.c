/* test_gc.c -- objects reachable only from runtime data (char cache, dict
 * entries, list items, builders) survive full collections. */
#include "t.h"

void test_gc(void)
{
    rpy_dict *d = rpy_dict_new(&rpy_dictops_str);
    rpy_list *l = rpy_list_new(0);
    for (int i = 0; i < 20000; i++) {
        rpy_str *k = rpy_str_concat(S("key"), rpy_str_of_int(i));
        rpy_dict_setitem(d, rpy_word_p(k), rpy_word_p(rpy_str_mul(k, 3)));
        if (i % 3 == 0) rpy_list_append(l, rpy_word_p(rpy_str_upper(k)));
        if (i % 5000 == 0) rpy_gc_collect();
    }
    rpy_gc_collect();
    bool found, ok = true;
    for (int i = 0; i < 20000; i += 97) {
        rpy_str *k = rpy_str_concat(S("key"), rpy_str_of_int(i));
        rpy_word v = rpy_dict_lookup(d, rpy_word_p(k), &found);
        if (!found || !rpy_str_eq(v.p, rpy_str_mul(k, 3))) ok = false;
    }
    CHECK(ok);
    CHECK_STR(l->items[100].p, "KEY300");
    CHECK_STR(rpy_str_from_char('x'), "x");
    CHECK_STR(rpy_str_of_bool(true), "True");
}

RPY_STR_STATIC_LATIN1(lit_hello, 5, RPY_STR_ASCII, "hello");
RPY_STR_STATIC_LATIN1(lit_e, 2, 0, "\xe9t");
RPY_STR_STATIC_UCS4(lit_zh, 2, 0x4E2D, 0x6587);
static rpy_word static_items[3] = { { .i = 1 }, { .i = 2 }, { .i = 3 } };
static rpy_list static_list = { 3, 3, static_items };
static rpy_dictentry static_entries[2];
static rpy_dict static_dict = { 2, &rpy_dictops_str, 2, 2, static_entries, 0, NULL, 0 };

void test_prebuilt(void)
{
    CHECK(rpy_str_eq(RPY_STR_REF(lit_hello), S("hello")));
    CHECK(rpy_str_hash(RPY_STR_REF(lit_hello)) == rpy_str_hash(S("hello")));
    CHECK(rpy_str_eq(RPY_STR_REF(lit_e), S("\xc3\xa9t")));
    CHECK_STR(rpy_str_concat(RPY_STR_REF(lit_zh), RPY_STR_REF(lit_e)), "\xe4\xb8\xad\xe6\x96\x87\xc3\xa9t");
    CHECK(!rpy_gc_is_heap(static_items) && rpy_gc_is_heap(rpy_malloc(8)));
    for (int i = 0; i < 100; i++) rpy_list_append(&static_list, rpy_word_i(i));   /* grows off static */
    CHECK_INT(static_list.length, 103);
    CHECK_INT(static_list.items[2].i, 3);
    CHECK_INT(static_list.items[102].i, 99);
    static_entries[0] = (rpy_dictentry){ rpy_word_p(RPY_STR_REF(lit_hello)), rpy_word_i(5), 0, 1 };
    static_entries[1] = (rpy_dictentry){ rpy_word_p(RPY_STR_REF(lit_zh)), rpy_word_i(2), 0, 1 };
    rpy_dict_rehash(&static_dict);
    bool found;
    CHECK_INT(rpy_dict_lookup(&static_dict, rpy_word_p(S("hello")), &found).i, 5);
    CHECK_INT(rpy_dict_lookup(&static_dict, rpy_word_p(S("\xe4\xb8\xad\xe6\x96\x87")), &found).i, 2);
    rpy_dict_setitem(&static_dict, rpy_word_p(S("x")), rpy_word_i(9));
    CHECK_INT(rpy_dict_len(&static_dict), 3);
    CHECK_INT(rpy_dict_keys(&static_dict)->length, 3);
}
