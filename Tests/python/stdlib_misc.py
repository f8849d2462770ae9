import heapq, bisect, string, copy
from dataclasses import dataclass, field
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1]), heapq.nsmallest(2, [4, 9, 1]))
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data[0])
a = [1, 3, 5, 7]
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a, string.ascii_lowercase[:5], string.digits, string.capwords("hello big world"))
orig = {"k": [1, [2, 3]]}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["k"][1].append(4)
print(shallow["k"][1], deep["k"][1])
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
i = Item("pen", 1.5)
i.tags.append("office")
print(i, Item("x") == Item("x"), Item("a", 2.0, ["t"]))
@dataclass(order=True)
class Version:
    major: int
    minor: int
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1, 0) < Version(1, 1))
x: int = 5
print(__annotations__)
class Annotated:
    a: int
    b: str = "s"
print(Annotated.__annotations__, Annotated.b)
