import sys
import os

# print with sep= and end=, sys.stdout.write, os.write to fd 1, interleaved in order.

def entry_point(argv):
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", sep=", ", end=" |\n")
    print()
    print("no newline", end="")
    print(" -- continued")
    sys.stdout.write("written ")
    sys.stdout.write("directly\n")
    print(1, 2.5, "x", True, sep="/")
    print("", end="")
    print("multi\nline")
    os.write(1, b"os.write works\n")
    sys.stdout.write("after os.write\n")
    print("tab\tseparated", "ñ")
    sys.stderr.write("this goes to stderr\n")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
