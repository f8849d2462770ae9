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
