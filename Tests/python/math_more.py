import math
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.perm(5, 2), math.perm(4), math.dist((0, 0), (3, 4)), (255).bit_count(), (2**70 - 1).bit_count())
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(e)
