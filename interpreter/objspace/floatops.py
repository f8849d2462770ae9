"""Float helpers that stay in the float domain (the RPython contract's math.floor/ceil return
ints, which would overflow for large floats)."""

import math


def floor(x):
    if x != x or x - x != 0.0:
        return x          # nan, inf
    r = math.fmod(x, 1.0)
    if r == 0.0:
        return x
    if x >= 0.0:
        return x - r
    return x - r - 1.0


def ceil(x):
    return -floor(-x)
