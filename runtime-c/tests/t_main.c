/* t_main.c -- runs every test suite; prints "tests: P passed, F failed". */
#include <stdlib.h>
#include "t.h"

int t_passed, t_failed;

void t_check(int ok, const char *what, const char *file, int line)
{
    if (ok) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s:%d: %s\n", file, line, what);
}

void t_check_str(rpy_str *got, const char *want, const char *file, int line)
{
    const char *g = got ? C(got) : "(NULL)";
    if (got && strcmp(g, want) == 0) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s:%d: got [%s] want [%s]\n", file, line, g, want);
}

void t_check_int(int64_t got, int64_t want, const char *what, const char *file, int line)
{
    if (got == want) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s:%d: %s = %lld, want %lld\n", file, line, what, (long long)got, (long long)want);
}

void t_check_exc(enum rpy_builtin_exc kind, const char *msg, const char *file, int line)
{
    if (!rpy_exc_type) {
        t_failed++;
        printf("FAIL %s:%d: no exception, want %s\n", file, line, rpy_builtin_exc_name(kind));
        return;
    }
    const char *m = t_exc_msg ? C(t_exc_msg) : "(none)";
    if (t_exc_kind != kind || (msg && strcmp(m, msg) != 0)) {
        t_failed++;
        printf("FAIL %s:%d: got %s(%s), want %s(%s)\n", file, line,
               rpy_builtin_exc_name(t_exc_kind), m, rpy_builtin_exc_name(kind), msg ? msg : "*");
    } else {
        t_passed++;
    }
    rpy_exc_clear();
}

void t_check_noexc(const char *file, int line)
{
    if (!rpy_exc_type) { t_passed++; return; }
    t_failed++;
    printf("FAIL %s:%d: unexpected %s(%s)\n", file, line, rpy_builtin_exc_name(t_exc_kind),
           t_exc_msg ? C(t_exc_msg) : "(none)");
    rpy_exc_clear();
}

rpy_str *S(const char *utf8) { return rpy_str_from_cstr(utf8); }
const char *C(rpy_str *s) { return rpy_str_to_utf8(s, NULL); }

int main(int argc, char **argv)
{
    rpy_runtime_init(argc, argv);
#define X(name) name();
    TEST_LIST(X)
#undef X
    rpy_flush_all();
    printf("tests: %d passed, %d failed\n", t_passed, t_failed);
    return t_failed ? 1 : 0;
}
