/* test_num.c -- integer/float arithmetic, hashes and round() (CPython
 * tables from cases_gen.inc), the math module, bytes. */
#include <math.h>
#include "t.h"

#define NELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))
#pragma GCC diagnostic ignored "-Wunused-variable"
#include "cases_gen.inc"

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static uint64_t to_bits(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }

void test_num(void)
{
    /* floor division / modulo, all sign combinations (CPython values) */
    static const int64_t divs[][4] = {
        {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, 3, 2, 0},
        {-6, 3, -2, 0}, {0, -5, 0, 0}, {INT64_MIN, 1, INT64_MIN, 0}, {INT64_MAX, -1, -INT64_MAX, 0},
    };
    for (int i = 0; i < NELEMS(divs); i++) {
        CHECK_INT(rpy_int_floordiv(divs[i][0], divs[i][1]), divs[i][2]);
        CHECK_INT(rpy_int_mod(divs[i][0], divs[i][1]), divs[i][3]);
    }
    CHECK_INT(rpy_int_mod(INT64_MIN, -1), 0);
    rpy_int_floordiv_checked(1, 0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "integer division or modulo by zero");
    rpy_int_mod_checked(1, 0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "integer division or modulo by zero");
    rpy_int_floordiv_ovf(INT64_MIN, -1);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    CHECK(rpy_int_truediv(1, 3) == 1.0 / 3.0);
    CHECK(rpy_int_truediv(-7, 2) == -3.5);
    rpy_int_truediv(1, 0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "division by zero");
    CHECK_INT(rpy_int_add_ovf(INT64_MAX - 1, 1), INT64_MAX);
    rpy_int_add_ovf(INT64_MAX, 1);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    rpy_int_sub_ovf(INT64_MIN, 1);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    rpy_int_mul_ovf(INT64_MAX / 2 + 1, 2);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    CHECK_INT(rpy_int_mul_ovf(-3, 5), -15);
    rpy_int_neg_ovf(INT64_MIN);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    CHECK_INT(rpy_int_rshift(-5, 1), -3);
    CHECK_INT(rpy_int_rshift(-5, 100), -1);
    CHECK_INT(rpy_int_rshift(5, 64), 0);
    CHECK_INT(rpy_int_lshift(1, 63), INT64_MIN);
    CHECK_INT(rpy_int_lshift_ovf(1, 62), (int64_t)1 << 62);
    rpy_int_lshift_ovf(1, 63);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    CHECK_INT(rpy_int_lshift_ovf(-1, 63), INT64_MIN);
    rpy_int_lshift_ovf(3, 64);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    CHECK_INT(rpy_int_lshift_ovf(0, 1000), 0);
    rpy_int_rshift(1, -1);
    CHECK_EXC(RPY_EXC_VALUEERROR, "negative shift count");
    rpy_int_lshift(1, -1);
    CHECK_EXC(RPY_EXC_VALUEERROR, "negative shift count");
    CHECK(rpy_uint_rshift(UINT64_MAX, 63) == 1);
    CHECK_INT(rpy_int_pow(3, 4), 81);
    CHECK_INT(rpy_int_pow(-2, 63), INT64_MIN);
    CHECK_INT(rpy_int_pow_ovf(-2, 63), INT64_MIN);
    CHECK_INT(rpy_int_pow(7, 0), 1);
    CHECK_INT(rpy_int_pow_ovf(1, 1000000), 1);
    CHECK_INT(rpy_int_pow_ovf(-1, 1000001), -1);
    rpy_int_pow_ovf(2, 63);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    rpy_int_pow_ovf(10, 19);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "integer overflow");
    CHECK_INT(rpy_int_pow_ovf(10, 18), 1000000000000000000LL);
    /* float ops */
    CHECK(rpy_float_floordiv(7.5, 2.0) == 3.0 && rpy_float_floordiv(-7.5, 2.0) == -4.0);
    CHECK(rpy_float_mod(-7.5, 2.0) == 0.5 && rpy_float_mod(7.5, -2.0) == -0.5);
    CHECK(signbit(rpy_float_mod(-4.0, 2.0)) == 0 && signbit(rpy_float_mod(4.0, -2.0)) != 0);
    double md;
    CHECK(rpy_float_divmod(-7.0, 2.0, &md) == -4.0 && md == 1.0);
    rpy_float_mod(1.0, 0.0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "float modulo");
    rpy_float_floordiv(1.0, 0.0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "float floor division by zero");
    rpy_float_truediv(1.0, 0.0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "float division by zero");
    rpy_float_divmod(1.0, 0.0, &md);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "float divmod()");
    CHECK(rpy_float_pow(2.0, 10.0) == 1024.0 && rpy_float_pow(-2.0, 3.0) == -8.0);
    CHECK(rpy_float_pow(0.0, 0.0) == 1.0 && rpy_float_pow(-8.0, 1.0 / 3.0) == 0.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "negative number cannot be raised to a fractional power");
    rpy_float_pow(0.0, -1.0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "0.0 cannot be raised to a negative power");
    rpy_float_pow(10.0, 400.0);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "(34, 'Numerical result out of range')");
    CHECK(rpy_float_pow(INFINITY, -1.0) == 0.0 && rpy_float_pow(-INFINITY, 3.0) == -INFINITY);
    CHECK(rpy_float_pow(1.0, NAN) == 1.0 && isnan(rpy_float_pow(NAN, 2.0)));
    CHECK(rpy_float_pow(0.5, INFINITY) == 0.0 && rpy_float_pow(2.0, -INFINITY) == 0.0);
    CHECK_INT(rpy_float_to_int(-3.99), -3);
    rpy_float_to_int(NAN);
    CHECK_EXC(RPY_EXC_VALUEERROR, "cannot convert float NaN to integer");
    rpy_float_to_int(-INFINITY);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "cannot convert float infinity to integer");
    rpy_float_to_int(1e19);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, NULL);
    CHECK_INT(rpy_float_to_int(-9223372036854775808.0), INT64_MIN);
    CHECK(rpy_float_is_integer(3.0) && !rpy_float_is_integer(3.5) && !rpy_float_is_integer(INFINITY));
    /* round */
    for (int i = 0; i < NELEMS(round_cases); i++) {
        double r = rpy_float_round(from_bits(round_cases[i].bits), round_cases[i].nd);
        if (to_bits(r) == round_cases[i].expect) { t_passed++; continue; }
        t_failed++;
        printf("FAIL round(%.17g, %d) = %.17g want %.17g\n", from_bits(round_cases[i].bits),
               round_cases[i].nd, r, from_bits(round_cases[i].expect));
    }
    for (int i = 0; i < NELEMS(round_int_cases); i++)
        CHECK_INT(rpy_float_round_int(from_bits(round_int_cases[i].bits)), round_int_cases[i].expect);
    for (int i = 0; i < NELEMS(truediv_cases); i++) {
        double q = rpy_int_truediv(truediv_cases[i].a, truediv_cases[i].b);
        if (to_bits(q) == truediv_cases[i].q) { t_passed++; continue; }
        t_failed++;
        printf("FAIL %lld / %lld = %.17g want %.17g\n", (long long)truediv_cases[i].a,
               (long long)truediv_cases[i].b, q, from_bits(truediv_cases[i].q));
    }
    /* hashes */
    for (int i = 0; i < NELEMS(hash_int_cases); i++)
        CHECK_INT(rpy_hash_int(hash_int_cases[i].v), hash_int_cases[i].h);
    for (int i = 0; i < NELEMS(hash_float_cases); i++)
        CHECK_INT(rpy_hash_float(from_bits(hash_float_cases[i].bits)), hash_float_cases[i].h);
    for (int i = 0; i < NELEMS(hash_tuple_cases); i++) {
        uint64_t acc = rpy_tuple_hash_start();
        for (int k = 0; k < hash_tuple_cases[i].n; k++)
            acc = rpy_tuple_hash_add(acc, hash_tuple_cases[i].items[k]);
        CHECK_INT(rpy_tuple_hash_finish(acc, hash_tuple_cases[i].n), hash_tuple_cases[i].h);
    }
    CHECK_INT(rpy_hash_uint(UINT64_MAX), 7);
    for (int i = 0; i < NELEMS(hash_str_cases); i++)
        CHECK_INT(rpy_str_hash(rpy_str_from_utf8(hash_str_cases[i].s, hash_str_cases[i].n)), hash_str_cases[i].h);
    for (int i = 0; i < NELEMS(hash_bytes_cases); i++)
        CHECK_INT(rpy_bytes_hash(rpy_bytes_from(hash_bytes_cases[i].s, hash_bytes_cases[i].n)), hash_bytes_cases[i].h);
    /* hash((1, "a")) as CPython under PYTHONHASHSEED=0 */
    uint64_t acc = rpy_tuple_hash_add(rpy_tuple_hash_add(rpy_tuple_hash_start(), rpy_hash_int(1)),
                                      rpy_str_hash(S("a")));
    CHECK_INT(rpy_tuple_hash_finish(acc, 2), hash_tuple_1a);     /* hash(2**64-1) */
}

