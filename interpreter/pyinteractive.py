"""Runs the interpreter untranslated on CPython:
    python3 interpreter/pyinteractive.py prog.py args
    python3 interpreter/pyinteractive.py -c CODE args
"""

import os
import sys
import threading

_here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _here)
sys.path.insert(1, os.path.dirname(_here))

from targetpypy import entry_point  # noqa: E402


def run():
    result = []

    def body():
        result.append(entry_point(sys.argv))

    # deep Python recursion in the interpreted program needs a deep host stack; if the
    # machine cannot give us a thread with one, run on the main thread
    sys.setrecursionlimit(1000000)
    try:
        threading.stack_size(256 * 1024 * 1024)
        t = threading.Thread(target=body)
        t.start()
    except (RuntimeError, ValueError, MemoryError):
        sys.setrecursionlimit(30000)
        body()
    else:
        t.join()
    if not result:
        return 70
    return result[0]


if __name__ == "__main__":
    sys.exit(run())
