import _helper_mod
from _helper_mod import square, CONST as C
import _helper_mod as hm
import math, sys
print(_helper_mod.square(4), square(5), C, hm.greet("x"))
print(_helper_mod.__name__, hm is _helper_mod, "_helper_mod" in sys.modules)
from math import sqrt, pi
print(sqrt(9), round(pi, 3))
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)
print(_helper_mod.counter(), _helper_mod.counter())
