d = {"a": 3, "b": 1}
print(sorted(d, key=d.__getitem__), [1, 2].__len__(), "ab".__contains__("a"), frozenset([1]).__contains__(1), list([5].__iter__()))
class L(list):
    pass
l = L([1, 2])
print(len(l), l[0], 2 in l, list(l), l.__len__())
