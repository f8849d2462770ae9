/* exc.c -- pending-exception globals, raising helpers and rpy_fatal. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rpy_exc.h"
#include "rpy_io.h"
#include "rpy_str.h"
#include "rpy_strconv.h"
#include "rpy_strbuilder.h"

void *rpy_exc_type;
void *rpy_exc_value;

static const char *const exc_names[RPY_EXC__COUNT] = {
    [RPY_EXC_VALUEERROR] = "ValueError",
    [RPY_EXC_INDEXERROR] = "IndexError",
    [RPY_EXC_KEYERROR] = "KeyError",
    [RPY_EXC_ZERODIVISIONERROR] = "ZeroDivisionError",
    [RPY_EXC_OVERFLOWERROR] = "OverflowError",
    [RPY_EXC_TYPEERROR] = "TypeError",
    [RPY_EXC_ASSERTIONERROR] = "AssertionError",
    [RPY_EXC_OSERROR] = "OSError",
    [RPY_EXC_RUNTIMEERROR] = "RuntimeError",
    [RPY_EXC_NOTIMPLEMENTEDERROR] = "NotImplementedError",
    [RPY_EXC_STOPITERATION] = "StopIteration",
    [RPY_EXC_MEMORYERROR] = "MemoryError",
    [RPY_EXC_RECURSIONERROR] = "RecursionError",
    [RPY_EXC_UNICODEDECODEERROR] = "UnicodeDecodeError",
};

const char *rpy_builtin_exc_name(enum rpy_builtin_exc kind)
{
    if ((unsigned)kind >= RPY_EXC__COUNT) return "Exception";
    return exc_names[kind];
}

void rpy_raise_msg(enum rpy_builtin_exc kind, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) {
        rpy_raise_builtin(kind, rpy_str_from_utf8(small, n));
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) rpy_fatal("out of memory");
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    rpy_str *msg = rpy_str_from_utf8(big, n);
    free(big);
    rpy_raise_builtin(kind, msg);
}

int64_t rpy_oserror_errno;

void rpy_raise_oserror(int err, rpy_str *filename)
{
    rpy_oserror_errno = err;
    rpy_strbuilder *sb = rpy_strbuilder_new(64);
    char head[64];
    int n = snprintf(head, sizeof head, "[Errno %d] ", err);
    rpy_strbuilder_append_utf8(sb, head, n);
    const char *msg = strerror(err);
    rpy_strbuilder_append_utf8(sb, msg, (int64_t)strlen(msg));
    if (filename) {
        rpy_strbuilder_append_utf8(sb, ": ", 2);
        rpy_strbuilder_append(sb, rpy_str_repr(filename));
    }
    rpy_raise_builtin(RPY_EXC_OSERROR, rpy_strbuilder_build(sb));
}

void rpy_fatal(const char *fmt, ...)
{
    rpy_flush_all();
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    exit(1);
}
