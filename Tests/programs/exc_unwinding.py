import sys

# Exceptions unwinding through several frames, each with finally clauses and handlers that
# catch only some exceptions: cleanup order and state observed on the way.

class Trace(object):
    def __init__(self):
        self.events = []

    def add(self, e):
        self.events.append(e)


TRACE = Trace()


class Low(Exception):
    pass


class High(Exception):
    pass


def level3(kind):
    try:
        TRACE.add("l3 start")
        if kind == 1:
            raise Low()
        if kind == 2:
            raise High()
        if kind == 3:
            return [1][kind]
        TRACE.add("l3 end")
        return kind
    finally:
        TRACE.add("l3 finally")


def level2(kind):
    try:
        return level3(kind) + 10
    except Low:
        TRACE.add("l2 caught Low")
        return -2
    finally:
        TRACE.add("l2 finally")


def level1(kind):
    try:
        try:
            return level2(kind) + 100
        finally:
            TRACE.add("l1 inner finally")
    except High:
        TRACE.add("l1 caught High")
        return -1


def entry_point(argv):
    for kind in range(4):
        del TRACE.events[:]
        try:
            r = level1(kind)
            TRACE.add("result %d" % r)
        except IndexError:
            TRACE.add("entry caught IndexError")
        print(kind, " / ".join(TRACE.events))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
