import random
import json
random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print(round(random.random(), 12), random.choice("abcdef"), random.randrange(0, 100, 7))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), round(random.uniform(1, 2), 10))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6), random.getrandbits(40))
r = random.Random(7)
print(r.randint(0, 10 ** 6), r.random())
data = {"name": "Ann", "age": 30, "tags": ["x", "y"], "ok": True, "none": None, "pi": 3.14,
        "nested": {"k": [1, {"z": "é"}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, back["nested"]["k"][1]["z"], json.loads("[1, 2.5, -3e2, \"a\\nb\", false]"))
print(json.dumps([1, "two", None], separators=(",", ":")), json.dumps("quote\"d"))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
