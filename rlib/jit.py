"""JIT hints for RPython 3. On CPython every hint is a no-op that keeps the program's meaning;
the translator reads them to derive the tracing JIT from the interpreter."""


class JitDriver(object):
    """Marks the interpreter's main loop: `greens` identify a position in the user's program,
    `reds` are the other live variables (or 'auto')."""

    def __init__(self, greens=None, reds=None, get_printable_location=None,
                 virtualizables=None, name="jitdriver", is_recursive=False):
        self.greens = list(greens or [])
        self.reds = reds if reds == "auto" else list(reds or [])
        self.get_printable_location = get_printable_location
        self.virtualizables = list(virtualizables or [])
        self.name = name

    def jit_merge_point(self, **live):
        pass

    def can_enter_jit(self, **live):
        pass


def promote(x):
    return x


def promote_string(s):
    return s


def elidable(func):
    func._elidable_function_ = True
    return func


def unroll_safe(func):
    func._jit_unroll_safe_ = True
    return func


def dont_look_inside(func):
    func._jit_look_inside_ = False
    return func


def look_inside(func):
    func._jit_look_inside_ = True
    return func


def look_inside_iff(predicate):
    def decorated(func):
        func._jit_look_inside_iff_ = predicate
        return func
    return decorated


def loop_invariant(func):
    func._jit_loop_invariant_ = True
    return func


def we_are_jitted():
    return False


def isconstant(x):
    return False


def isvirtual(x):
    return False


def hint(x, **kwds):
    return x


def set_param(driver, name, value):
    pass


class JitPolicy(object):
    """Returned by a target's optional `jitpolicy()`: decides which functions the JIT traces."""

    def look_inside_function(self, func):
        return True
