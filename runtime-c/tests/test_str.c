/* test_str.c -- str core and methods (expected values checked with CPython). */
#include "t.h"

#define N RPY_SLICE_NONE

static const char *joined(rpy_list *l)
{
    /* "[a|b|c]" rendering of a list of str */
    rpy_strbuilder *sb = rpy_strbuilder_new(16);
    rpy_strbuilder_append_char(sb, '[');
    for (int64_t i = 0; i < l->length; i++) {
        if (i) rpy_strbuilder_append_char(sb, '|');
        rpy_strbuilder_append(sb, l->items[i].p);
    }
    rpy_strbuilder_append_char(sb, ']');
    return C(rpy_strbuilder_build(sb));
}
#define CHECK_LIST(l, want) t_check(strcmp(joined(l), want) == 0, joined(l), __FILE__, __LINE__)

void test_str_basic(void)
{
    rpy_str *s = S("h\xc3\xa9llo");        /* héllo */
    CHECK_INT(rpy_str_len(s), 5);
    CHECK_INT(s->kind, 1);
    CHECK_INT(rpy_str_getchar(s, 1), 0xE9);
    rpy_str *w = S("a\xe4\xb8\xad" "b");    /* a中b */
    CHECK_INT(rpy_str_len(w), 3);
    CHECK_INT(w->kind, 4);
    CHECK_INT(rpy_str_getchar(w, 1), 0x4E2D);
    CHECK_STR(rpy_str_concat(s, w), "h\xc3\xa9llo" "a\xe4\xb8\xad" "b");
    CHECK(rpy_str_concat(s, w)->kind == 4);
    CHECK(rpy_str_slice(w, 1, 2)->kind == 4);
    CHECK(rpy_str_slice(w, 2, N)->kind == 1);          /* narrowest kind */
    CHECK(rpy_str_eq(rpy_str_slice(w, 2, N), S("b")));
    CHECK(rpy_str_eq(rpy_str_slice(w, 0, 1), rpy_str_from_char('a')));
    CHECK(rpy_str_slice(S("abc"), 0, 1) == rpy_str_from_char('a'));   /* cached */
    CHECK_STR(rpy_str_slice(S("abcdef"), -3, N), "def");
    CHECK_STR(rpy_str_slice(S("abcdef"), N, -2), "abcd");
    CHECK_STR(rpy_str_slice(S("abcdef"), 4, 2), "");
    CHECK_STR(rpy_str_slice(S("abcdef"), -100, 100), "abcdef");
    CHECK_STR(rpy_str_slice_step(S("abcdef"), N, N, -1), "fedcba");
    CHECK_STR(rpy_str_slice_step(S("abcdef"), N, N, 2), "ace");
    CHECK_STR(rpy_str_slice_step(S("abcdef"), 4, 0, -2), "ec");
    CHECK_STR(rpy_str_slice_step(S("abcdef"), -1, -10, -3), "fc");
    CHECK_STR(rpy_str_slice_step(S("abcdef"), 10, N, -4), "fb");
    rpy_str_slice_step(S("abc"), N, N, 0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "slice step cannot be zero");
    CHECK_STR(rpy_str_mul(S("ab"), 3), "ababab");
    CHECK_STR(rpy_str_mul(S("ab"), -1), "");
    CHECK_STR(rpy_str_mul(S("\xe4\xb8\xad"), 2), "\xe4\xb8\xad\xe4\xb8\xad");
    CHECK(rpy_str_cmp(S("abc"), S("abd")) < 0);
    CHECK(rpy_str_cmp(S("abc"), S("ab")) > 0);
    CHECK(rpy_str_cmp(S("\xc3\xa9"), S("\xe4\xb8\xad")) < 0);
    CHECK(rpy_str_cmp(S("b"), S("a\xe4\xb8\xad")) > 0);
    CHECK(rpy_str_eq(S("x"), S("x")) && !rpy_str_eq(S("x"), S("y")));
    CHECK(rpy_str_hash(S("hello")) == rpy_str_hash(rpy_str_concat(S("he"), S("llo"))));
    CHECK(rpy_str_hash(S("")) != -1);
    /* searching */
    rpy_str *t = S("abcabcab");
    CHECK_INT(rpy_str_find(t, S("ca"), N, N), 2);
    CHECK_INT(rpy_str_find(t, S("ca"), 3, N), 5);
    CHECK_INT(rpy_str_find(t, S("ca"), 3, 6), -1);
    CHECK_INT(rpy_str_find(t, S(""), 8, N), 8);
    CHECK_INT(rpy_str_find(t, S(""), 9, N), -1);
    CHECK_INT(rpy_str_find(t, S("b"), -3, N), 7);
    CHECK_INT(rpy_str_rfind(t, S("ab"), N, N), 6);
    CHECK_INT(rpy_str_rfind(t, S("ab"), N, -1), 3);
    CHECK_INT(rpy_str_rfind(t, S(""), N, N), 8);
    CHECK_INT(rpy_str_count(t, S("ab"), N, N), 3);
    CHECK_INT(rpy_str_count(t, S(""), N, N), 9);
    CHECK_INT(rpy_str_count(t, S(""), 2, 4), 3);
    CHECK_INT(rpy_str_count(S("aaaa"), S("aa"), N, N), 2);
    CHECK_INT(rpy_str_index(t, S("c"), N, N), 2);
    rpy_str_index(t, S("z"), N, N);
    CHECK_EXC(RPY_EXC_VALUEERROR, "substring not found");
    rpy_str_rindex(t, S("z"), N, N);
    CHECK_EXC(RPY_EXC_VALUEERROR, "substring not found");
    CHECK_INT(rpy_str_find(S("x\xe4\xb8\xady\xe4\xb8\xad"), S("\xe4\xb8\xad"), 2, N), 3);
    CHECK_INT(rpy_str_find(S("abc"), S("\xe4\xb8\xad"), N, N), -1);
    CHECK_INT(rpy_str_find(S("a\xe4\xb8\xad" "bc"), S("bc"), N, N), 2);
    CHECK(rpy_str_contains(S("hello"), S("ell")));
    CHECK(!rpy_str_contains(S("hello"), S("elo")));
    CHECK(rpy_str_contains_char(S("h\xc3\xa9"), 0xE9));
    CHECK(rpy_str_startswith(t, S("abc"), N, N));
    CHECK(rpy_str_startswith(t, S("ca"), 2, N));
    CHECK(!rpy_str_startswith(t, S("ca"), 2, 3));
    CHECK(rpy_str_startswith(t, S(""), 8, N));
    CHECK(!rpy_str_startswith(t, S(""), 9, N));
    CHECK(rpy_str_endswith(t, S("cab"), N, N));
    CHECK(rpy_str_endswith(t, S("bc"), N, -2));
    CHECK(!rpy_str_endswith(t, S("abcabcabx"), N, N));
}

