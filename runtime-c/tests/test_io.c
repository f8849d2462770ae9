/* test_io.c -- buffered stdout (captured through a temporary file), os.*
 * functions with CPython's OSError wording, time, argv. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"

static int64_t depth;
static int64_t recurse(int64_t n)
{
    volatile char pad[256];
    if (rpy_stack_check()) return -1;
    if (n > 100000000) return -2;          /* never: guards against a silent loop */
    pad[n % 256] = (char)n;
    depth = n;
    int64_t r = recurse(n + 1);
    if (r < 0) return r;
    return r + pad[n % 256];               /* not a tail call */
}

void test_stack(void)
{
    CHECK_INT(recurse(0), -1);
    CHECK_EXC(RPY_EXC_RECURSIONERROR, "maximum recursion depth exceeded");
    CHECK(depth > 1000);
}

void test_io(void)
{
    char path[] = "/tmp/rpytestXXXXXX";
    int tmp = mkstemp(path);
    CHECK(tmp >= 0);
    rpy_flush_all();
    fflush(stdout);
    int saved = dup(1);
    dup2(tmp, 1);
    rpy_stdout_write(S("h\xc3\xa9llo "));
    rpy_stdout_write_char(0x4E2D);
    rpy_stdout_write_cstr("\n");
    rpy_os_write(1, rpy_bytes_from("raw\n", 4));       /* flushes the buffer first */
    rpy_stdout_write(S("end"));
    rpy_flush_all();
    dup2(saved, 1);
    close(saved);
    rpy_str *p = S(path);
    int64_t fd = rpy_os_open(p, O_RDONLY, 0);
    CHECK_NOEXC();
    rpy_bytes *all = rpy_os_read(fd, 100);
    CHECK_STR(rpy_bytes_decode_utf8(all), "h\xc3\xa9llo \xe4\xb8\xad\nraw\nend");
    CHECK_INT(rpy_os_lseek(fd, 1, SEEK_SET), 1);
    CHECK_INT(rpy_os_read(fd, 2)->length, 2);
    CHECK_INT(rpy_os_read(fd, 0)->length, 0);
    rpy_os_close(fd);
    close(tmp);
    rpy_os_unlink(p);
    CHECK_NOEXC();
    rpy_os_open(p, O_RDONLY, 0);
    rpy_strbuilder *sb = rpy_strbuilder_new(64);
    rpy_strbuilder_append_utf8(sb, "[Errno 2] No such file or directory: '", 38);
    rpy_strbuilder_append(sb, p);
    rpy_strbuilder_append_char(sb, '\'');
    CHECK_EXC(RPY_EXC_OSERROR, C(rpy_strbuilder_build(sb)));
    rpy_os_unlink(p);
    CHECK_EXC(RPY_EXC_OSERROR, NULL);
    rpy_os_read(-1, 10);
    CHECK_EXC(RPY_EXC_OSERROR, "[Errno 9] Bad file descriptor");
    rpy_os_lseek(-1, 0, 0);
    CHECK_EXC(RPY_EXC_OSERROR, "[Errno 9] Bad file descriptor");
    setenv("RPY_TEST_VAR", "v\xc3\xa9", 1);
    CHECK_STR(rpy_os_getenv(S("RPY_TEST_VAR")), "v\xc3\xa9");
    CHECK(rpy_os_getenv(S("RPY_NO_SUCH_VAR_X")) == NULL);
    CHECK(!rpy_os_isatty(-1));
    rpy_dict *env = rpy_os_environ();
    bool found;
    CHECK_STR(rpy_dict_lookup(env, rpy_word_p(S("RPY_TEST_VAR")), &found).p, "v\xc3\xa9");
    double pt = rpy_time_process_time();
    rpy_time_sleep(0.001);
    CHECK(rpy_time_process_time() >= pt);
    rpy_time_sleep(-1);
    CHECK_EXC(RPY_EXC_VALUEERROR, "sleep length must be non-negative");
    double t = rpy_time_time(), pc = rpy_time_perf_counter();
    CHECK(t > 1.6e9);
    CHECK(rpy_time_perf_counter() >= pc);
    char *argv[] = { "prog", "a\xc3\xa9", NULL };
    rpy_list *l = rpy_argv_to_list(2, argv);
    CHECK_INT(l->length, 2);
    CHECK_STR(l->items[1].p, "a\xc3\xa9");
    /* stack check: deep recursion raises RecursionError instead of crashing */
    CHECK(rpy_stack_limit != 0);
    CHECK(!rpy_stack_check());
    /* raising helpers */
    rpy_raise_msg(RPY_EXC_RUNTIMEERROR, "x=%d", 5);
    CHECK_EXC(RPY_EXC_RUNTIMEERROR, "x=5");
    CHECK(strcmp(rpy_builtin_exc_name(RPY_EXC_UNICODEDECODEERROR), "UnicodeDecodeError") == 0);
}
