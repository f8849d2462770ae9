import sys

# An uncaught user exception: CPython prints a traceback and exits 1; the binary must exit 1
# and name the exception.

class ConfigError(Exception):
    pass


def load(name):
    if name == "bad":
        raise ConfigError()
    return len(name)


def entry_point(argv):
    print(load("good"))
    print(load("bad"))
    print("not reached")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
