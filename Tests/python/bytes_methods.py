b = b"  Hello, World  "
print(b.strip(), b.split(b","), b.upper(), b.find(b"World"), b.replace(b"l", b"L"), b.startswith(b"  H"))
print(b"-".join([b"a", b"b"]), b"a,b".partition(b","), b"abc".count(b"b"), b"12".isdigit(), b"x".center(5, b"*"))
