def area(width, height):
    return width * height


def entry_point(argv):
    print(area(3))
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: too_few_arguments.py:6:
# expect: height
