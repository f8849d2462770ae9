#!/usr/bin/env python3
"""Robustness fuzzing of pypy-c: mutated Python programs (a line deleted, duplicated or
swapped in a program of Tests/python/) must end with output, a Python traceback or a
SyntaxError, never a crash (signal), a fatal RPython error, or a hang.

    python3 Tests/fuzz_pypy.py --pypy ./pypy-c [--count N] [--seed S]

Prints a line per problem and `pypy-fuzz: N passed, M failed`.
"""
import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pypy", required=True)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=30)
    args = parser.parse_args()
    args.pypy = os.path.abspath(args.pypy)
    rng = random.Random(args.seed)
    files = sorted(f for f in glob.glob(os.path.join(HERE, "*.py"))
                   if not os.path.basename(f).startswith(("_", "run")) and
                   len(open(f, encoding="utf-8").read().splitlines()) >= 2)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.count):
            path = rng.choice(files)
            lines = open(path, encoding="utf-8").read().splitlines(True)
            i = rng.randrange(len(lines))
            kind = rng.choice(["delete", "duplicate", "swap"])
            if kind == "delete":
                del lines[i]
            elif kind == "duplicate":
                lines.insert(i, lines[i])
            else:
                j = rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            mutant = os.path.join(tmp, "mutant%d.py" % n)
            with open(mutant, "w", encoding="utf-8") as f:
                f.write("".join(lines))
            what = "%s line %d of %s" % (kind, i + 1, os.path.basename(path))
            try:
                p = subprocess.run([args.pypy, mutant], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, timeout=args.timeout, cwd=HERE)
            except subprocess.TimeoutExpired:
                # an infinite loop in the mutated program is its own business
                passed += 1
                continue
            err = p.stderr.decode(errors="replace")
            if p.returncode < 0 or "Fatal RPython error" in err or "internal error" in err:
                failed += 1
                print("pypy-fuzz: %s: status %d\n%s" % (what, p.returncode, "\n".join(err.splitlines()[-5:])))
            else:
                passed += 1
    print("pypy-fuzz: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
