"""statistics (application-level): mean, fmean, median(_low/_high), mode, multimode,
variance, pvariance, stdev, pstdev."""

import math


class StatisticsError(ValueError):
    pass


def _data(data, what, need=1):
    data = list(data)
    if len(data) < need:
        if need == 1:
            raise StatisticsError("%s requires at least one data point" % what)
        raise StatisticsError("%s requires at least two data points" % what)
    return data


def _exact_mean(data):
    if all(isinstance(x, int) for x in data):
        total = sum(data)
        n = len(data)
        if total % n == 0:
            return total // n
        return total / n
    return math.fsum(data) / len(data)


def mean(data):
    return _exact_mean(_data(data, "mean"))


def fmean(data):
    data = _data(data, "fmean")
    return math.fsum(data) / len(data)


def median(data):
    data = sorted(_data(data, "median"))
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(_data(data, "median_low"))
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(_data(data, "median_high"))
    return data[len(data) // 2]


def mode(data):
    data = _data(data, "mode")
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = None
    for x, c in counts.items():
        if best is None or c > counts[best]:
            best = x
    return best


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def _ss(data, c=None):
    if c is None:
        c = _exact_mean(data)
    if all(isinstance(x, int) for x in data) and isinstance(c, int):
        return sum((x - c) ** 2 for x in data)
    return math.fsum((x - c) ** 2 for x in data)


def variance(data, xbar=None):
    data = _data(data, "variance", 2)
    ss = _ss(data, xbar)
    n = len(data)
    if isinstance(ss, int) and ss % (n - 1) == 0:
        return ss // (n - 1)
    return ss / (n - 1)


def pvariance(data, mu=None):
    data = _data(data, "pvariance")
    ss = _ss(data, mu)
    n = len(data)
    if isinstance(ss, int) and ss % n == 0:
        return ss // n
    return ss / n


def stdev(data, xbar=None):
    return math.sqrt(variance(data, xbar))


def pstdev(data, mu=None):
    return math.sqrt(pvariance(data, mu))
