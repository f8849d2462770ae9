/* stack.c -- stack-overflow detection (rpy_stack.h). */
#include <sys/resource.h>
#include "rpy_stack.h"
#include "rpy_exc.h"

uintptr_t rpy_stack_limit;

#define MARGIN (256 * 1024)

void rpy_stack_init(void *base, uint64_t size)
{
    if (size == 0) {
        struct rlimit rl;
        size = 8u << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > MARGIN * 2)
            size = rl.rlim_cur;
    }
    if (size > ((uint64_t)1 << 32)) size = (uint64_t)1 << 32;
    uintptr_t b = (uintptr_t)base;
    rpy_stack_limit = b > size ? b - size + MARGIN : 0;
}

bool rpy_stack_overflow(void)
{
    /* the margin below the limit leaves room for raising and unwinding */
    rpy_raise_msg(RPY_EXC_RECURSIONERROR, "maximum recursion depth exceeded");
    return true;
}