void test_math(void)
{
    CHECK(rpy_math_sqrt(16.0) == 4.0);
    rpy_math_sqrt(-1.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    rpy_math_log(0.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    rpy_math_log(-1.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    CHECK(rpy_math_log(INFINITY) == INFINITY);
    rpy_math_exp(1000.0);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "math range error");
    CHECK(rpy_math_exp(-1000.0) == 0.0);
    rpy_math_acos(2.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    rpy_math_sin(INFINITY);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    CHECK(isnan(rpy_math_sin(NAN)));
    CHECK_NOEXC();
    rpy_math_cosh(1000.0);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "math range error");
    rpy_math_fmod(1.0, 0.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    CHECK(rpy_math_fmod(-7.0, 2.0) == -1.0 && rpy_math_fmod(3.0, INFINITY) == 3.0);
    rpy_math_pow(0.0, -1.0);
    CHECK_EXC(RPY_EXC_VALUEERROR, "math domain error");
    rpy_math_pow(10.0, 400.0);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "math range error");
    CHECK(rpy_math_pow(2.0, 0.5) == sqrt(2.0));
    CHECK(rpy_math_log_base(8.0, 2.0) == 3.0);
    rpy_math_log_base(8.0, 1.0);
    CHECK_EXC(RPY_EXC_ZERODIVISIONERROR, "float division by zero");
    CHECK(rpy_math_log2(1024.0) == 10.0 && rpy_math_log10(1000.0) == 3.0);
    CHECK_INT(rpy_math_floor(-2.5), -3);
    CHECK_INT(rpy_math_ceil(-2.5), -2);
    CHECK_INT(rpy_math_trunc(-2.5), -2);
    rpy_math_floor(INFINITY);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "cannot convert float infinity to integer");
    rpy_math_ceil(NAN);
    CHECK_EXC(RPY_EXC_VALUEERROR, "cannot convert float NaN to integer");
    CHECK(rpy_math_hypot(3.0, 4.0) == 5.0 && rpy_math_atan2(1.0, 1.0) == atan(1.0));
    CHECK(rpy_math_copysign(3.0, -0.0) == -3.0);
    CHECK(rpy_math_isinf(-INFINITY) && rpy_math_isnan(NAN) && !rpy_math_isfinite(NAN));
    double ip;
    CHECK(rpy_math_modf(3.25, &ip) == 0.25 && ip == 3.0);
    int64_t e;
    CHECK(rpy_math_frexp(8.0, &e) == 0.5 && e == 4);
    CHECK(rpy_math_ldexp(0.5, 4) == 8.0);
    rpy_math_ldexp(1.0, 5000);
    CHECK_EXC(RPY_EXC_OVERFLOWERROR, "math range error");
    CHECK(rpy_math_degrees(RPY_MATH_PI) == 180.0);
}

void test_bytes(void)
{
    rpy_bytes *b = rpy_bytes_from("hello", 5);
    CHECK_INT(rpy_bytes_len(b), 5);
    CHECK_INT(rpy_bytes_getitem(b, 1), 'e');
    rpy_bytes *c = rpy_bytes_concat(b, rpy_bytes_from(" world", 6));
    CHECK_INT(c->length, 11);
    CHECK(rpy_bytes_eq(rpy_bytes_slice(c, -5, RPY_SLICE_NONE), rpy_bytes_from("world", 5)));
    CHECK(rpy_bytes_eq(rpy_bytes_slice_step(b, RPY_SLICE_NONE, RPY_SLICE_NONE, -1), rpy_bytes_from("olleh", 5)));
    CHECK(rpy_bytes_cmp(b, c) < 0 && rpy_bytes_cmp(c, b) > 0);
    CHECK(rpy_bytes_hash(b) == rpy_bytes_hash(rpy_bytes_from("hello", 5)));
    CHECK_INT(rpy_bytes_find(c, rpy_bytes_from("o", 1), 5, RPY_SLICE_NONE), 7);
    CHECK_INT(rpy_bytes_mul(b, 3)->length, 15);
    CHECK_STR(rpy_bytes_repr(rpy_bytes_from("a'b\n\x00\xff\\", 7)), "b\"a'b\\n\\x00\\xff\\\\\"");
    CHECK_STR(rpy_bytes_repr(rpy_bytes_from("a'\"", 3)), "b'a\\'\"'");
    CHECK_STR(rpy_bytes_decode_latin1(rpy_bytes_from("\xe9", 1)), "\xc3\xa9");
}

/* math functions and float operators on special values vs CPython */
static const char *math_outcome_int(int64_t v)
{
    if (rpy_exc_type) return NULL;
    return C(rpy_str_concat(S("I:"), rpy_str_of_int(v)));
}

static const char *math_outcome(double v)
{
    if (rpy_exc_type) return NULL;
    return C(rpy_str_concat(S("F:"), rpy_str_of_float(v)));
}

static const char *exc_outcome(void)
{
    const char *r = C(rpy_str_concat(rpy_str_concat(S("ERR:"), S(rpy_builtin_exc_name(t_exc_kind))),
                                     rpy_str_concat(S(":"), t_exc_msg ? t_exc_msg : S(""))));
    rpy_exc_clear();
    return r;
}

static void check_math(const char *got, const char *want, const char *name, double x, double y)
{
    if (!got) got = exc_outcome();
    if (strcmp(got, want) == 0) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s(%.17g, %.17g): got [%s] want [%s]\n", name, x, y, got, want);
}

void test_math_table(void)
{
    for (int i = 0; i < NELEMS(math1_cases); i++) {
        const char *name = math1_names[math1_cases[i].f];
        double x = from_bits(math1_cases[i].x);
        const char *got;
#define M1(n) else if (!strcmp(name, #n)) got = math_outcome(rpy_math_##n(x));
        if (0) got = NULL;
        M1(sqrt) M1(exp) M1(expm1) M1(log) M1(log10) M1(log2) M1(log1p) M1(sin) M1(cos) M1(tan)
        M1(asin) M1(acos) M1(atan) M1(sinh) M1(cosh) M1(tanh) M1(fabs) M1(degrees) M1(radians)
        else if (!strcmp(name, "floor")) got = math_outcome_int(rpy_math_floor(x));
        else if (!strcmp(name, "ceil")) got = math_outcome_int(rpy_math_ceil(x));
        else if (!strcmp(name, "trunc")) got = math_outcome_int(rpy_math_trunc(x));
        else got = "?";
#undef M1
        check_math(got, math1_cases[i].expect, name, x, 0);
    }
    for (int i = 0; i < NELEMS(math2_cases); i++) {
        const char *name = math2_names[math2_cases[i].f];
        double x = from_bits(math2_cases[i].x), y = from_bits(math2_cases[i].y);
        const char *got;
        if (!strcmp(name, "pow")) got = math_outcome(rpy_math_pow(x, y));
        else if (!strcmp(name, "atan2")) got = math_outcome(rpy_math_atan2(x, y));
        else if (!strcmp(name, "fmod")) got = math_outcome(rpy_math_fmod(x, y));
        else if (!strcmp(name, "hypot")) got = math_outcome(rpy_math_hypot(x, y));
        else if (!strcmp(name, "copysign")) got = math_outcome(rpy_math_copysign(x, y));
        else if (!strcmp(name, "log")) got = math_outcome(rpy_math_log_base(x, y));
        else got = "?";
        check_math(got, math2_cases[i].expect, name, x, y);
    }
    for (int i = 0; i < NELEMS(fop_cases); i++) {
        const char *name = fop_names[fop_cases[i].f];
        double x = from_bits(fop_cases[i].x), y = from_bits(fop_cases[i].y);
        const char *got;
        if (!strcmp(name, "truediv")) got = math_outcome(rpy_float_truediv(x, y));
        else if (!strcmp(name, "floordiv")) got = math_outcome(rpy_float_floordiv(x, y));
        else if (!strcmp(name, "mod")) got = math_outcome(rpy_float_mod(x, y));
        else if (!strcmp(name, "pow")) got = math_outcome(rpy_float_pow(x, y));
        else got = "?";
        check_math(got, fop_cases[i].expect, name, x, y);
    }
}
