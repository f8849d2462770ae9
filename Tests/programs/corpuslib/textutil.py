"""String helpers with init-time tables, imported by multi_module.py."""

from corpuslib import VERSION

WORDS = ["alpha", "beta", "gamma"]
LENGTHS = {w: len(w) for w in WORDS}
BANNER = "textutil " + VERSION


def title_case(s):
    out = []
    for word in s.split(" "):
        if word:
            out.append(word[0].upper() + word[1:].lower())
        else:
            out.append(word)
    return " ".join(out)


def longest(words):
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best
