class Meta(type):
    pass


class Thing(object, metaclass=Meta):
    def value(self):
        return 1


def entry_point(argv):
    print(Thing().value())
    return 0


def target(*args):
    return entry_point

# The translator must refuse this program (expectations at the end keep line numbers stable):
# expect: class_with_meta.py:5:
# expect: metaclass
