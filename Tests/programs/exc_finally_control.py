import sys

# finally clauses run on return, break and continue.

def ret_in_try(x):
    try:
        if x > 0:
            return "positive"
        return "non-positive"
    finally:
        print("  finally for", x)


def loop_break():
    out = []
    for i in range(10):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-1)
    return out


def loop_continue():
    out = []
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2 == 0:
                continue
            out.append(i)
        finally:
            out.append(0)
    return out


def finally_overrides():
    try:
        raise ValueError()
    finally:
        return 42


def counter_with_finally(n):
    count = 0
    for i in range(n):
        try:
            try:
                if i == 2:
                    raise KeyError()
                count += 1
            finally:
                count += 100
        except KeyError:
            count += 10000
    return count


def show(lst):
    return " ".join([str(x) for x in lst])


def entry_point(argv):
    print(ret_in_try(5))
    print(ret_in_try(-5))
    print(show(loop_break()))
    print(show(loop_continue()))
    print(finally_overrides())
    print(counter_with_finally(4))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
