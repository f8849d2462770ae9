"""Creates the one prebuilt object space at init time (module import)."""

from objspace.space import ObjSpace
from objspace.holder import holder_instance
from interp import main


def make_space():
    space = ObjSpace()
    holder_instance.space = space
    main.install_types(space)
    return space


space = make_space()
