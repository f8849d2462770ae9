import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INTERP = os.path.dirname(HERE)
ROOT = os.path.dirname(INTERP)
for p in (INTERP, ROOT):
    if p not in sys.path:
        sys.path.insert(0, p)
sys.setrecursionlimit(100000)
