/* test_fuzz.c -- seeded random cases (tools/gen_fuzz.py) for str methods,
 * slicing and format specs, compared with CPython's results. */
#include <math.h>
#include "t.h"

#define NELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))
#pragma GCC diagnostic ignored "-Wunused-variable"
#include "cases_gen.inc"
#include "fuzz_gen.inc"

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }

static rpy_str *show_list(rpy_list *l)
{
    rpy_strbuilder *sb = rpy_strbuilder_new(16);
    rpy_strbuilder_append_char(sb, '[');
    for (int64_t i = 0; i < l->length; i++) {
        if (i) rpy_strbuilder_append_char(sb, '|');
        rpy_strbuilder_append(sb, l->items[i].p);
    }
    rpy_strbuilder_append_char(sb, ']');
    return rpy_strbuilder_build(sb);
}

static rpy_str *B(bool b) { return rpy_str_of_bool(b); }
static rpy_str *I(int64_t i) { return rpy_str_of_int(i); }

static rpy_str *run_str_case(int op, rpy_str *s, rpy_str *a, int64_t i1, int64_t i2)
{
    const char *name = fuzz_ops[op];
    if (!strcmp(name, "find")) return I(rpy_str_find(s, a, i1, i2));
    if (!strcmp(name, "rfind")) return I(rpy_str_rfind(s, a, i1, i2));
    if (!strcmp(name, "count")) return I(rpy_str_count(s, a, i1, i2));
    if (!strcmp(name, "index")) return I(rpy_str_index(s, a, i1, i2));
    if (!strcmp(name, "startswith")) return B(rpy_str_startswith(s, a, i1, i2));
    if (!strcmp(name, "endswith")) return B(rpy_str_endswith(s, a, i1, i2));
    if (!strcmp(name, "split")) return show_list(rpy_str_split(s, a, i1));
    if (!strcmp(name, "rsplit")) return show_list(rpy_str_rsplit(s, a, i1));
    if (!strcmp(name, "replace")) {
        int64_t k = rpy_str_find(a, rpy_str_from_char(1), RPY_SLICE_NONE, RPY_SLICE_NONE);
        return rpy_str_replace(s, rpy_str_slice(a, 0, k), rpy_str_slice(a, k + 1, RPY_SLICE_NONE), i1);
    }
    if (!strcmp(name, "strip")) return rpy_str_strip(s, a);
    if (!strcmp(name, "lstrip")) return rpy_str_lstrip(s, a);
    if (!strcmp(name, "rstrip")) return rpy_str_rstrip(s, a);
    if (!strcmp(name, "slice")) return rpy_str_slice_step(s, i1, i2, rpy_int_from_str(a));
    if (!strcmp(name, "splitlines")) return show_list(rpy_str_splitlines(s, i1 != 0));
    if (!strcmp(name, "lower")) return rpy_str_lower(s);
    if (!strcmp(name, "upper")) return rpy_str_upper(s);
    if (!strcmp(name, "title")) return rpy_str_title(s);
    if (!strcmp(name, "capitalize")) return rpy_str_capitalize(s);
    if (!strcmp(name, "swapcase")) return rpy_str_swapcase(s);
    return S("?");
}

static void compare(rpy_str *r, const char *expect, const char *what, const char *detail)
{
    const char *got;
    if (rpy_exc_type) {
        got = C(rpy_str_concat(S("ERR:"), t_exc_msg ? t_exc_msg : S("")));
        rpy_exc_clear();
    } else {
        got = r ? C(r) : "(NULL)";
    }
    if (strcmp(got, expect) == 0) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s %s: got [%s] want [%s]\n", what, detail, got, expect);
}

