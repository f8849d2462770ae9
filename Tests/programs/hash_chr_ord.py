import sys

# hash() of int/str/tuple consistency, chr/ord round trips, caesar cipher.

def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


def entry_point(argv):
    print(hash(0), hash(1), hash(-5), hash(12345678901), hash(-1), hash(-2))
    print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
    ok = True
    for i in range(0, 0x3000, 7):
        if ord(chr(i)) != i:
            ok = False
    print("roundtrip", ok)
    msg = "Hello, World! xyz"
    enc = caesar(msg, 3)
    print(enc, caesar(enc, -3), caesar(msg, 26) == msg)
    print(ord("\n"), ord(" "), chr(97) + chr(98), ord("é"), ord("日"))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
