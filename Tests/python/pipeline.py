def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
def convert(pairs):
    for k, v in pairs:
        if v.isdigit():
            yield k, int(v)
        elif v.lower() in ("true", "false"):
            yield k, v.lower() == "true"
        else:
            yield k, v
config_text = """
# settings
name = demo   # the name
port = 8080
debug = True
path = /usr/local
"""
config = dict(convert(parse(strip_comments(read_lines(config_text)))))
print(config)
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    return (x * x for x in it)
print(take(5, squares(naturals())))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched("abcdefg", 3)))
gen = (c.upper() for c in "hey")
print(next(gen), list(gen))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
print(sum(1 for _ in range(100) if _ % 7 == 0), any(x > 3 for x in [1, 5]), all(x for x in []))
