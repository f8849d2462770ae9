def entry_point(argv):
    return 0

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: only_entry_point.py
# expect: target(argv)
