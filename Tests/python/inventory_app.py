"""A small application mixing dataclasses, enums, json, collections, generators and errors."""
import json
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict, Counter
from functools import reduce


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"only {item.qty} of {item.name!r} left, wanted {wanted}")
        self.item = item


@dataclass(order=True)
class Item:
    price: float
    name: str
    category: Category = Category.TOOL
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def take(self, n):
        if n > self.qty:
            raise OutOfStock(self, n)
        self.qty -= n
        return self.price * n


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        self.items[item.name] = item
        self.log.append(("add", item.name))
        return self

    def __iter__(self):
        yield from sorted(self.items.values())

    def __len__(self):
        return len(self.items)

    def by_category(self):
        groups = defaultdict(list)
        for item in self:
            groups[item.category.value].append(item.name)
        return dict(groups)

    def order(self, **wanted):
        total = 0.0
        for name, n in wanted.items():
            try:
                total += self.items[name].take(n)
                self.log.append(("sold", name, n))
            except KeyError:
                self.log.append(("unknown", name))
            except OutOfStock as e:
                self.log.append(("short", name, e.item.qty))
        return round(total, 2)

    def to_json(self):
        return json.dumps([{"name": i.name, "price": i.price, "cat": i.category.value,
                            "qty": i.qty} for i in self], sort_keys=True)


inv = Inventory()
inv.add(Item(9.99, "hammer", qty=5, tags=["steel"])).add(Item(0.5, "apple", Category.FOOD, 100))
inv.add(Item(4.25, "yoyo", Category.TOY, 3)).add(Item(12.0, "saw", qty=1))
print(len(inv), [i.name for i in inv])
print(inv.by_category())
print(inv.order(apple=10, yoyo=5, saw=1, laser=2))
print(inv.log[-4:])
data = json.loads(inv.to_json())
print(data[0], sum(d["qty"] for d in data))
cheapest = min(inv, key=lambda i: i.price)
print(cheapest, cheapest == Item(0.5, "apple", Category.FOOD, 90))
counts = Counter(entry[0] for entry in inv.log)
print(sorted(counts.items()), reduce(lambda a, b: a + b.qty, inv, 0))
try:
    inv.items["hammer"].take(50)
except OutOfStock as e:
    print("error:", e)
report = "\n".join(f"{i.name:<8}{i.category.name:>6}{i.qty:>5}{i.price:>8.2f}" for i in inv)
print(report)
