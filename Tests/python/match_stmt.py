def describe(x):
    match x:
        case 0:
            return "zero"
        case [a, b]:
            return f"pair {a} {b}"
        case _:
            return "other"
print(describe(0), describe([1, 2]), describe("s"))
