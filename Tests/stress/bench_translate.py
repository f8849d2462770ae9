#!/usr/bin/env python3
"""make bench-translate: translation speed on a generated 30,000-line RPython program.

Prints, per stage, its time, the lines of RPython per second and the peak memory, as
`bench-translate STAGE: S.SS s N lines/s peak=M MB`, then the total before the C compiler.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rtranslate", default=os.path.join(ROOT, ".build/release/rtranslate"))
    parser.add_argument("--lines", type=int, default=30000)
    parser.add_argument("--no-compile", action="store_true", help="stop after generating C")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "stress.py")
        subprocess.run([sys.executable, os.path.join(ROOT, "Tests", "stress", "gen_stress.py"),
                        "--lines", str(args.lines), "-o", src], check=True)
        lines = sum(1 for _ in open(src))
        cmd = [args.rtranslate, src, "-o", os.path.join(tmp, "stress")]
        if args.no_compile:
            cmd.append("--source")
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit("bench-translate: translation failed:\n" + proc.stderr)
        before_cc = 0.0
        for line in proc.stdout.splitlines():
            m = re.match(r"\[rtranslate\] (\S+)\s+([\d.]+) s\s+(\d+) MB\s+(.*)", line)
            if not m:
                continue
            stage, secs, mb, what = m.group(1), float(m.group(2)), m.group(3), m.group(4)
            rate = lines / secs if secs > 0 else float("inf")
            print("bench-translate %s: %.2f s %d lines/s peak=%s MB (%s)" % (stage, secs, rate, mb, what))
            if stage != "compile":
                before_cc += secs
        print("bench-translate total before the C compiler: %.2f s for %d lines" % (before_cc, lines))


if __name__ == "__main__":
    main()
