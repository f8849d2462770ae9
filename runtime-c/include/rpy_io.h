/* rpy_io.h -- standard output and error.
 * stdout is buffered in the runtime (64 KiB, flushed when full, by
 * rpy_flush_all() at exit, before writes to stderr and before
 * rpy_os_write() on fd 1 or 2); if stdout is a terminal it is also flushed
 * at each newline, as CPython.  stderr is written through at once.
 * Text is written as UTF-8. */
#ifndef RPY_IO_H
#define RPY_IO_H

#include <stdint.h>
#include "rpy_str.h"

/* sys.stdout.write(s) / the pieces of print() */
void rpy_stdout_write(rpy_str *s);
void rpy_stdout_write_char(rpy_char c);
void rpy_stdout_write_utf8(const char *p, int64_t len);
void rpy_stdout_write_cstr(const char *p);
void rpy_stdout_flush(void);
/* sys.stderr.write(s) */
void rpy_stderr_write(rpy_str *s);
void rpy_stderr_write_cstr(const char *p);
/* Flush everything (registered with atexit by rpy_runtime_init; also
 * called by rpy_fatal). */
void rpy_flush_all(void);

#endif
