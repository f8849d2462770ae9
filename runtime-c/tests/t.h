/* t.h -- a tiny unit-test harness for the runtime tests.
 * CHECK(cond) counts one passed or failed check; failures print where.
 * Helpers compare rpy_str results with expected UTF-8 text and check the
 * exception recorded by the test stub of rpy_raise_builtin (stub_exc.c). */
#ifndef T_H
#define T_H

#include <stdio.h>
#include <string.h>
#include "rpy_runtime.h"

extern int t_passed, t_failed;

#define CHECK(cond) t_check((cond), #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) t_check_str((got), (want), __FILE__, __LINE__)
#define CHECK_INT(got, want) t_check_int((int64_t)(got), (int64_t)(want), #got, __FILE__, __LINE__)
/* an exception of `kind` with message `msg` (NULL: any message) is pending;
 * clears it */
#define CHECK_EXC(kind, msg) t_check_exc((kind), (msg), __FILE__, __LINE__)
/* no exception pending */
#define CHECK_NOEXC() t_check_noexc(__FILE__, __LINE__)

void t_check(int ok, const char *what, const char *file, int line);
void t_check_str(rpy_str *got, const char *want, const char *file, int line);
void t_check_int(int64_t got, int64_t want, const char *what, const char *file, int line);
void t_check_exc(enum rpy_builtin_exc kind, const char *msg, const char *file, int line);
void t_check_noexc(const char *file, int line);
rpy_str *S(const char *utf8);        /* rpy_str from a C literal */
const char *C(rpy_str *s);           /* UTF-8 C string of s */

/* the stub's record of the last raise */
extern enum rpy_builtin_exc t_exc_kind;
extern rpy_str *t_exc_msg;

#define TEST_LIST(X) \
    X(test_str_basic) X(test_str_methods) X(test_str_more) X(test_strconv) X(test_floatrepr) \
    X(test_format) X(test_list) X(test_dict) X(test_set) X(test_num) X(test_math) \
    X(test_bytes) X(test_io) X(test_gc) X(test_fuzz) X(test_stack) X(test_prebuilt) X(test_unicode_all) X(test_math_table)
#define X(name) void name(void);
TEST_LIST(X)
#undef X

#endif
