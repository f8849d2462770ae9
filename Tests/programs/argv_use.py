# argv: 12 hello -3 "two words" ñ
import sys

# Command-line arguments reach entry_point as a list of str (argv[0] is the program).

def entry_point(argv):
    args = argv[1:]
    print(len(args))
    for i, a in enumerate(args):
        print(i, "[" + a + "]", len(a))
    total = 0
    for a in args:
        try:
            total += int(a)
        except ValueError:
            pass
    print("sum of ints", total)
    print(" ".join(reversed(args)))
    if len(argv) > 1 and argv[1] == "12":
        return 12
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
