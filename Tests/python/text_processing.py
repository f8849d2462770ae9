text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<12}{n:>3} {'#' * n}")
print(len(words), len(set(words)), max(words, key=len))
lines = text.splitlines()
print([len(l) for l in lines], lines[1][:20].title())
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
csv = "name,age,city\nAlice,30,Paris\nBob,25,Rome"
rows = [line.split(",") for line in csv.split("\n")]
header, data = rows[0], rows[1:]
records = [dict(zip(header, r)) for r in data]
print(records)
print(sum(int(r["age"]) for r in records) / len(records))
table = [["id", "value"], [1, 3.5], [22, 10.25]]
for row in table:
    print("|".join(f"{str(c):>6}" for c in row))
print("{:=^30}".format(" report "))
print(" ".join(reversed("one two three".split())), "-".join("abc").upper())
s = "aaabbbcccd"
encoded = []
i = 0
while i < len(s):
    j = i
    while j < len(s) and s[j] == s[i]:
        j += 1
    encoded.append(f"{s[i]}{j - i}")
    i = j
print("".join(encoded))
print(sorted("The Quick Brown".split(), key=str.lower), "abc".find("c", 1, 2))
