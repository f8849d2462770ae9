"""The prebuilt holder of the one object space, for code that has no `space` argument
(r_dict's key functions). Set at init time by objspace.space."""


class SpaceHolder(object):
    def __init__(self):
        self.space = None


holder_instance = SpaceHolder()
