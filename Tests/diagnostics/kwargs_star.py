def configure(**options):
    return len(options)


def entry_point(argv):
    print(configure(a=1, b=2))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: kwargs_star.py:1:
# expect: **options
