import sys

# repr() of strings: quote choice and escapes, as CPython.

def entry_point(argv):
    samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
               "back\\slash", "", "\x00\x01\x7f", "bell\a", "cr\r", "é", "\u200b", "\xa0",
               "日本", "\U0001F600", "\x9f", "a'b\"c'"]
    for s in samples:
        print(repr(s), len(repr(s)))
    print("%r and %s" % ("x'y", "x'y"))
    name = "Bob"
    print(f"{name!r} {name!s} {name}")
    print(repr(repr("a")))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
