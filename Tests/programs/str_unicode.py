import sys

# Non-ASCII text: lengths, indexing by code point, methods, ord/chr, comparison.

def entry_point(argv):
    s = "héllo wörld ñ 日本"
    print(s, len(s))
    print(s.upper(), s.lower())
    for i in range(len(s)):
        c = s[i]
        if ord(c) > 127:
            print(i, c, ord(c))
    print(s.find("ö"), s.find("日本"), s.count("l"), s.replace("ö", "oe"))
    print("|".join(s.split(" ")))
    print(s[::-1], s[12:], s[-2:])
    print(chr(233), chr(26085), chr(65), chr(0x1F600))
    print("日本" < "日", "é" > "e", "ñ" in s, "z" in s)
    e = "😀x"
    print(len(e), e[0], e[1], ord(e[0]))
    parts = []
    for c in "añb":
        parts.append(c * 2)
    print("".join(parts))
    print(repr("héllo"), repr("日本"))
    print("%s|%5s|%-5s|" % ("ñ", "ñé", "日本"))
    print(f"{'ñé':>6}|{'日':^5}|")
    print("ÀÉÎ".lower(), "straße".upper(), "é".isalpha(), "日本".isalpha(), "٣".isdigit())
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
