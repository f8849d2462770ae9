import sys

# Exception classes with class-level attributes and constructors that call
# Exception.__init__ / super().__init__ with a message; built-in exceptions raised with messages.

class AppError(Exception):
    code = 1

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


class DbError(AppError):
    code = 2

    def __init__(self, msg, table):
        super().__init__(msg)
        self.table = table


def fail(kind):
    if kind == 0:
        raise AppError("generic")
    raise DbError("locked", "users")


def entry_point(argv):
    for k in range(2):
        try:
            fail(k)
        except AppError as e:
            print(e.code, e.msg, isinstance(e, DbError))
            if isinstance(e, DbError):
                print(e.table)
    try:
        raise ValueError("bad value %d" % 3)
    except ValueError as e:
        print("caught ValueError")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
