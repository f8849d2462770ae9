import sys

# try/except/else/finally in all combinations, in order of execution.

class E1(Exception):
    pass


class E2(Exception):
    pass


def maybe_raise(n):
    if n == 1:
        raise E1()
    if n == 2:
        raise E2()
    return n * 10


def t_except_else(n):
    try:
        v = maybe_raise(n)
    except E1:
        print("  except E1")
        v = -1
    else:
        print("  else", v)
    return v


def t_except_finally(n):
    try:
        v = maybe_raise(n)
        print("  body ok")
    except E2:
        print("  except E2")
        v = -2
    finally:
        print("  finally")
    return v


def t_all(n):
    log = []
    try:
        log.append("try")
        maybe_raise(n)
    except E1:
        log.append("e1")
    except E2:
        log.append("e2")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return ",".join(log)


def t_finally_only(n):
    try:
        return maybe_raise(n)
    finally:
        print("  cleanup", n)


def t_nested(n):
    try:
        try:
            maybe_raise(n)
        except E1:
            print("  inner E1, raising E2")
            raise E2()
        finally:
            print("  inner finally")
    except E2:
        print("  outer E2")
        return 1
    return 0


def entry_point(argv):
    for n in [0, 1]:
        print("except_else", n, t_except_else(n))
    for n in [0, 2]:
        print("except_finally", n, t_except_finally(n))
    for n in [0, 1, 2]:
        print("all", n, t_all(n))
    print("finally_only", t_finally_only(3))
    try:
        t_finally_only(1)
    except E1:
        print("E1 went through finally")
    for n in [0, 1, 2]:
        print("nested", n, t_nested(n))
    try:
        t_except_else(2)
    except E2:
        print("E2 not caught by except E1")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
