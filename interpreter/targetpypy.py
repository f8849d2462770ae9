"""The translation target: `rtranslate interpreter/targetpypy.py` builds pypy-c from this.

`python3 interpreter/targetpypy.py prog.py args` runs the interpreter untranslated (use
pyinteractive.py for programs that recurse deeply: it gives the host a bigger stack).
"""

import sys
import os

if __name__ == "__main__":
    # untranslated only: make `objspace`, `interp`, ... and `rlib` importable
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, _here)
    sys.path.insert(1, os.path.dirname(_here))
    sys.setrecursionlimit(200000)

from objspace.init import space
from interp import main
from rlib.jit import JitPolicy


def entry_point(argv):
    return main.main(space, argv)


def target(argv):
    return entry_point


def jitpolicy():
    return JitPolicy()


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
