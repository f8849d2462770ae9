/* stub_exc.c -- test stand-in for rpy_raise_builtin (normally generated):
 * records the kind and message and sets rpy_exc_type to a dummy vtable. */
#include "t.h"

enum rpy_builtin_exc t_exc_kind;
rpy_str *t_exc_msg;
static char dummy_vtables[RPY_EXC__COUNT];

void rpy_raise_builtin(enum rpy_builtin_exc kind, rpy_str *message)
{
    t_exc_kind = kind;
    t_exc_msg = message;
    rpy_exc_type = &dummy_vtables[kind];
    rpy_exc_value = message;
}
