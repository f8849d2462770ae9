import sys
def main(argv):
    print("args:", len(argv), argv[0].endswith("main_guard.py"))
    sys.stdout.write("written directly\n")
    print("to stderr", file=sys.stderr)
    sys.stderr.write("raw stderr\n")
    print("a", "b", sep="", end="")
    print()
    return 0
if __name__ == "__main__":
    print(__name__, type(sys.version).__name__, sys.version_info[0], sys.maxsize > 2 ** 32)
    sys.exit(main(sys.argv))
