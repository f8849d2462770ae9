"""'Did you mean ...?' for NameError and AttributeError, as CPython 3.11 computes it
(Objects/... suggestions.c: a Levenshtein distance with cheaper case changes)."""

MOVE_COST = 2
CASE_COST = 1
MAX_STRING_SIZE = 40
MAX_CANDIDATE_ITEMS = 750


def substitution_cost(a, b):
    if a == b:
        return 0
    if a.lower() == b.lower():
        return CASE_COST
    return MOVE_COST


def levenshtein(a, b, max_cost):
    if a == b:
        return 0
    # strip common prefix and suffix
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    a = a[pre:]
    b = b[pre:]
    while len(a) > 0 and len(b) > 0 and a[len(a) - 1] == b[len(b) - 1]:
        a = a[:len(a) - 1]
        b = b[:len(b) - 1]
    if len(a) == 0 or len(b) == 0:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = [(i + 1) * MOVE_COST for i in range(len(a))]
    result = 0
    for bindex in range(len(b)):
        code = b[bindex]
        distance = bindex * MOVE_COST
        result = distance
        minimum = 1000000
        for index in range(len(a)):
            substitute = distance + substitution_cost(code, a[index])
            distance = row[index]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def best_suggestion(candidates, name):
    if len(candidates) > MAX_CANDIDATE_ITEMS:
        return ""
    best = ""
    best_distance = 1000000000
    for item in candidates:
        if item == name:
            continue
        max_distance = (len(name) + len(item) + 3) * MOVE_COST // 6
        if best_distance - 1 < max_distance:
            max_distance = best_distance - 1
        d = levenshtein(name, item, max_distance)
        if d > max_distance:
            continue
        if best == "" or d < best_distance:
            best = item
            best_distance = d
    return best
