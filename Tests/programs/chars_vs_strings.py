import sys

# One-character strings (which the translator may represent as chars) mixed with longer
# strings: comparison, concatenation, repetition, dict keys, sets, slices of length one.

def classify(c):
    if c.isdigit():
        return "digit"
    if c.isalpha():
        return "upper" if c.isupper() else "lower"
    if c.isspace():
        return "space"
    return "other"


def entry_point(argv):
    s = "aB3 _z9é"
    counts = {}
    for c in s:
        k = classify(c)
        counts[k] = counts.get(k, 0) + 1
    print(" ".join(["%s=%d" % (k, v) for k, v in counts.items()]))
    table = {}
    for i in range(len(s)):
        table[s[i]] = i
    print(table["a"], table[s[2:3]], table["é"], "B" in table, "BB" in table, s[1:2] in table)
    c = s[0]
    print(c == "a", c == "ab", c < "b", c + c, c * 3, c + "bc", "x" + c, c.upper(), ord(c))
    chars = set()
    for ch in "hello world":
        chars.add(ch)
    print(len(chars), "o" in chars, "lo" in chars, "".join(sorted(chars)))
    same = 0
    t = "abcba"
    for i in range(len(t)):
        if t[i] == t[len(t) - 1 - i]:
            same += 1
    print(same, t[0] == t[-1], t[1] != t[2], t[0] + t[-1] == "aa")
    lst = [c for c in "xyz"]
    lst.append("long")
    print("|".join(lst), max(lst), min(lst))
    d = {"k": 1}
    key = "k"
    print(d[key], d["kk"[0]], d.get("kk"[1:], 0), d.get("kk", 0))
    r = ""
    for ch in reversed("abc"):
        r += ch
    print(r, r[1], repr(r[1]), repr("'"), repr('"'))
    digits = [ch for ch in "a1b22c333" if ch.isdigit()]
    print(len(digits), "".join(digits), int("".join(digits)))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
