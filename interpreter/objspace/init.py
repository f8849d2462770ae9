"""Creates the one prebuilt object space at init time (module import)."""

from objspace.space import ObjSpace
from objspace.holder import holder_instance
from interp import main


def make_space():
    space = ObjSpace()
    holder_instance.space = space
    main.install_types(space)
    for w_t in space.builtin_types():
        w_t.invalidate()
    space.w_object.invalidate()
    space.w_type.invalidate()
    for w_t in space.exception_types.values():
        w_t.invalidate()
    return space


space = make_space()
