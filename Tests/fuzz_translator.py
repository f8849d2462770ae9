#!/usr/bin/env python3
"""Robustness fuzzing of rtranslate: mutate RPython programs and translate the mutants.

Each mutant (a token or line deleted, duplicated or swapped in a corpus program) must end
with either a clear diagnostic (exit status 1 and a `file:line:col: kind: message` line) or
a working translation; never a crash (signal, Swift trap), a hang (timeout), or a C compiler
error (which would mean the translator accepted a program it cannot compile).

    python3 Tests/fuzz_translator.py --rtranslate PATH [--count N] [--seed S]

The run is deterministic for a seed. Prints one line per problem and a last line
`fuzz: N passed, M failed`.
"""
import argparse
import glob
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAGNOSTIC = re.compile(r"^\S+:\d+:\d+: (error|unsupported|SyntaxError|init-time error):", re.M)


def corpus():
    files = sorted(glob.glob(os.path.join(ROOT, "Tests", "programs", "*.py")))
    files += sorted(glob.glob(os.path.join(ROOT, "Tests", "bench", "rpython", "*.py")))
    return files


def tokens_of(src):
    try:
        return [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                if t.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING)]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return []


def replace_span(src, lines, tok, text):
    (r1, c1), (r2, c2) = tok.start, tok.end
    start = sum(len(l) for l in lines[:r1 - 1]) + c1
    end = sum(len(l) for l in lines[:r2 - 1]) + c2
    return src[:start] + text + src[end:]


def mutate(src, rng):
    lines = src.splitlines(keepends=True)
    kind = rng.choice(["del-line", "dup-line", "swap-lines", "del-token", "dup-token", "swap-tokens"])
    if kind.endswith("line") or kind.endswith("lines"):
        if len(lines) < 2:
            return src, kind
        i = rng.randrange(len(lines))
        if kind == "del-line":
            del lines[i]
        elif kind == "dup-line":
            lines.insert(i, lines[i])
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        return "".join(lines), kind
    toks = tokens_of(src)
    if len(toks) < 2:
        return src, kind
    t = rng.choice(toks)
    if kind == "del-token":
        return replace_span(src, lines, t, ""), kind
    if kind == "dup-token":
        return replace_span(src, lines, t, t.string + " " + t.string), kind
    u = rng.choice(toks)
    if u.start < t.start:
        t, u = u, t
    if t.end > u.start:
        return src, kind
    src2 = replace_span(src, lines, u, t.string)
    return replace_span(src2, src2.splitlines(keepends=True), t, u.string), kind


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rtranslate", default=os.path.join(ROOT, ".build/release/rtranslate"))
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    files = corpus()
    if not files:
        sys.exit("fuzz: no corpus programs found")
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.count):
            path = rng.choice(files)
            src, kind = mutate(open(path, encoding="utf-8").read(), rng)
            mutant = os.path.join(tmp, "mutant%d.py" % n)
            with open(mutant, "w", encoding="utf-8") as f:
                f.write(src)
            exe = os.path.join(tmp, "mutant%d" % n)
            what = "%s (%s of %s)" % (os.path.basename(mutant), kind, os.path.basename(path))
            try:
                proc = subprocess.run([args.rtranslate, "-q", mutant, "-o", exe], stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print("fuzz: HANG translating %s" % what)
                failed += 1
                continue
            err = proc.stderr.decode(errors="replace")
            problem = None
            if proc.returncode < 0:
                problem = "killed by signal %d" % -proc.returncode
            elif proc.returncode == 0:
                if not os.path.exists(exe):
                    problem = "exit 0 but no executable"
            elif "internal error" in err or "C compiler failed" in err:
                problem = "internal error"
            elif not DIAGNOSTIC.search(err):
                problem = "exit %d without a diagnostic" % proc.returncode
            if problem:
                failed += 1
                keep = os.path.join(ROOT, ".build", "fuzz-failures")
                os.makedirs(keep, exist_ok=True)
                with open(os.path.join(keep, "mutant%d_seed%d.py" % (n, args.seed)), "w", encoding="utf-8") as f:
                    f.write(src)
                print("fuzz: %s: %s\n%s" % (what, problem, "\n".join(err.splitlines()[:12])))
            else:
                passed += 1
    print("fuzz: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
