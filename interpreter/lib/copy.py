"""copy (application-level)."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, bytes, type(None), frozenset, range):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    y = cls.__new__(cls)
    for k, v in vars(x).items():
        setattr(y, k, v)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, type(None), range):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is tuple:
        return tuple(deepcopy(item, memo) for item in x)
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        return {deepcopy(item, memo) for item in x}
    if hasattr(x, "__deepcopy__"):
        return x.__deepcopy__(memo)
    if isinstance(x, type) or callable(x):
        return x
    y = cls.__new__(cls)
    memo[key] = y
    for k, v in vars(x).items():
        setattr(y, k, deepcopy(v, memo))
    return y
