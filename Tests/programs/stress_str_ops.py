import sys

# String method stress on generated strings: split/rsplit/replace/find/rfind/count/strip/
# startswith/endswith/slicing, checksummed against CPython.

ALPHABET = "ab, c.-é日"


def gen_string(state, n):
    out = []
    for i in range(n):
        state = (state * 69069 + 1) % 4294967296
        out.append(ALPHABET[(state >> 10) % len(ALPHABET)])
    return "".join(out), state


def mix(h, n):
    return (h * 1000003 + n) % 1000000007


def entry_point(argv):
    state = 42
    h = 0
    for i in range(300):
        s, state = gen_string(state, 1 + i % 37)
        sub, state = gen_string(state, 1 + i % 3)
        h = mix(h, len(s.split(sub)))
        h = mix(h, len(s.rsplit(sub, 2)))
        h = mix(h, len(s.split()))
        h = mix(h, len(s.split(",", 1)))
        h = mix(h, s.find(sub) + 7)
        h = mix(h, s.rfind(sub) + 7)
        h = mix(h, s.find(sub, i % 5, len(s) - i % 4) + 7)
        h = mix(h, s.count(sub))
        h = mix(h, len(s.replace(sub, "XY")))
        h = mix(h, len(s.strip(" ,.")))
        h = mix(h, len(s.lstrip("ab")) * 3 + len(s.rstrip("é日")))
        h = mix(h, int(s.startswith(sub)) + 2 * int(s.endswith(sub)))
        h = mix(h, len(s[i % 7:len(s) - i % 5:1 + i % 3]))
        h = mix(h, len(s[::-1 - i % 2]))
        h = mix(h, int(sub in s))
        h = mix(h, len(s.upper()) + ord(s.upper()[0]))
        if i % 50 == 0:
            print(repr(s), repr(sub), "|".join(s.split(sub)), s.replace(sub, "_"))
    print("hash", h)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
