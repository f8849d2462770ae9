/* runtime.c -- start-up of a translated program (rpy_runtime.h). */
#include <stdlib.h>
#include "rpy_runtime.h"
#include "rt_internal.h"

static void at_exit_flush(void)
{
    rpy_flush_all();
}

void rpy_runtime_init(int argc, char **argv)
{
    (void)argc;
    char here;
    /* argv lives above main's frame: a good estimate of the stack base */
    rpy_stack_init(argv ? (void *)argv : (void *)&here, 0);
    rpy_gc_init();
    rt_str_init();
    rt_io_init();
    atexit(at_exit_flush);
}
