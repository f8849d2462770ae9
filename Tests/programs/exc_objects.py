import sys

# Exception instances as values: created before raising, stored in lists, re-raised with
# `raise e`, fields read after the handler, exceptions inside loops with continue.

class Problem(Exception):
    def __init__(self, code, where):
        self.code = code
        self.where = where


def check(i):
    if i % 3 == 0:
        e = Problem(i, "check")
        raise e
    return i


def collect(n):
    problems = []
    ok = 0
    i = 0
    while i < n:
        i += 1
        try:
            check(i)
        except Problem as p:
            problems.append(p)
            continue
        ok += 1
    return ok, problems


def rethrow(i):
    try:
        check(i)
    except Problem as p:
        p.where = "rethrow"
        raise p
    return 0


def with_finally_result(i):
    result = "start"
    try:
        check(i)
        result = "ok"
        return result
    except Problem:
        result = "failed"
        return result
    finally:
        result = "finally"


def entry_point(argv):
    ok, problems = collect(10)
    print(ok, len(problems), " ".join(["%d@%s" % (p.code, p.where) for p in problems]))
    try:
        rethrow(6)
    except Problem as p:
        print("rethrown", p.code, p.where)
    print(with_finally_result(1), with_finally_result(3))
    last = None
    for i in range(1, 8):
        try:
            check(i)
        except Problem as p:
            last = p
    if last is not None:
        print("last", last.code)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
