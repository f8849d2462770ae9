for i in range(3):
    if i == 0:
        print("zero")
    elif i == 1:
        print("one")
    else:
        print("other")
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
x = 5
print("big" if x > 3 else "small", x > 3 and "yes", x < 3 or "fallback", not x)
print(0 or [] or "last", 1 and 2 and 3, None or 0)
total = 0
for i in range(1, 101):
    total += i
print(total)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, c in enumerate("xyz", 1):
    print(i, c)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
if (y := 10) > 5:
    print("walrus", y)
values = [1, 2, 3]
while (v := values.pop()) != 1:
    print("popped", v)
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"
print([classify(k) for k in (-1, 0, 1)])
assert x == 5, "never"
print("nested loops")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
