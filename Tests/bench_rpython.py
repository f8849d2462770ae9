#!/usr/bin/env python3
"""make bench-rpython: CPU-bound RPython programs under CPython and translated, in one run.

For each program in Tests/bench/rpython/ this translates it with rtranslate, checks that the
translated binary prints what CPython prints, and reports both times (best of several runs;
the machine is noisy, so only the ratio measured in the same run means anything):

    bench-rpython NAME: cpython=S.SS s translated=S.SS s speedup=X.X
    bench-rpython geomean speedup=X.X
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = ["nbody", "fannkuch", "richards"]


def best_time(cmd, runs, env=None):
    best = None
    out = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit("bench-rpython: %s failed (status %d):\n%s" % (" ".join(cmd), proc.returncode,
                                                                   proc.stderr.decode(errors="replace")))
        out = proc.stdout
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rtranslate", default=os.path.join(ROOT, ".build/release/rtranslate"))
    parser.add_argument("--cpython-runs", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=ROOT)
    speedups = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in PROGRAMS:
            src = os.path.join(ROOT, "Tests", "bench", "rpython", name + ".py")
            exe = os.path.join(tmp, name)
            t = subprocess.run([args.rtranslate, "-q", src, "-o", exe], stderr=subprocess.PIPE)
            if t.returncode != 0:
                sys.exit("bench-rpython: translating %s failed:\n%s" % (name, t.stderr.decode(errors="replace")))
            cpy, cpy_out = best_time([sys.executable, src], args.cpython_runs, env)
            trans, trans_out = best_time([exe], args.runs)
            if cpy_out != trans_out:
                sys.exit("bench-rpython: %s: the translated program printed something else than CPython" % name)
            speedup = cpy / trans
            speedups.append(speedup)
            print("bench-rpython %s: cpython=%.2f s translated=%.2f s speedup=%.1f" % (name, cpy, trans, speedup),
                  flush=True)
    geomean = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
    print("bench-rpython geomean speedup=%.1f" % geomean)


if __name__ == "__main__":
    main()
