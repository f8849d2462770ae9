import sys
from rlib.jit import (JitDriver, we_are_jitted, isconstant, set_param, loop_invariant,
                      look_inside_iff, dont_look_inside, unroll_safe, promote_string)
from rlib.objectmodel import (instantiate, compute_identity_hash, compute_hash, not_rpython,
                              always_inline, we_are_translated)

# More rlib hints, all meaning-preserving: reds='auto' drivers, set_param, loop_invariant,
# look_inside_iff, promote_string, instantiate, compute_hash, identity hashes, not_rpython
# helpers used only at init time.

driver = JitDriver(greens=["code"], reds="auto")


class Config(object):
    def __init__(self):
        self.level = 3


CONFIG = Config()


@loop_invariant
def get_level():
    return CONFIG.level


@look_inside_iff(lambda n: n < 10)
def small_sum(n):
    s = 0
    for i in range(n):
        s += i
    return s


@not_rpython
def build_table(n):
    return [i * i for i in range(n)]


TABLE = build_table(8)


class Empty(object):
    def __init__(self):
        self.touched = True

    def value(self):
        return 42


@always_inline
def twice(x):
    return 2 * x


def run(code, n):
    total = 0
    i = 0
    while i < n:
        driver.jit_merge_point(code=code)
        total += len(promote_string(code)) * get_level()
        i += 1
    return total


def entry_point(argv):
    set_param(driver, "threshold", 100)
    print(run("abc", 10), small_sum(5), small_sum(20), we_are_jitted(), isconstant(3))
    e = instantiate(Empty)
    print(e.value(), isinstance(e, Empty))
    a = Empty()
    b = Empty()
    print(compute_identity_hash(a) == compute_identity_hash(a), compute_hash("abc") == compute_hash("ab" + "c"))
    print(compute_hash(12) == compute_hash(12), compute_hash((1, 2)) == compute_hash((1, 2)), a is not b)
    print(" ".join([str(t) for t in TABLE]), twice(21))
    CONFIG.level = 5
    print(run("xy", 3))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