void test_fuzz(void)
{
    for (int i = 0; i < NELEMS(str_fuzz_cases); i++) {
        const __typeof__(str_fuzz_cases[0]) *c = &str_fuzz_cases[i];
        rpy_str *r = run_str_case(c->op, S(c->s), c->a ? S(c->a) : NULL, c->i1, c->i2);
        char detail[128];
        snprintf(detail, sizeof detail, "%s(%s, %s, %lld, %lld)", fuzz_ops[c->op], c->s,
                 c->a ? c->a : "None", (long long)c->i1, (long long)c->i2);
        compare(r, c->expect, "str", detail);
    }
    for (int i = 0; i < NELEMS(fmt_fuzz_int); i++) {
        const struct fmt_case *c = &fmt_fuzz_int[i];
        char detail[128];
        snprintf(detail, sizeof detail, "format(%lld, '%s')", (long long)c->i, c->spec);
        compare(rpy_format_int(c->i, S(c->spec)), c->expect, "fmt", detail);
    }
    for (int i = 0; i < NELEMS(fmt_fuzz_float); i++) {
        const struct fmt_case *c = &fmt_fuzz_float[i];
        char detail[128];
        snprintf(detail, sizeof detail, "format(%.17g, '%s')", from_bits(c->fbits), c->spec);
        compare(rpy_format_float(from_bits(c->fbits), S(c->spec)), c->expect, "fmt", detail);
    }
    for (int i = 0; i < NELEMS(pct_fuzz_int); i++) {
        const struct fmt_case *c = &pct_fuzz_int[i];
        char detail[128];
        snprintf(detail, sizeof detail, "'%%%s' %% %lld", c->spec, (long long)c->i);
        compare(rpy_percent_int(c->i, c->spec), c->expect, "pct", detail);
    }
    for (int i = 0; i < NELEMS(pct_fuzz_float); i++) {
        const struct fmt_case *c = &pct_fuzz_float[i];
        char detail[128];
        snprintf(detail, sizeof detail, "'%%%s' %% %.17g", c->spec, from_bits(c->fbits));
        compare(rpy_percent_float(from_bits(c->fbits), c->spec), c->expect, "pct", detail);
    }
    for (int i = 0; i < NELEMS(int_fuzz); i++) {
        int64_t v = rpy_int_from_str_base(S(int_fuzz[i].s), int_fuzz[i].base);
        rpy_str *r = NULL;
        if (rpy_exc_type && t_exc_kind == RPY_EXC_OVERFLOWERROR) { rpy_exc_clear(); r = S("OVF"); }
        else if (!rpy_exc_type) r = rpy_str_of_int(v);
        char detail[128];
        snprintf(detail, sizeof detail, "int('%s', %d)", int_fuzz[i].s, int_fuzz[i].base);
        compare(r, int_fuzz[i].expect, "int", detail);
    }
    for (int i = 0; i < NELEMS(float_fuzz); i++) {
        double v = rpy_float_from_str(S(float_fuzz[i].s));
        char detail[128];
        snprintf(detail, sizeof detail, "float('%s')", float_fuzz[i].s);
        compare(rpy_exc_type ? NULL : rpy_str_of_float(v), float_fuzz[i].expect, "float", detail);
    }
    for (int i = 0; i < NELEMS(decode_fuzz); i++) {
        rpy_bytes *b = rpy_bytes_from(decode_fuzz[i].b, decode_fuzz[i].n);
        compare(rpy_bytes_decode_utf8(b), decode_fuzz[i].strict, "decode", decode_fuzz[i].strict);
        compare(rpy_bytes_decode_utf8_replace(b), decode_fuzz[i].replace, "decode-replace", decode_fuzz[i].replace);
        compare(rpy_bytes_decode_utf8_ignore(b), decode_fuzz[i].ignore, "decode-ignore", decode_fuzz[i].ignore);
    }
    for (int i = 0; i < NELEMS(pct_fuzz_str); i++) {
        const struct fmt_case *c = &pct_fuzz_str[i];
        char detail[128];
        snprintf(detail, sizeof detail, "'%%%s' %% '%s'", c->spec, c->s);
        compare(rpy_percent_str(S(c->s), c->spec), c->expect, "pct", detail);
    }
}

/* Exhaustive check of the Unicode tables against CPython's str methods. */
void test_unicode_all(void)
{
    for (int block = 0; block < NELEMS(unicode_block_sums); block++) {
        uint64_t h = 0xcbf29ce484222325ULL;
        for (rpy_char c = (rpy_char)block * 4096; c < (rpy_char)block * 4096 + 4096; c++) {
            uint64_t bits = (uint64_t)rpy_char_isspace(c) | (uint64_t)rpy_char_isdigit(c) << 1 |
                            (uint64_t)rpy_char_isdecimal(c) << 2 | (uint64_t)rpy_char_isalpha(c) << 3 |
                            (uint64_t)rpy_char_isalnum(c) << 4 | (uint64_t)rpy_char_isupper(c) << 5 |
                            (uint64_t)rpy_char_islower(c) << 6 | (uint64_t)rpy_char_isnumeric(c) << 7 |
                            (uint64_t)rpy_char_isprintable(c) << 8;
            h = (h ^ bits) * 0x100000001b3ULL;
            rpy_str *one = rpy_str_from_char(c);
            rpy_str *lo = (c >= 0xD800 && c < 0xE000) ? one : rpy_str_lower(one);
            rpy_str *up = (c >= 0xD800 && c < 0xE000) ? one : rpy_str_upper(one);
            for (int64_t i = 0; i < lo->length; i++) h = (h ^ rpy_str_getchar(lo, i)) * 0x100000001b3ULL;
            h = (h ^ 0) * 0x100000001b3ULL;
            for (int64_t i = 0; i < up->length; i++) h = (h ^ rpy_str_getchar(up, i)) * 0x100000001b3ULL;
        }
        if (h == unicode_block_sums[block]) { t_passed++; continue; }
        t_failed++;
        printf("FAIL unicode tables differ from CPython in block U+%04X..U+%04X\n", block * 4096,
               block * 4096 + 4095);
    }
}
