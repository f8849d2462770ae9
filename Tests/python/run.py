"""Differential test runner for the Python interpreter.

Runs every Tests/python/*.py program under CPython (the oracle) and under our interpreter
(untranslated: `python3 interpreter/pyinteractive.py prog.py`, or a translated binary given with
--pypy PATH), and compares stdout, stderr and the exit status. Programs listed in UNSUPPORTED
(one `name.py: reason` per line) are reported separately and never count as passed.

    python3 Tests/python/run.py [--pypy PATH] [--jobs N] [--unsupported] [names...]

Prints one line per failure and finally `python-programs: N passed, M failed`.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PYINTERACTIVE = os.path.join(ROOT, "interpreter", "pyinteractive.py")
TIMEOUT = 120


def load_unsupported(translated=False):
    """UNSUPPORTED lists what the interpreter lacks; UNSUPPORTED-TRANSLATED what only the
    translated pypy-c gets wrong (translator bugs), consulted with --pypy."""
    result = {}
    files = ["UNSUPPORTED"] + (["UNSUPPORTED-TRANSLATED"] if translated else [])
    for fname in files:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            continue
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                name, _, reason = line.partition(":")
                result[name.strip()] = reason.strip()
    return result


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), \
            p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout after %ds" % TIMEOUT


def first_difference(a, b):
    la = a.splitlines()
    lb = b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: expected %r, got %r" % (i + 1, x, y)
    return "trailing newline difference"


def check(name, pypy):
    path = os.path.join(HERE, name)
    expected = run([sys.executable, path], HERE)
    if pypy:
        got = run([pypy, path], HERE)
    else:
        got = run([sys.executable, PYINTERACTIVE, path], HERE)
    problems = []
    if got[0] is None:
        problems.append("timeout")
    elif expected[0] != got[0]:
        problems.append("exit status %s, expected %s" % (got[0], expected[0]))
    if expected[1] != got[1]:
        problems.append("stdout " + first_difference(expected[1], got[1]))
    if expected[2] != got[2]:
        problems.append("stderr " + first_difference(expected[2], got[2]))
    return name, problems


def main(argv):
    pypy = None
    jobs = 2
    names = []
    show_unsupported = False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--pypy":
            pypy = os.path.abspath(argv[i + 1])
            i += 2
            continue
        if a == "--jobs":
            jobs = int(argv[i + 1])
            i += 2
            continue
        if a == "--unsupported":
            show_unsupported = True
            i += 1
            continue
        names.append(os.path.basename(a))
        i += 1
    unsupported = load_unsupported(translated=pypy is not None)
    if not names:
        names = sorted(n for n in os.listdir(HERE)
                       if n.endswith(".py") and n != "run.py" and not n.startswith("_"))
    selected = [n for n in names if n not in unsupported]
    skipped = [n for n in names if n in unsupported]
    passed = 0
    failed = 0
    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(lambda n: check(n, pypy), selected))
    except RuntimeError:
        # no threads available on a loaded machine: run one at a time
        results = [check(n, pypy) for n in selected]
    for name, problems in results:
        if problems:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)))
        else:
            passed += 1
    for name in skipped:
        line = "unsupported %s: %s" % (name, unsupported[name])
        if show_unsupported:
            _, problems = check(name, pypy)
            line += " (currently %s)" % ("failing" if problems else "passing")
        print(line)
    if skipped:
        print("python-programs-unsupported: %d" % len(skipped))
    print("python-programs: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
