/* io.c -- buffered stdout and unbuffered stderr (rpy_io.h), UTF-8. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "rpy_io.h"
#include "rt_internal.h"

#define OUTBUF_SIZE 65536

static char outbuf[OUTBUF_SIZE];
static size_t outlen;
static int stdout_is_tty = -1;

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0) {
            if (errno == EINTR) continue;
            return;               /* EPIPE etc.: drop output, as there is no one to tell */
        }
        p += k;
        n -= (size_t)k;
    }
}

void rt_io_init(void)
{
    stdout_is_tty = isatty(1);
}

void rpy_stdout_flush(void)
{
    if (outlen) write_all(1, outbuf, outlen);
    outlen = 0;
}

void rpy_stdout_write_utf8(const char *p, int64_t len)
{
    if (len <= 0) return;
    if (outlen + (size_t)len > OUTBUF_SIZE) {
        rpy_stdout_flush();
        if ((size_t)len >= OUTBUF_SIZE) { write_all(1, p, (size_t)len); return; }
    }
    memcpy(outbuf + outlen, p, (size_t)len);
    outlen += (size_t)len;
    if (stdout_is_tty == 1 && memchr(p, '\n', (size_t)len)) rpy_stdout_flush();
}

void rpy_stdout_write(rpy_str *s)
{
    if (s->flags & RPY_STR_ASCII) {
        rpy_stdout_write_utf8((const char *)s->data, s->length);
        return;
    }
    int64_t n;
    char *p = rpy_str_to_utf8(s, &n);
    rpy_stdout_write_utf8(p, n);
}

void rpy_stdout_write_char(rpy_char c)
{
    char buf[4];
    int n;
    if (c < 0x80) { buf[0] = (char)c; n = 1; }
    else if (c < 0x800) { buf[0] = (char)(0xC0 | (c >> 6)); buf[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12)); buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F)); n = 3;
    } else {
        buf[0] = (char)(0xF0 | (c >> 18)); buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3F)); buf[3] = (char)(0x80 | (c & 0x3F)); n = 4;
    }
    rpy_stdout_write_utf8(buf, n);
}

void rpy_stdout_write_cstr(const char *p)
{
    rpy_stdout_write_utf8(p, (int64_t)strlen(p));
}

void rpy_stderr_write(rpy_str *s)
{
    int64_t n;
    char *p = rpy_str_to_utf8(s, &n);
    rpy_stdout_flush();
    write_all(2, p, (size_t)n);
}

void rpy_stderr_write_cstr(const char *p)
{
    rpy_stdout_flush();
    write_all(2, p, strlen(p));
}

void rpy_flush_all(void)
{
    rpy_stdout_flush();
}
