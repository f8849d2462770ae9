text = "The quick brown fox jumps over the lazy dog"
words = text.split()
print(len(words), words[::2], " ".join(reversed(words)))
print(text.lower().count("the"), text.index("fox"), text[4:9].upper())
freq = {}
for ch in text.replace(" ", "").lower():
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
print("%-10s|%10s|" % ("a", "b"), "%3d%%" % 50)
print("a-b-c".split("-", 1), "a b c".rsplit(maxsplit=1), "  x  y ".split(" "))
print("Hello".ljust(8, "."), "7".rjust(3, "0"), "abc".center(7, "-"))
print(",".join(str(i) for i in range(5)), "x".join([]))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello world".title(), "HeLLo".swapcase(), "ß".upper())
print("%s" % [1, 2], "%r" % "q", "%(name)s is %(age)d" % {"name": "A", "age": 3})
print("abc"[1], "abc"[-1], "a,b;c".replace(";", ",").split(","))
multi = """line one
line two
    indented"""
print(multi.splitlines(), len(multi))
print("é".encode(), len("é".encode()), "日本".encode().decode())
print("isdigit", "١٢".isdigit(), "3.5".isdigit(), "-1".lstrip("-").isdigit())
