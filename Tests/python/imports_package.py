import _pkg
from _pkg import util
from _pkg.core import add
import _pkg.util as u
print(_pkg.VERSION, _pkg.add(1, 2), util.triple(5), add(3, 4), u.triple(1), _pkg.util is util)
print(_pkg.__name__, util.__name__, sorted(k for k in dir(_pkg) if not k.startswith("__")))
