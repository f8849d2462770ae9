async def fetch():
    return 1


def entry_point(argv):
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: async_def.py:1:1:
# expect: async def
