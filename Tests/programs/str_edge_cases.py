import sys

# Edge cases of str methods: empty strings, boundaries, negative start/end, counts.

def show(parts):
    return "%d[%s]" % (len(parts), "|".join(parts))


def entry_point(argv):
    s = "abcabcabc"
    print(s.find("c", -4), s.find("c", -2, -1), s.find("", 3), s.find("", 20), s.rfind("", 2))
    print(s.find("abc", 1, 5), s.find("abc", 1, 6), s.rfind("abc", 0, 8), s.count("abc", 1))
    print(s.count("a", -3), s.count("bc", 0, -1), "aaaa".count("aa"), "".count(""), "ab".count(""))
    print(s.replace("abc", "", 2), s.replace("b", "BB", 0), s.replace("x", "y"), "".replace("", "z"))
    print(s.startswith("abc", 3), s.startswith("", 9), s.startswith("c", -1), s.endswith("ab", 0, 5))
    print(show("a,b,,c,".split(",")), show(",".split(",")), show("abc".split("abc")))
    print(show("a b c d".split(" ", 0)), show("a b c d".split(" ", -1)), show("a b c d".rsplit(" ", 2)))
    print(show("  lead and trail  ".split(None, 1)), show("x\ty\nz  w".split()), show("a--b--c".rsplit("--")))
    print("[" + "   ".strip() + "]", "[" + "xyzzyx".strip("xyz") + "]", "[" + "ab".strip("") + "]")
    print("[" + "\t\n text \r\n".strip() + "]", "[" + "..a..".rstrip(".") + "]", "[" + "..a..".lstrip(".") + "]")
    print("Hello World".lower().upper(), "123abc".upper(), "ÄÖÜ".lower(), "".upper() == "")
    print("a1".isalnum(), "".isalnum(), "".isalpha(), "".isspace(), "".isupper(), "".islower(), "A".isupper())
    print("ABC def".isupper(), "abc DEF".islower(), "abc1".islower(), "ABC1".isupper(), "1".islower())
    print("x".join(["a"]), "x".join([]), ", ".join(["", ""]), "".join(["a", "", "b"]))
    print("abc"[3:], "abc"[-4:-2], "abc"[2:1], "abc"[::-2], "abcdef"[-1:-6:-2], "abcdef"[1::-1])
    n = 0
    for i in range(-4, 4):
        for j in range(-4, 4):
            n += len("abc"[i:j])
    print(n)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
