import sys

# User exception classes with fields, a hierarchy, caught by base class, crossing functions.

class AppError(Exception):
    def __init__(self, code, message):
        self.code = code
        self.message = message


class NotFound(AppError):
    def __init__(self, what):
        AppError.__init__(self, 404, "not found: " + what)
        self.what = what


class Forbidden(AppError):
    def __init__(self):
        AppError.__init__(self, 403, "forbidden")


class Plain(Exception):
    pass


DATA = {"a": 1, "b": 2}


def lookup(key):
    if key == "secret":
        raise Forbidden()
    if key not in DATA:
        raise NotFound(key)
    return DATA[key]


def middle(key):
    return lookup(key) * 10


def handle(key):
    try:
        return "ok %d" % middle(key)
    except NotFound as e:
        return "%d %s (%s)" % (e.code, e.message, e.what)
    except AppError as e:
        return "app error %d %s" % (e.code, e.message)


def entry_point(argv):
    for k in ["a", "zzz", "secret", "b"]:
        print(handle(k))
    try:
        raise Plain()
    except Plain:
        print("plain caught")
    try:
        raise NotFound("x")
    except Exception as e:
        print("generic", isinstance(e, AppError), isinstance(e, NotFound), isinstance(e, Forbidden))
    try:
        lookup("secret")
    except (NotFound, Forbidden) as e:
        print("tuple caught", e.code)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
