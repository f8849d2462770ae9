import sys

# A generator left early (break in the consumer, or an exception raised by the consumer's body)
# is closed by CPython right away: its finally clause runs before the code after the loop;
# its except clauses never see the consumer's exception.


def gen(log):
    i = 100
    try:
        log.append("gen start")
        yield i
        i += 1
        yield i
        log.append("gen end")
    except ValueError:
        log.append("gen caught ValueError")
    finally:
        log.append("gen finally")


def consume_raise():
    log = []
    try:
        for x in gen(log):
            log.append("got %d" % x)
            if x == 100:
                raise ValueError()
    except ValueError:
        log.append("outer caught")
    return " / ".join(log)


def consume_break():
    log = []
    for x in gen(log):
        log.append("got %d" % x)
        break
    log.append("after loop")
    return " / ".join(log)


def consume_all():
    log = []
    i = 0
    for x in gen(log):
        i += x
    log.append("sum %d" % i)
    return " / ".join(log)


def entry_point(argv):
    print(consume_raise())
    print(consume_break())
    print(consume_all())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
