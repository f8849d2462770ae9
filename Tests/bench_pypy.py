#!/usr/bin/env python3
"""make bench: ../shared/bench/programs under CPython and pypy-c, side by side in one run.

Each program's output is checked against ../shared/bench/expected/NAME.out for both. Prints
`bench NAME: cpython=S.SS s pypy-c=S.SS s speedup=X.XX` (CPython time over pypy-c time) and a
last line `bench geomean speedup=X.XX`. The machine is noisy: only ratios from one run mean
anything.
"""
import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench")


def timed(cmd, timeout):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return time.perf_counter() - start, proc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pypy", default=os.path.join(ROOT, "pypy-c"))
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    progs = os.path.join(BENCH, "programs")
    names = args.names or sorted(n[:-3] for n in os.listdir(progs) if n.endswith(".py"))
    # Run copies: a misbehaving pypy-c must never be able to damage the shared originals.
    workdir = tempfile.mkdtemp(prefix="bench-pypy-")
    try:
        return run_all(args, progs, names, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_all(args, progs, names, workdir):
    speedups = []
    failures = 0
    for name in names:
        path = os.path.join(workdir, name + ".py")
        shutil.copyfile(os.path.join(progs, name + ".py"), path)
        expected = open(os.path.join(BENCH, "expected", name + ".out"), "rb").read()
        cpy, p1 = timed([sys.executable, path], args.timeout)
        try:
            pyc, p2 = timed([args.pypy, path], args.timeout)
        except subprocess.TimeoutExpired:
            print("bench %s: pypy-c timed out after %d s" % (name, args.timeout), flush=True)
            failures += 1
            continue
        if p1.stdout != expected:
            print("bench %s: CPython's output differs from expected/%s.out" % (name, name), flush=True)
        if p2.stdout != expected or p2.returncode != 0:
            err = p2.stderr.decode(errors="replace").strip().splitlines()
            print("bench %s: pypy-c output differs (status %d) %s" % (name, p2.returncode, err[-1] if err else ""), flush=True)
            failures += 1
            continue
        speedups.append(cpy / pyc)
        print("bench %s: cpython=%.2f s pypy-c=%.2f s speedup=%.2f" % (name, cpy, pyc, cpy / pyc), flush=True)
    if speedups:
        geomean = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
        print("bench geomean speedup=%.2f (%d programs, %d failed)" % (geomean, len(speedups), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
