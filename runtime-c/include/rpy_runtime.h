/* rpy_runtime.h -- the one header generated C includes: every runtime
 * concern, plus start-up. */
#ifndef RPY_RUNTIME_H
#define RPY_RUNTIME_H

#include "rpy_word.h"
#include "rpy_gc.h"
#include "rpy_exc.h"
#include "rpy_str.h"
#include "rpy_unicode.h"
#include "rpy_strbuilder.h"
#include "rpy_strconv.h"
#include "rpy_format.h"
#include "rpy_bytes.h"
#include "rpy_list.h"
#include "rpy_dict.h"
#include "rpy_set.h"
#include "rpy_hash.h"
#include "rpy_int.h"
#include "rpy_float.h"
#include "rpy_math.h"
#include "rpy_io.h"
#include "rpy_os.h"
#include "rpy_stack.h"

/* Call first in main(): initialises the GC, the prebuilt char cache and
 * stdout buffering, and registers rpy_flush_all() with atexit. */
void rpy_runtime_init(int argc, char **argv);

#endif
