"""abc (application-level): abstract methods are recorded but not enforced."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


ABCMeta = type


class ABC:
    pass
