name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
print(f"Hello {name}!")
print(f"{n} {n:5d} {n:<5d}| {n:x} {n:08b}")
print(f"{pi:.3f} {pi:10.2f} {pi!r} {name!r} {name!s}")
print(f"{items} {items[0]} {len(items)} {n * 2} {n > 10}")
print(f"{'nested'} {name.upper()} {{braces}}")
print(f"{n=} {pi=:.2f}")
width = 8
print(f"{name:>{width}}|{name:^{width}}|")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"""triple {n}
quoted""")
print(f"{3 + 4j}" if False else "skip")
print(F"upper F {n}", rf"raw \n {n}")
x = 10
print(f"{x if x > 5 else -x}")
print(f"{'a' 'b'}")
