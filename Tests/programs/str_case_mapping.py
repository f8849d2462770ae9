import sys

# str.capitalize/title/swapcase and the predicates beyond the basic six, on ASCII, Latin-1 and
# wider text: final sigma, title-case digraphs, letters that expand (ß), cased non-letters.

WORDS = ["hello world", "HELLO wORLD", "they're bill's friends", "a1b2 c3", "", "x",
         "  leading and trailing  ", "ÉCOLE élève", "straße", "ǆungla ǅ", "ΣΑΣ ΟΔΟΣ",
         "ⅷ roman ⓐ circled", "123abc DEF", "mIxEd_CaSe-words.here", "ﬁne ﬂow",
         "Title Case Already", "İstanbul"]


def entry_point(argv):
    for w in WORDS:
        print("[%s] [%s] [%s] [%s]" % (w, w.capitalize(), w.title(), w.swapcase()))
        print(w.isascii(), w.isdecimal(), w.isnumeric(), w.isprintable(), w.istitle(),
              w.title().istitle(), w.lower().title() == w.title())
    for s in ["0123", "½", "٣", "²", "\t", "a\nb", "Ab Cd", "AB", "ab", "A1 B2"]:
        print(repr(s), s.isascii(), s.isdecimal(), s.isnumeric(), s.isprintable(), s.istitle())
    return 0


def target(*args):
    return entry_point


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
