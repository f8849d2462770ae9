"""Creates the one prebuilt object space at init time (module import)."""

from objspace.space import ObjSpace
from objspace.holder import holder_instance


def make_space():
    from interp import main
    space = ObjSpace()
    holder_instance.space = space
    main.install_types(space)
    return space


space = make_space()
