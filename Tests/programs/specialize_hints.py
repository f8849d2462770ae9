import sys
from rlib.objectmodel import specialize, always_inline, we_are_translated

# specialize.argtype: one copy per argument type; specialize.memo: evaluated at translation
# time for each prebuilt constant it is called with.

@specialize.argtype(0)
def describe(x):
    return "value " + str(x)


@specialize.argtype(0)
def largest(items):
    best = items[0]
    for x in items:
        if x > best:
            best = x
    return best


class Red(object):
    name = "red"


class Blue(object):
    name = "blue"


@specialize.memo()
def code_for(cls):
    return len(cls.name) * 100 + ord(cls.name[0])


@always_inline
def add1(x):
    return x + 1


def entry_point(argv):
    print(describe(5), describe(2.5), describe("s"), describe(True))
    print(largest([3, 9, 2]), largest(["pear", "apple"]), largest([0.5, -1.0]))
    print(code_for(Red), code_for(Blue))
    print(add1(41))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
