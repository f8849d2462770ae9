/* os.c -- the os/time/sys functions of RPython programs (rpy_os.h) on top
 * of POSIX; errors become OSError with CPython's wording. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include "rpy_os.h"
#include "rpy_io.h"
#include "rpy_exc.h"
#include "rpy_gc.h"
#include "rpy_dict.h"

extern char **environ;

int64_t rpy_os_write(int64_t fd, rpy_bytes *b)
{
    if (fd == 1 || fd == 2) rpy_stdout_flush();
    for (;;) {
        ssize_t n = write((int)fd, b->data, (size_t)b->length);
        if (n >= 0) return n;
        if (errno == EINTR) continue;
        rpy_raise_oserror(errno, NULL);
        return -1;
    }
}

rpy_bytes *rpy_os_read(int64_t fd, int64_t n)
{
    if (n < 0) {
        rpy_raise_oserror(EINVAL, NULL);
        return NULL;
    }
    rpy_bytes *b = rpy_bytes_alloc(n);
    for (;;) {
        ssize_t k = read((int)fd, b->data, (size_t)n);
        if (k >= 0) {
            if (k == n) return b;
            return rpy_bytes_from(b->data, k);
        }
        if (errno == EINTR) continue;
        rpy_raise_oserror(errno, NULL);
        return NULL;
    }
}

int64_t rpy_os_open(rpy_str *path, int64_t flags, int64_t mode)
{
    const char *p = rpy_str_to_utf8(path, NULL);
    for (;;) {
        int fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
        if (fd >= 0) return fd;
        if (errno == EINTR) continue;
        rpy_raise_oserror(errno, path);
        return -1;
    }
}

void rpy_os_close(int64_t fd)
{
    if (close((int)fd) < 0 && errno != EINTR) rpy_raise_oserror(errno, NULL);
}

int64_t rpy_os_lseek(int64_t fd, int64_t pos, int64_t how)
{
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    if (r < 0) { rpy_raise_oserror(errno, NULL); return -1; }
    return (int64_t)r;
}

rpy_str *rpy_os_getenv(rpy_str *name)
{
    const char *v = getenv(rpy_str_to_utf8(name, NULL));
    return v ? rpy_str_from_cstr(v) : NULL;
}

bool rpy_os_isatty(int64_t fd)
{
    return isatty((int)fd) == 1;
}

void rpy_os_unlink(rpy_str *path)
{
    if (unlink(rpy_str_to_utf8(path, NULL)) < 0) rpy_raise_oserror(errno, path);
}

rpy_dict *rpy_os_environ(void)
{
    rpy_dict *d = rpy_dict_new(&rpy_dictops_str);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        rpy_str *k = rpy_str_from_utf8(*e, eq - *e);
        rpy_dict_setitem(d, rpy_word_p(k), rpy_word_p(rpy_str_from_cstr(eq + 1)));
    }
    return d;
}

void rpy_time_sleep(double secs)
{
    if (secs < 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "sleep length must be non-negative");
        return;
    }
    rpy_stdout_flush();
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) { }
}

double rpy_time_process_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rpy_time_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rpy_time_perf_counter(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

rpy_list *rpy_argv_to_list(int argc, char **argv)
{
    rpy_list *l = rpy_list_new(argc);
    for (int i = 0; i < argc; i++) l->items[i] = rpy_word_p(rpy_str_from_cstr(argv[i]));
    return l;
}

void rpy_exit(int64_t status)
{
    rpy_flush_all();
    exit((int)status);
}

rpy_str *rpy_os_getcwd(void)
{
    char buf[4096];
    if (getcwd(buf, sizeof buf) == NULL) {
        rpy_raise_oserror(errno, NULL);
        return NULL;
    }
    return rpy_str_from_cstr(buf);
}

rpy_str *rpy_os_strerror(int64_t code)
{
    return rpy_str_from_cstr(strerror((int)code));
}

int64_t rpy_os_getpid(void)
{
    return (int64_t)getpid();
}

rpy_list *rpy_os_listdir(rpy_str *path)
{
    char *p = rpy_str_to_utf8(path, NULL);
    DIR *d = opendir(p);
    if (d == NULL) {
        rpy_raise_oserror(errno, path);
        return NULL;
    }
    rpy_list *result = rpy_list_new(0);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        rpy_list_append(result, rpy_word_p(rpy_str_from_cstr(e->d_name)));
    }
    closedir(d);
    return result;
}

void rpy_os_mkdir(rpy_str *path, int64_t mode)
{
    if (mkdir(rpy_str_to_utf8(path, NULL), (mode_t)mode) < 0) rpy_raise_oserror(errno, path);
}

void rpy_os_rmdir(rpy_str *path)
{
    if (rmdir(rpy_str_to_utf8(path, NULL)) < 0) rpy_raise_oserror(errno, path);
}

void rpy_os_stat(rpy_str *path, int64_t *mode, int64_t *size, double *mtime)
{
    struct stat st;
    if (stat(rpy_str_to_utf8(path, NULL), &st) < 0) {
        rpy_raise_oserror(errno, path);
        return;
    }
    *mode = (int64_t)st.st_mode;
    *size = (int64_t)st.st_size;
    *mtime = (double)st.st_mtim.tv_sec + (double)st.st_mtim.tv_nsec * 1e-9;
}
