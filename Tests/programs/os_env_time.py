import sys
import os
import time

# os.getenv / os.environ reads, time.time() and perf_counter() monotonic sanity, isatty.

def entry_point(argv):
    print(os.getenv("RTRANSLATE_SURELY_UNSET_VARIABLE") is None)
    path = os.environ.get("PATH", "")
    print(len(path) > 0)
    t0 = time.time()
    p0 = time.perf_counter()
    s = 0
    for i in range(100000):
        s += i
    t1 = time.time()
    p1 = time.perf_counter()
    print(s, t1 >= t0, p1 >= p0, t0 > 1600000000.0)
    print(os.isatty(0))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
