#!/usr/bin/env python3
"""Diagnostic tests: every Tests/diagnostics/*.py is outside the RPython contract or wrong, and
rtranslate must refuse it cleanly: a non-zero exit within a timeout, no crash (signal, Swift
backtrace, "Fatal error"), and a message containing the text of each `# expect: TEXT` comment.

Programs listed in Tests/diagnostics/UNSUPPORTED (`name.py  reason`) are reported, not counted.

    python3 Tests/run_diagnostics.py --rtranslate .build/release/rtranslate [-j N] [--only SUB]
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAGNOSTICS = os.path.join(ROOT, "Tests", "diagnostics")
TIMEOUT = 60
CRASH_MARKERS = ["Fatal error", "Stack dump", "Current stack trace", "Program crashed",
                 "Segmentation fault", "Illegal instruction", "Backtrace", "backtrace"]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_programs import read_unsupported, truncate  # noqa: E402


def expectations(path):
    with open(path, encoding="utf-8") as f:
        return [m.group(1).strip() for m in (re.search(r"#\s*expect:(.*)$", line) for line in f) if m]


def check(path, rtranslate, workdir):
    name = os.path.basename(path)
    expected = expectations(path)
    if not expected:
        return "no `# expect:` comment"
    try:
        p = subprocess.run([rtranslate, "-q", path, "-o", os.path.join(workdir, name[:-3])],
                           cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "rtranslate timed out after %d s" % TIMEOUT
    err = p.stderr.decode("utf-8", "replace") + p.stdout.decode("utf-8", "replace")
    if p.returncode < 0:
        return "rtranslate died with signal %d:\n%s" % (-p.returncode, truncate(err, 15))
    crash = [m for m in CRASH_MARKERS if m in err]
    if crash:
        return "rtranslate crashed (%s):\n%s" % (crash[0], truncate(err, 15))
    if p.returncode == 0:
        return "rtranslate accepted the program (exit 0)"
    missing = [e for e in expected if e not in err]
    if missing:
        return "stderr lacks %s; it says:\n%s" % (
            ", ".join(repr(m) for m in missing), truncate(err, 15))
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rtranslate", required=True, help="the rtranslate executable")
    parser.add_argument("-j", type=int, default=2, help="parallel translations (default 2)")
    parser.add_argument("--only", help="run only files whose name contains this")
    args = parser.parse_args()
    rtranslate = os.path.abspath(args.rtranslate)
    if not os.path.exists(rtranslate):
        sys.exit("no rtranslate at %s" % rtranslate)

    names = sorted(n for n in os.listdir(DIAGNOSTICS) if n.endswith(".py"))
    if args.only:
        names = [n for n in names if args.only in n]
    unsupported = read_unsupported(DIAGNOSTICS)
    workdir = tempfile.mkdtemp(prefix="rdiagnostics-")
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futures = {pool.submit(check, os.path.join(DIAGNOSTICS, n), rtranslate, workdir): n
                   for n in names}
        for future in concurrent.futures.as_completed(futures):
            try:
                results[futures[future]] = future.result()
            except Exception as e:
                results[futures[future]] = "runner error: %r" % e
    shutil.rmtree(workdir, ignore_errors=True)

    passed = failed = 0
    for name in names:
        reason = results[name]
        if name in unsupported:
            note = " -- now passes: remove it from UNSUPPORTED" if reason is None else ""
            print("unsupported: %s (%s)%s" % (name, unsupported[name], note))
        elif reason is None:
            passed += 1
        else:
            failed += 1
            print("FAIL %s: %s" % (name, reason))
    print("diagnostics: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
