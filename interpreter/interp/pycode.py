"""PyCode: a compiled code object (the compiler's output, the eval loop's input).

co_code holds pairs (opcode, argument). For each instruction (index pc // 2) the position
tables give the source range it came from, used by tracebacks.
"""

from objspace.model import W_Root
from interp import opcodes


class CodeBuilder(object):
    """The compiler's mutable work area for one code object; `build()` freezes it."""

    def __init__(self, name, qualname, filename, firstlineno):
        self.co_name = name
        self.co_qualname = qualname
        self.co_filename = filename
        self.co_firstlineno = firstlineno
        self.co_code = []
        self.co_lines = []
        self.co_cols = []
        self.co_endlines = []
        self.co_endcols = []
        self.co_consts = []
        self.co_names = []
        self.co_varnames = []
        self.co_cellvars = []
        self.co_freevars = []
        self.co_cell2arg = []
        self.co_argcount = 0
        self.co_posonlyargcount = 0
        self.co_kwonlyargcount = 0
        self.co_flags = 0
        self.w_doc = None

    def build(self):
        return PyCode(self)


class PyCode(W_Root):
    _immutable_fields_ = ["co_code[*]", "co_consts[*]", "co_names[*]", "co_varnames[*]",
                          "co_cellvars[*]", "co_freevars[*]", "co_argcount", "co_flags",
                          "co_kwonlyargcount", "co_posonlyargcount", "co_nlocals",
                          "co_name", "co_filename", "co_cell2arg[*]", "co_lines[*]",
                          "co_cols[*]", "co_endlines[*]", "co_endcols[*]"]

    def __init__(self, b):
        self.co_name = b.co_name
        self.co_qualname = b.co_qualname
        self.co_filename = b.co_filename
        self.co_firstlineno = b.co_firstlineno
        self.co_code = b.co_code[:]
        self.co_lines = b.co_lines[:]
        self.co_cols = b.co_cols[:]
        self.co_endlines = b.co_endlines[:]
        self.co_endcols = b.co_endcols[:]
        self.co_consts = b.co_consts[:]
        self.co_names = b.co_names[:]
        self.co_varnames = b.co_varnames[:]
        self.co_cellvars = b.co_cellvars[:]
        self.co_freevars = b.co_freevars[:]
        self.co_cell2arg = b.co_cell2arg[:]
        self.co_argcount = b.co_argcount
        self.co_posonlyargcount = b.co_posonlyargcount
        self.co_kwonlyargcount = b.co_kwonlyargcount
        self.co_nlocals = len(b.co_varnames)
        self.no_locals_w = [None] * self.co_nlocals     # what a new frame's locals start as
        self.spare_frame = None         # a finished frame kept for the next call (pyframe.py)
        self.co_flags = b.co_flags
        self.w_doc = b.w_doc
        # The number of positional arguments a call may pass straight into the first locals
        # (no keyword-only, *args or **kwargs parameters, no cell arguments, not a generator);
        # -1 when every call goes through the general argument binding.
        cell_args = False
        for argi in self.co_cell2arg:
            if argi >= 0:
                cell_args = True
        if self.co_kwonlyargcount == 0 and not cell_args and (self.co_flags & (
                opcodes.CO_VARARGS | opcodes.CO_VARKEYWORDS | opcodes.CO_GENERATOR)) == 0:
            self.co_fast_argcount = self.co_argcount
        else:
            self.co_fast_argcount = -1
        # Inline caches, one entry per instruction (index pc // 2), filled by the slow paths of
        # LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL (see interp/inlinecache.py).
        n = len(self.co_code) // 2
        self.cache_versions = [None] * n    # the type's VersionTag the entry is valid for
        self.cache_maps = [None] * n        # the instance Map it is valid for (None: any)
        self.cache_newmaps = [None] * n     # STORE_ATTR adding an attribute: the map after
        self.cache_index = [0] * n          # storage index / globals dict version
        self.cache_index2 = [0] * n         # builtins dict version
        self.cache_values = [None] * n      # the method found
        self.cache_cells = [None] * n       # the GlobalCell holding a global's value
        self.cache2_versions = [None] * n   # second entries (LOAD_ATTR, LOAD_METHOD)
        self.cache2_maps = [None] * n
        self.cache2_index = [0] * n
        self.cache2_values = [None] * n

    def gettype(self, space):
        return space.w_code

    def is_generator(self):
        return (self.co_flags & opcodes.CO_GENERATOR) != 0

    def line_at(self, pc):
        i = pc // 2
        if i < 0:
            i = 0
        if i < len(self.co_lines):
            return self.co_lines[i]
        return self.co_firstlineno

    def dump(self):
        """A readable listing (for tests and debugging)."""
        lines = []
        for pc in range(0, len(self.co_code), 2):
            op = self.co_code[pc]
            arg = self.co_code[pc + 1]
            lines.append("%4d %4d %-20s %d" % (self.co_lines[pc // 2], pc,
                                               opcodes.NAMES[op], arg))
        return "\n".join(lines)
