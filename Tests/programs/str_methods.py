import sys

# The str methods of the contract, with their optional arguments.

def entry_point(argv):
    s = "  Hello, World! Hello!  "
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    t = s.strip()
    print(t.lower(), t.upper())
    print(t.startswith("Hello"), t.startswith("World"), t.endswith("!"), t.endswith("Hello"))
    print(t.find("Hello"), t.find("Hello", 1), t.find("xyz"), t.find("o", 5, 9), t.rfind("Hello"),
          t.rfind("o"), t.rfind("o", 0, 6))
    print(t.index("World"), t.count("l"), t.count("Hello"), t.count("l", 5), t.count(""))
    print(t.replace("Hello", "Bye"), t.replace("l", "L", 2), t.replace("", "-")[:10])
    print("xxhixx".strip("x"), "xyhiyx".lstrip("xy"), "xyhiyx".rstrip("xy"))
    print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha())
    print("ab1".isalnum(), "ab 1".isalnum(), " \t\n".isspace(), " a".isspace())
    print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abC".islower(), "1A".isupper())
    print(t.startswith("World", 7), t.endswith("World", 0, 12))
    try:
        t.index("zzz")
    except ValueError:
        print("index raised ValueError")
    words = ["alpha", "beta", "gamma"]
    print(", ".join(words), "".join(words), "-".join([]))
    print("a" * 3, 3 * "ab", "x" * 0, "-" * -2)
    for parts in [t.split(), "a,b,,c".split(","), "a b  c".split(" "), "a,b,c,d".split(",", 2),
                  "  x  y z ".split(), "a::b::c".split("::"), "a,b,c,d".rsplit(",", 1),
                  "one two three".rsplit(None, 1), "".split(), "".split(",")]:
        print(len(parts), "|".join(parts))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
