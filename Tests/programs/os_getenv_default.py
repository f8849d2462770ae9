import sys
import os

# os.getenv with a default and os.environ.get.

def entry_point(argv):
    print(os.getenv("RTRANSLATE_SURELY_UNSET_VARIABLE", "dflt"))
    print(os.environ.get("RTRANSLATE_SURELY_UNSET_VARIABLE", "other"))
    print("RTRANSLATE_SURELY_UNSET_VARIABLE" in os.environ)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
