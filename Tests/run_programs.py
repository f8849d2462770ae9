#!/usr/bin/env python3
"""The oracle test runner: every Tests/programs/*.py is run under CPython and translated with
rtranslate; the binary must print the same stdout and exit with the same status.

A program may give its command-line arguments in a first-line comment `# argv: a b c`.
Programs listed in Tests/programs/UNSUPPORTED (`name.py  reason`, one a line) are still run but
never counted: they are reported as `unsupported:` lines, with a note when one now passes.

    python3 Tests/run_programs.py --rtranslate .build/release/rtranslate [-j N] [--only SUB] [--keep]
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "Tests", "programs")
TRANSLATE_TIMEOUT = 60
RUN_TIMEOUT = 30
MAX_ERROR_LINES = 15
MAX_DIFF_LINES = 30


def read_unsupported(folder):
    """name.py -> reason, from folder/UNSUPPORTED (blank lines and # comments ignored)."""
    result = {}
    path = os.path.join(folder, "UNSUPPORTED")
    if not os.path.exists(path):
        return result
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 1)
            result[parts[0]] = parts[1].strip() if len(parts) > 1 else "no reason given"
    return result


def program_argv(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    m = re.match(r"\s*#\s*argv:(.*)$", first)
    return shlex.split(m.group(1)) if m else []


def run(cmd, timeout, env=None):
    """(returncode, stdout, stderr) or None on timeout; output decoded leniently."""
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return (p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


def truncate(text, limit):
    lines = text.rstrip("\n").splitlines()
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more lines)" % (len(lines) - limit)]
    return "\n".join("    " + l for l in lines)


def uncaught_exception_class(stderr):
    """The class name of CPython's uncaught exception, from the last line of its traceback."""
    if "Traceback (most recent call last)" not in stderr:
        return None
    for line in reversed(stderr.strip().splitlines()):
        if line and not line.startswith(" "):
            m = re.match(r"([A-Za-z_][\w.]*)(:|$)", line)
            if m:
                return m.group(1).split(".")[-1]
            return None
    return None


def status_text(code):
    return "signal %d" % -code if code < 0 else "exit %d" % code


def check(path, rtranslate, workdir):
    """Run one program both ways; return None on success or the failure reason."""
    name = os.path.basename(path)
    argv = program_argv(path)
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONHASHSEED"] = "0"
    expected = run([sys.executable, path] + argv, RUN_TIMEOUT, env)
    if expected is None:
        return "CPython timed out after %d s" % RUN_TIMEOUT
    exe = os.path.join(workdir, name[:-3])
    translated = run([rtranslate, "-q", path, "-o", exe], TRANSLATE_TIMEOUT)
    if translated is None:
        return "translation timed out after %d s" % TRANSLATE_TIMEOUT
    code, out, err = translated
    if code != 0 or not os.path.exists(exe):
        return "translation failed (%s):\n%s" % (status_text(code), truncate(err + out, MAX_ERROR_LINES))
    actual = run([exe] + argv, RUN_TIMEOUT)
    if actual is None:
        return "binary timed out after %d s" % RUN_TIMEOUT
    problems = []
    if actual[1] != expected[1]:
        diff = difflib.unified_diff(expected[1].splitlines(), actual[1].splitlines(),
                                    "CPython", "translated", lineterm="", n=1)
        problems.append("stdout differs:\n" + truncate("\n".join(diff), MAX_DIFF_LINES))
    if actual[0] != expected[0]:
        problems.append("exit status: CPython %s, translated %s" %
                        (status_text(expected[0]), status_text(actual[0])))
        if actual[0] != 0 and actual[2].strip():
            problems.append("translated stderr:\n" + truncate(actual[2], 5))
    elif expected[0] != 0:
        exc = uncaught_exception_class(expected[2])
        if exc is not None and not re.search(r"\b%s\b" % re.escape(exc), actual[2]):
            problems.append("CPython raised %s, the binary's stderr does not name it:\n%s" %
                            (exc, truncate(actual[2], 5)))
    return "\n".join(problems) if problems else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rtranslate", required=True, help="the rtranslate executable")
    parser.add_argument("-j", type=int, default=2, help="parallel translations (default 2)")
    parser.add_argument("--only", help="run only programs whose name contains this")
    parser.add_argument("--keep", action="store_true", help="keep the translated executables")
    args = parser.parse_args()
    rtranslate = os.path.abspath(args.rtranslate)
    if not os.path.exists(rtranslate):
        sys.exit("no rtranslate at %s" % rtranslate)

    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    if args.only:
        names = [n for n in names if args.only in n]
    unsupported = read_unsupported(PROGRAMS)
    for listed in sorted(set(unsupported) - set(os.listdir(PROGRAMS))):
        print("warning: UNSUPPORTED lists %s, which does not exist" % listed)

    workdir = tempfile.mkdtemp(prefix="rprograms-")
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futures = {pool.submit(check, os.path.join(PROGRAMS, n), rtranslate, workdir): n
                   for n in names}
        for future in concurrent.futures.as_completed(futures):
            name = futures[future]
            try:
                results[name] = future.result()
            except Exception as e:  # a bug in the runner itself must not hide the others
                results[name] = "runner error: %r" % e

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
    if args.keep:
        print("executables kept in %s" % workdir)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    print("programs: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