void test_str_methods(void)
{
    CHECK_STR(rpy_str_replace(S("aaa"), S("a"), S("bb"), -1), "bbbbbb");
    CHECK_STR(rpy_str_replace(S("aaa"), S("a"), S("b"), 2), "bba");
    CHECK_STR(rpy_str_replace(S("abc"), S(""), S("-"), -1), "-a-b-c-");
    CHECK_STR(rpy_str_replace(S("abc"), S(""), S("-"), 2), "-a-bc");
    CHECK_STR(rpy_str_replace(S("abc"), S("x"), S("-"), -1), "abc");
    CHECK_STR(rpy_str_replace(S("a\xe4\xb8\xad" "a"), S("\xe4\xb8\xad"), S("z"), -1), "aza");
    CHECK(rpy_str_replace(S("a\xe4\xb8\xad" "a"), S("\xe4\xb8\xad"), S("z"), -1)->kind == 1);
    CHECK_STR(rpy_str_lower(S("HeLLo \xc3\x89\xc3\x80")), "hello \xc3\xa9\xc3\xa0");
    CHECK_STR(rpy_str_upper(S("stra\xc3\x9f" "e")), "STRASSE");          /* ß -> SS */
    CHECK_STR(rpy_str_upper(S("\xc3\xbf")), "\xc5\xb8");                  /* ÿ -> Ÿ */
    CHECK_STR(rpy_str_upper(S("\xc2\xb5")), "\xce\x9c");                  /* µ -> Μ */
    CHECK_STR(rpy_str_lower(S("\xce\x9f\xce\x94\xce\x9f\xce\xa3")), "\xce\xbf\xce\xb4\xce\xbf\xcf\x82");  /* ΟΔΟΣ -> οδος */
    CHECK_STR(rpy_str_lower(S("\xce\xa3")), "\xcf\x83");                 /* lone Σ -> σ */
    CHECK_STR(rpy_str_lower(S("\xc4\xb0")), "i\xcc\x87");                 /* İ -> i̇ */
    CHECK_STR(rpy_str_strip(S("  \t hi there \n"), NULL), "hi there");
    CHECK_STR(rpy_str_strip(S("\xc2\xa0x\xe3\x80\x80"), NULL), "x");
    CHECK_STR(rpy_str_lstrip(S("xxhixx"), S("x")), "hixx");
    CHECK_STR(rpy_str_rstrip(S("xxhixy"), S("yx")), "xxhi");
    CHECK_STR(rpy_str_strip(S("   "), NULL), "");
    CHECK_LIST(rpy_str_split(S("  a b  c "), NULL, -1), "[a|b|c]");
    CHECK_LIST(rpy_str_split(S("  a b  c "), NULL, 1), "[a|b  c ]");
    CHECK_LIST(rpy_str_split(S(""), NULL, -1), "[]");
    CHECK_LIST(rpy_str_split(S("   "), NULL, -1), "[]");
    CHECK_LIST(rpy_str_split(S("a,b,,c"), S(","), -1), "[a|b||c]");
    CHECK_LIST(rpy_str_split(S("a,b,,c"), S(","), 2), "[a|b|,c]");
    CHECK_LIST(rpy_str_split(S(""), S(","), -1), "[]");
    CHECK_INT(rpy_str_split(S(""), S(","), -1)->length, 1);
    CHECK_LIST(rpy_str_split(S("a::b::"), S("::"), -1), "[a|b|]");
    rpy_str_split(S("abc"), S(""), -1);
    CHECK_EXC(RPY_EXC_VALUEERROR, "empty separator");
    CHECK_LIST(rpy_str_rsplit(S("  a b  c "), NULL, 1), "[  a b|c]");
    CHECK_LIST(rpy_str_rsplit(S("a,b,,c"), S(","), 2), "[a,b||c]");
    CHECK_LIST(rpy_str_rsplit(S("a b c"), NULL, -1), "[a|b|c]");
    CHECK_LIST(rpy_str_rsplit(S("a b c"), NULL, 0), "[a b c]");
    CHECK_LIST(rpy_str_split(S("  a b c  "), NULL, 0), "[a b c  ]");
    rpy_list *parts = rpy_str_split(S("x y \xe4\xb8\xad"), NULL, -1);
    CHECK_STR(rpy_str_join(S(", "), parts), "x, y, \xe4\xb8\xad");
    CHECK_STR(rpy_str_join(S(""), rpy_list_new(0)), "");
    CHECK_STR(rpy_str_join(S("\xe4\xb8\xad"), rpy_str_split(S("a b"), NULL, -1)), "a\xe4\xb8\xad" "b");
    CHECK_LIST(rpy_str_splitlines(S("a\nb\r\nc\rd\x0b" "e\xc2\x85" "f\n"), false), "[a|b|c|d|e|f]");
    CHECK_LIST(rpy_str_splitlines(S("a\n\nb"), false), "[a||b]");
    CHECK_LIST(rpy_str_splitlines(S("a\r\nb\n"), true), "[a\r\n|b\n]");
    CHECK_INT(rpy_str_splitlines(S(""), false)->length, 0);
    CHECK(rpy_str_isdigit(S("0123")) && !rpy_str_isdigit(S("12a")) && !rpy_str_isdigit(S("")));
    CHECK(rpy_str_isdigit(S("\xc2\xb2")));                 /* ² */
    CHECK(rpy_str_isalpha(S("ab\xc3\xa9\xe4\xb8\xad")) && !rpy_str_isalpha(S("a1")));
    CHECK(rpy_str_isalnum(S("a1\xc2\xbd")) && !rpy_str_isalnum(S("a 1")));
    CHECK(rpy_str_isspace(S(" \t\n\xc2\xa0")) && !rpy_str_isspace(S("")));
    CHECK(rpy_str_isupper(S("ABC1")) && !rpy_str_isupper(S("AbC")) && !rpy_str_isupper(S("12")));
    CHECK(rpy_str_islower(S("abc1\xc3\x9f")) && !rpy_str_islower(S("aBc")));
    CHECK_INT(rpy_str_ord(S("\xe4\xb8\xad")), 0x4E2D);
    rpy_str_ord(S("ab"));
    CHECK_EXC(RPY_EXC_TYPEERROR, "ord() expected a character, but string of length 2 found");
    CHECK_STR(rpy_str_chr(0x263A), "\xe2\x98\xba");
    rpy_str_chr(0x110000);
    CHECK_EXC(RPY_EXC_VALUEERROR, "chr() arg not in range(0x110000)");
    rpy_str_chr(-1);
    CHECK_EXC(RPY_EXC_VALUEERROR, "chr() arg not in range(0x110000)");
    CHECK_INT(rpy_str_to_list(S("ab"))->length, 2);
    CHECK(rpy_char_isspace(0x3000) && !rpy_char_isspace(0x200B));
    CHECK(rpy_char_tolower('A') == 'a' && rpy_char_toupper(0xE9) == 0xC9);
    /* builder */
    rpy_strbuilder *sb = rpy_strbuilder_new(0);
    for (int i = 0; i < 100; i++) rpy_strbuilder_append_char(sb, 'a' + i % 26);
    rpy_strbuilder_append_char(sb, 0x1F600);
    rpy_strbuilder_append_slice(sb, S("xyz"), 1, 3);
    rpy_strbuilder_append_multiple_char(sb, '-', 3);
    CHECK_INT(rpy_strbuilder_length(sb), 106);
    rpy_str *built = rpy_strbuilder_build(sb);
    CHECK_INT(built->kind, 4);
    CHECK_INT(rpy_str_getchar(built, 100), 0x1F600);
    CHECK_STR(rpy_str_slice(built, 101, N), "yz---");
    /* utf-8 */
    CHECK_INT(rpy_str_len(rpy_str_from_utf8("a\xff" "b", 3)), 3);
    CHECK_INT(rpy_str_getchar(rpy_str_from_utf8("a\xff" "b", 3), 1), 0xFFFD);
    CHECK_STR(S("\xf0\x9f\x98\x80"), "\xf0\x9f\x98\x80");
}

