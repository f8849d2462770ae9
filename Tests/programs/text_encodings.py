import sys

# Roman numerals, run-length encoding, base conversion, palindromes.

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = ""
    for value, sym in ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i in range(len(s)):
        v = values[s[i]]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def rle(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append("%d%s" % (count, prev))
            prev = c
            count = 1
    out.append("%d%s" % (count, prev))
    return "".join(out)


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = []
    while n > 0:
        out.append(digits[n % base])
        n //= base
    if neg:
        out.append("-")
    out.reverse()
    return "".join(out)


def is_palindrome(s):
    clean = [c for c in s.lower() if c.isalnum()]
    return clean == clean[::-1]


def entry_point(argv):
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(n, r, from_roman(r))
    for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
        print("[" + rle(s) + "]")
    for n, b in [(255, 2), (255, 16), (-255, 16), (0, 7), (123456789, 36)]:
        print(n, b, to_base(n, b))
    for s in ["A man, a plan, a canal: Panama", "hello", "No lemon, no melon", ""]:
        print(is_palindrome(s))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
