import traceback
import sys
def inner():
    return {}["k"]
def outer():
    return inner()
try:
    outer()
except KeyError:
    traceback.print_exc()
    print("handled", file=sys.stderr)
try:
    1 / 0
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[-1])
print("done")