void test_str_more(void)
{
    CHECK_STR(rpy_str_ljust(S("ab"), 5, '*'), "ab***");
    CHECK_STR(rpy_str_center(S("ab"), 5, ' '), "  ab ");
    CHECK_STR(rpy_str_center(S("ab"), 6, '-'), "--ab--");
    CHECK_STR(rpy_str_center(S("abc"), 6, ' '), " abc  ");
    CHECK_STR(rpy_str_rjust(S("ab"), 1, ' '), "ab");
    CHECK_STR(rpy_str_rjust(S("ab"), 4, 0x4E2D), "\xe4\xb8\xad\xe4\xb8\xad" "ab");
    CHECK_STR(rpy_str_zfill(S("-42"), 6), "-00042");
    CHECK_STR(rpy_str_zfill(S("+4"), 4), "+004");
    CHECK_STR(rpy_str_zfill(S("x"), 3), "00x");
    rpy_str *p[3];
    rpy_str_partition(S("a=b=c"), S("="), p);
    CHECK_STR(p[0], "a"); CHECK_STR(p[1], "="); CHECK_STR(p[2], "b=c");
    rpy_str_rpartition(S("a=b=c"), S("="), p);
    CHECK_STR(p[0], "a=b"); CHECK_STR(p[2], "c");
    rpy_str_partition(S("abc"), S("="), p);
    CHECK_STR(p[0], "abc"); CHECK_STR(p[1], ""); CHECK_STR(p[2], "");
    rpy_str_rpartition(S("abc"), S("="), p);
    CHECK_STR(p[0], ""); CHECK_STR(p[2], "abc");
    rpy_str_partition(S("abc"), S(""), p);
    CHECK_EXC(RPY_EXC_VALUEERROR, "empty separator");
    CHECK_STR(rpy_str_removeprefix(S("prefix"), S("pre")), "fix");
    CHECK_STR(rpy_str_removesuffix(S("prefix"), S("fix")), "pre");
    CHECK_STR(rpy_str_removesuffix(S("prefix"), S("")), "prefix");
    CHECK_STR(rpy_str_title(S("hello world foo")), "Hello World Foo");
    CHECK_STR(rpy_str_title(S("they're bill's")), "They'Re Bill'S");
    CHECK_STR(rpy_str_capitalize(S("hELLO wORLD")), "Hello world");
    CHECK_STR(rpy_str_swapcase(S("aBc\xc3\x9f")), "AbCSS");
    CHECK_STR(rpy_str_expandtabs(S("a\tbc\td"), 8), "a       bc      d");
    CHECK_STR(rpy_str_expandtabs(S("a\tbc\td"), 4), "a   bc  d");
    CHECK(rpy_str_isascii(S("")) && rpy_str_isascii(S("abc")) && !rpy_str_isascii(S("\xc3\xa9")));
    CHECK(rpy_str_isdecimal(S("123")) && !rpy_str_isdecimal(S("\xc2\xb2")));
    CHECK(rpy_str_isnumeric(S("\xc2\xbd" "3")) && !rpy_str_isnumeric(S("a")));
    CHECK(rpy_str_isnumeric(S("\xe4\xb8\x80")) && rpy_str_isalpha(S("\xe4\xb8\x80")));   /* 一 */
    CHECK(rpy_str_isprintable(S("")) && !rpy_str_isprintable(S("a\n")));
    rpy_list *cl = rpy_str_to_char_list(S("a\xe4\xb8\xad" "b"));
    CHECK_INT(cl->length, 3);
    CHECK_INT(cl->items[1].u, 0x4E2D);
    CHECK_STR(rpy_str_join_chars(S("-"), cl), "a-\xe4\xb8\xad-b");
    CHECK_STR(rpy_str_join_chars(S(""), rpy_list_new(0)), "");
    CHECK(rpy_str_istitle(S("Hello World")) && !rpy_str_istitle(S("Hello world")) && !rpy_str_istitle(S("")));
}
