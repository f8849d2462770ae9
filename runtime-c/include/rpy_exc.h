/* rpy_exc.h -- the current-exception protocol and fatal errors.
 *
 * Generated code keeps the pending RPython exception in two globals and tests
 * `rpy_exc_type != NULL` after every call that can raise.  Runtime functions
 * that must raise a built-in exception call rpy_raise_builtin(), which the
 * GENERATED PROGRAM defines (it knows the vtables and how to build the
 * instance); the runtime function then returns a dummy value.
 */
#ifndef RPY_EXC_H
#define RPY_EXC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct rpy_str;

/* Pending exception: type = pointer to the class's vtable, value = the
 * instance.  Both NULL when no exception is pending.  Defined by the runtime. */
extern void *rpy_exc_type;
extern void *rpy_exc_value;

/* The built-in exception classes the runtime may raise. */
enum rpy_builtin_exc {
    RPY_EXC_VALUEERROR,
    RPY_EXC_INDEXERROR,
    RPY_EXC_KEYERROR,
    RPY_EXC_ZERODIVISIONERROR,
    RPY_EXC_OVERFLOWERROR,
    RPY_EXC_TYPEERROR,
    RPY_EXC_ASSERTIONERROR,
    RPY_EXC_OSERROR,
    RPY_EXC_RUNTIMEERROR,
    RPY_EXC_NOTIMPLEMENTEDERROR,
    RPY_EXC_STOPITERATION,
    RPY_EXC_MEMORYERROR,
    RPY_EXC_RECURSIONERROR,
    RPY_EXC_UNICODEDECODEERROR,
    RPY_EXC__COUNT
};

/* DEFINED BY THE GENERATED PROGRAM (or by a test stub): set rpy_exc_type /
 * rpy_exc_value to a new instance of `kind` whose message (args[0]) is
 * `message` (may be NULL: no argument, as `raise IndexError`). */
extern void rpy_raise_builtin(enum rpy_builtin_exc kind, struct rpy_str *message);

/* Convenience used by the runtime: message built printf-style from UTF-8
 * `fmt`; calls rpy_raise_builtin(). */
void rpy_raise_msg(enum rpy_builtin_exc kind, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* OSError for errno `err` exactly as CPython words it:
 * "[Errno 2] No such file or directory" or, with a filename,
 * "[Errno 2] No such file or directory: 'x'" (filename as repr).
 * `filename` may be NULL. */
void rpy_raise_oserror(int err, struct rpy_str *filename);
/* The errno of the last OSError raised by rpy_raise_oserror (for its `errno` attribute). */
extern int64_t rpy_oserror_errno;

/* The CPython name of a built-in exception kind ("ValueError", ...). */
const char *rpy_builtin_exc_name(enum rpy_builtin_exc kind);

static inline bool rpy_exc_occurred(void) { return rpy_exc_type != NULL; }
static inline void rpy_exc_clear(void) { rpy_exc_type = NULL; rpy_exc_value = NULL; }

/* Flush buffered output, print the message (printf-style, a newline is
 * added) to stderr and exit with status 1.  Used for uncaught exceptions
 * (after the generated code printed the traceback) and internal errors. */
void rpy_fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

#endif
