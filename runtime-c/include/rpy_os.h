/* rpy_os.h -- the `os`, `time` and `sys` pieces RPython programs use.
 * OSError messages follow CPython: "[Errno N] strerror" plus ": 'path'"
 * when a path is involved (see rpy_raise_oserror). */
#ifndef RPY_OS_H
#define RPY_OS_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_str.h"
#include "rpy_bytes.h"
#include "rpy_list.h"

/* os.write(fd, b) -> number of bytes written (one write(2), retried on
 * EINTR) */
int64_t rpy_os_write(int64_t fd, rpy_bytes *b);
/* os.read(fd, n) -> bytes (empty at EOF); ValueError for n < 0 */
rpy_bytes *rpy_os_read(int64_t fd, int64_t n);
/* os.open(path, flags, mode) -> fd */
int64_t rpy_os_open(rpy_str *path, int64_t flags, int64_t mode);
void rpy_os_close(int64_t fd);
/* os.lseek(fd, pos, how) -> new position */
int64_t rpy_os_lseek(int64_t fd, int64_t pos, int64_t how);
/* os.getenv(name) / os.environ.get(name): NULL when unset */
rpy_str *rpy_os_getenv(rpy_str *name);
bool rpy_os_isatty(int64_t fd);
/* os.getpid() */
int64_t rpy_os_getpid(void);
/* os.listdir(path): the names in a directory (no '.' or '..'), in the order readdir gives */
rpy_list *rpy_os_listdir(rpy_str *path);
/* os.mkdir(path, mode) / os.rmdir(path) */
void rpy_os_mkdir(rpy_str *path, int64_t mode);
void rpy_os_rmdir(rpy_str *path);
/* os.stat(path): fills mode, size and mtime (seconds, as a float) */
void rpy_os_stat(rpy_str *path, int64_t *mode, int64_t *size, double *mtime);
/* os.getcwd() */
rpy_str *rpy_os_getcwd(void);
/* os.strerror(code) */
rpy_str *rpy_os_strerror(int64_t code);
/* os.unlink(path) */
void rpy_os_unlink(rpy_str *path);
/* dict(os.environ): a new str -> str dict (rpy_dictops_str) */
struct rpy_dict *rpy_os_environ(void);
/* time.sleep(secs) (negative: ValueError "sleep length must be non-negative") */
void rpy_time_sleep(double secs);
/* time.process_time(): CPU seconds of this process */
double rpy_time_process_time(void);
/* time.time(): seconds since the epoch */
double rpy_time_time(void);
/* time.perf_counter() and time.monotonic(): monotonic seconds */
double rpy_time_perf_counter(void);
/* sys.argv as a list of str (UTF-8 decoded, invalid bytes -> U+FFFD) */
rpy_list *rpy_argv_to_list(int argc, char **argv);
/* sys.exit(status): flushes and exits */
void rpy_exit(int64_t status) __attribute__((noreturn));

#endif
