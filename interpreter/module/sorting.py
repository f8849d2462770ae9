"""A stable merge sort over wrapped objects (list.sort and sorted), using Python's `<`."""

from objspace import ops


def less(space, w_a, w_b):
    return space.is_true(ops.compare(space, w_a, w_b, 2))


def merge_sort(space, keys, values):
    """Sorts `values` by `keys` (two parallel lists) in place, stably."""
    n = len(keys)
    if n < 2:
        return
    # insertion sort for small runs, then bottom-up merges
    run = 16
    start = 0
    while start < n:
        end = min(start + run, n)
        for i in range(start + 1, end):
            k = keys[i]
            v = values[i]
            j = i - 1
            while j >= start and less(space, k, keys[j]):
                keys[j + 1] = keys[j]
                values[j + 1] = values[j]
                j -= 1
            keys[j + 1] = k
            values[j + 1] = v
        start = end
    width = run
    tmp_k = list(keys)
    tmp_v = list(values)
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                if less(space, keys[j], keys[i]):
                    tmp_k[k] = keys[j]
                    tmp_v[k] = values[j]
                    j += 1
                else:
                    tmp_k[k] = keys[i]
                    tmp_v[k] = values[i]
                    i += 1
                k += 1
            while i < mid:
                tmp_k[k] = keys[i]
                tmp_v[k] = values[i]
                i += 1
                k += 1
            while j < hi:
                tmp_k[k] = keys[j]
                tmp_v[k] = values[j]
                j += 1
                k += 1
            lo = hi
        for m in range(n):
            keys[m] = tmp_k[m]
            values[m] = tmp_v[m]
        width *= 2


def sort_items(space, items, w_key, reverse):
    """Returns a new sorted list."""
    values = list(items)
    if w_key is None or space.is_none(w_key):
        keys = list(items)
    else:
        keys = [space.call_function(w_key, [w_x]) for w_x in items]
    if reverse:
        keys.reverse()
        values.reverse()
    merge_sort(space, keys, values)
    if reverse:
        values.reverse()
    return values
