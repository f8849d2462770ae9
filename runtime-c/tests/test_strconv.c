/* test_strconv.c -- repr, str(int), int(s), float(s), UTF-8, float repr,
 * against the CPython-generated tables in cases_gen.inc. */
#include <math.h>
#include "t.h"
#include "cases_gen.inc"

#define NELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static uint64_t to_bits(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }

/* result text of a call that may raise: "ERR:<message>" on exception */
static const char *outcome(rpy_str *r)
{
    if (rpy_exc_type) {
        rpy_exc_clear();
        return C(rpy_str_concat(S("ERR:"), t_exc_msg ? t_exc_msg : S("")));
    }
    return r ? C(r) : "(NULL)";
}

static void check_outcome(const char *got, const char *want, const char *ctx, const char *file, int line)
{
    if (strcmp(got, want) == 0) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s:%d: %s: got [%s] want [%s]\n", file, line, ctx, got, want);
}

void test_strconv(void)
{
    for (int i = 0; i < NELEMS(str_repr_cases); i++)
        check_outcome(C(rpy_str_repr(rpy_str_from_utf8(str_repr_cases[i].s, str_repr_cases[i].n))), str_repr_cases[i].expect,
                      str_repr_cases[i].s, __FILE__, __LINE__);
    for (int i = 0; i < NELEMS(int_parse_cases); i++) {
        int64_t v = rpy_int_from_str_base(S(int_parse_cases[i].s), int_parse_cases[i].base);
        rpy_str *r = rpy_exc_type ? NULL : rpy_str_of_int(v);
        check_outcome(outcome(r), int_parse_cases[i].expect, int_parse_cases[i].s, __FILE__, __LINE__);
    }
    for (int i = 0; i < NELEMS(float_parse_cases); i++) {
        double v = rpy_float_from_str(S(float_parse_cases[i].s));
        rpy_str *r = rpy_exc_type ? NULL : rpy_str_of_float(v);
        check_outcome(outcome(r), float_parse_cases[i].expect, float_parse_cases[i].s, __FILE__, __LINE__);
    }
    rpy_int_from_str(S("99999999999999999999"));
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, NULL);
    rpy_int_from_str_base(S("1"), 37);
    CHECK_EXC(RPY_EXC_VALUEERROR, "int() base must be >= 2 and <= 36, or 0");
    CHECK_STR(rpy_str_of_int(INT64_MIN), "-9223372036854775808");
    CHECK_STR(rpy_str_of_int(7), "7");
    CHECK_STR(rpy_str_of_uint(UINT64_MAX), "18446744073709551615");
    CHECK_STR(rpy_str_of_bool(true), "True");
    CHECK_STR(rpy_int_hex(31), "0x1f");
    CHECK_STR(rpy_int_hex(INT64_MIN), "-0x8000000000000000");
    CHECK_STR(rpy_int_oct(-15), "-0o17");
    CHECK_STR(rpy_int_bin(0), "0b0");
    CHECK_STR(rpy_str_of_bool(false), "False");
    CHECK_STR(rpy_char_repr('\''), "\"'\"");
    /* UTF-8 */
    rpy_bytes *b = rpy_str_encode_utf8(S("h\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80"));
    CHECK_INT(b->length, 10);
    CHECK_STR(rpy_bytes_decode_utf8(b), "h\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
    static const struct { const char *b; int n; const char *msg; } bad[] = {
        {"\xff", 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
        {"a\x80", 2, "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"},
        {"\xe4\xb8", 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
        {"\xe4", 1, "'utf-8' codec can't decode byte 0xe4 in position 0: unexpected end of data"},
        {"\xe4" "a", 2, "'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte"},
        {"\xe4\xb8" "a", 3, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
        {"\xed\xa0\x80", 3, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
        {"\xc0\x80", 2, "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
        {"\xf4\x90\x80\x80", 4, "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
    };
    for (int i = 0; i < NELEMS(bad); i++) {
        rpy_bytes_decode_utf8(rpy_bytes_from(bad[i].b, bad[i].n));
        CHECK_EXC(RPY_EXC_UNICODEDECODEERROR, bad[i].msg);
    }
}

void test_floatrepr(void)
{
    for (int i = 0; i < NELEMS(float_repr_cases); i++) {
        double x = from_bits(float_repr_cases[i].bits);
        check_outcome(C(rpy_str_of_float(x)), float_repr_cases[i].repr, "repr", __FILE__, __LINE__);
        /* and it parses back */
        double y = rpy_float_from_str(S(float_repr_cases[i].repr));
        CHECK(to_bits(y) == to_bits(x));
    }
    CHECK_STR(rpy_str_of_float(NAN), "nan");
    CHECK_STR(rpy_str_of_float(-NAN), "nan");
}
