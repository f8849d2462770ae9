# Formatting and str-method fast paths (cached %-format / str.format templates, format()
# through the runtime, methods that return self): results and errors must match CPython.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- %-formatting
vals = [0, 7, -42, 12345, 2 ** 40, -2 ** 63, True]
for spec in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "%x", "%#x",
             "%X", "%#08X", "%o", "%#o", "%i", "%u", "%.3d", "%8.3d", "%s", "%r", "%5s", "%-5s|",
             "%c"]:
    for v in vals:
        show(spec + " " + repr(v), lambda: spec % v)
floats = [0.0, -0.0, 3.14159, -2.5, 441.52, 1e20, 1e-7, 123456789.125, float("inf"),
          float("-inf"), float("nan"), 0.5, 1.5, 2.5]
for spec in ["%f", "%.2f", "%8.2f", "%-8.2f|", "%08.2f", "%+.1f", "% .3f", "%.0f", "%#.0f",
             "%e", "%.3e", "%E", "%g", "%.3g", "%G", "%#g", "%10.4g", "%s", "%r", "%d", "%i",
             "%F", "%05f"]:
    for v in floats:
        show(spec + " " + repr(v), lambda: spec % v)
for spec in ["%.2f", "%e", "%g"]:
    for v in [3, -7, 0, True]:
        show(spec + " int " + repr(v), lambda: spec % v)
texts = ["", "abc", "héllo", "日本語", "a'b", 'q"', "tab\there"]
for spec in ["%s", "%r", "%a", "%8s|", "%-8s|", "%.2s", "%6.2s|", "%-6.1r|", "%05s", "%+s"]:
    for v in texts:
        show(spec + " " + repr(v), lambda: spec % v)
show("tuple", lambda: "%d,%s,%s,%.2f,%d" % (1, "alpha_1", "Oslo", 441.52, 7))
show("percent", lambda: "100%% of %s%%" % "x")
show("dict", lambda: "%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
show("dict as value", lambda: "%s" % {"a": 1})
show("list value", lambda: "%s" % [1, 2])
show("tuple in tuple", lambda: "%s" % ((1, 2),))
show("star", lambda: "%*d|%-*s|" % (5, 42, 4, "ab"))
show("too few", lambda: "%d %d" % (1,))
show("too many", lambda: "%d" % (1, 2))
show("not all", lambda: "x" % 5)
show("empty tuple", lambda: ("" % (), "x" % (), "%s" % ()))
show("one value, two slots", lambda: "%s%s" % "ab")
show("empty pieces", lambda: ("%s" % "", "a%sb" % "", "%s%s" % ("", "x"), "{}".format(""),
                              "{}{}".format("", "x"), "{}".format("ab") == "ab", "".join(["", "", ""])))
show("incomplete", lambda: "abc %" % ())
show("bad char", lambda: "%d %y" % (1, 2))
show("no mapping", lambda: "%(a)s" % (1,))
show("missing key", lambda: "%(zz)s" % {"a": 1})
show("d of str", lambda: "%d" % "x")
show("f of str", lambda: "%f" % "x")
show("x of float", lambda: "%x" % 1.5)
show("c", lambda: "%c%c" % (65, "z"))
show("big", lambda: "%d|%x|%10d" % (10 ** 30, 10 ** 20, 10 ** 12))
show("float d", lambda: "%d %5i" % (3.99, -2.5))
show("empty", lambda: "" % ())
show("empty dict", lambda: "" % {})
show("unicode", lambda: "é%sü%d" % ("ß", 3))


class Money:
    def __str__(self):
        return "$5"

    def __repr__(self):
        return "Money()"

    def __format__(self, spec):
        return "M[" + spec + "]"


show("obj", lambda: "%s %r %10s|" % (Money(), Money(), Money()))


# ---- str.format
row = {"id": 12, "name": "alpha_12", "city": "Oslo", "amount": 441.52, "qty": 7}
show("row", lambda: "{id:>6} | {name:<14} | {city:^6} | {amount:>9.2f} | {qty:3d}".format(**row))
for spec in ["", ">6", "<6", "^7", "*^9", "0>5", "+", " ", "06", "x", "#x", "X", "o", "b", "#b",
             ",", "_", "_x", "08,", "e", ".2f", "%", "c", "n", "=+8", "s", ".3", "z", "+,d"]:
    for v in [0, 5, -1234567, 97]:
        show("int {:" + spec + "} " + repr(v), lambda: ("{:" + spec + "}").format(v))
for spec in ["", ">10", ".2f", "10.3f", "<10.1e", "^12.4g", "+.2%", ",.2f", "08.2f", "e", "g",
             ".0f", "#.0f", "z.1f", "n", "F", "G", "E", "=+10.2f", "x", "d", ",", "_.1f"]:
    for v in [0.0, -0.0, 3.14159, -1234.5678, 1e16, 1e-5, float("inf"), float("nan")]:
        show("float {:" + spec + "} " + repr(v), lambda: ("{:" + spec + "}").format(v))
for spec in ["", ">8", "<8", "^8", "*^9", ".2", "8.3", "s", "d", "+", "=8", "#", ",", "é>6"]:
    for v in ["", "ab", "héllo", "日本"]:
        show("str {:" + spec + "} " + repr(v), lambda: ("{:" + spec + "}").format(v))
show("bool", lambda: "{} {:d} {:>6} {:x}".format(True, False, True, True))
show("none", lambda: "{} {!r}".format(None, None))
show("none spec", lambda: "{:>5}".format(None))
show("obj", lambda: "{} {!r} {!s} {:abc}".format(Money(), Money(), Money(), Money()))
show("auto", lambda: "{} and {}".format("a", "b"))
show("index", lambda: "{1}{0}{1}".format("a", "b"))
show("attr", lambda: "{0.real} {0.imag}".format(3))
show("item", lambda: "{0[1]} {d[k]} {d[k]!r}".format([5, 6], d={"k": "v"}))
show("nested", lambda: "{:{w}.{p}f}|{x:>{w}}".format(3.14159, w=9, p=2, x="r"))
show("braces", lambda: "{{}} {{{}}} }}{{".format(1))
show("switch1", lambda: "{} {0}".format(1, 2))
show("switch2", lambda: "{0} {}".format(1, 2))
show("index range", lambda: "{5}".format(1))
show("auto range", lambda: "{} {} {}".format(1, 2))
show("missing kw", lambda: "{nope}".format(a=1))
show("single open", lambda: "x{".format())
show("single close", lambda: "x}y".format())
show("open after", lambda: "{} {".format(Money()))
show("bad conv", lambda: "{!x}".format(1))
show("bad spec", lambda: "{:q}".format(1))
show("bad spec2", lambda: "{:,s}".format("a"))
show("bad float", lambda: "{:d}".format(1.5))
show("prec int", lambda: "{:.2}".format(3))
show("sign str", lambda: "{:+}".format("s"))
show("c range", lambda: "{:c}".format(-1))
show("big", lambda: "{:,} {:>30} {:x}".format(10 ** 25, 10 ** 20, 2 ** 70))
show("format_map", lambda: "{a}-{b:03d}".format_map({"a": "x", "b": 7}))
show("format()", lambda: format(3.5, "08.3f") + format(42, "#x") + format("ab", "^6"))
t = "{0}{{{1}}}"
show("again1", lambda: t.format("p", "q"))
show("again2", lambda: t.format("r", "s"))
n = 5
x = 2.0 / 3
s = "héllo"
show("fstring", lambda: f"{n:>4}|{x:.3f}|{s:*^11}|{s!r:>10}|{n:#b}|{x:10.2e}|{n!s:>3}")

# ---- methods that may return self
base = "  alpha beta  "
for name, f in [("strip", lambda: base.strip()), ("nostrip", lambda: "ab".strip()),
                ("lstrip", lambda: base.lstrip()), ("rstrip", lambda: base.rstrip()),
                ("strip chars", lambda: "xxaxx".strip("x")),
                ("replace none", lambda: "abc".replace("z", "y")),
                ("replace", lambda: "a&b<c>".replace("&", "&amp;").replace("<", "&lt;")),
                ("replace count", lambda: "aaaa".replace("a", "b", 2)),
                ("replace neg", lambda: "aaaa".replace("a", "b", -1)),
                ("replace empty", lambda: "ab".replace("", "-")),
                ("replace empty2", lambda: "".replace("", "x")),
                ("replace to empty", lambda: "banana".replace("an", "")),
                ("replace uni", lambda: "héllo wörld".replace("ö", "o").replace("l", "ł")),
                ("split ws", lambda: "  a  b c  ".split()), ("split ws max", lambda: "  a  b c  ".split(None, 1)),
                ("split sep", lambda: "a,b,,c".split(",")), ("split max", lambda: "a,b,c".split(",", 1)),
                ("split kw", lambda: "a b c".split(maxsplit=1)), ("split kw2", lambda: "a-b".split(sep="-")),
                ("splitlines", lambda: "a\nb\r\nc\rd\x0be\x1cf\u2028g\n".splitlines()),
                ("splitlines keep", lambda: "a\nb\r\nc\r".splitlines(True)),
                ("splitlines kw", lambda: "a\n\nb".splitlines(keepends=True)),
                ("startswith", lambda: (base.startswith("  a"), base.startswith(("x", " ")), base.startswith("a", 2), base.startswith("", 20))),
                ("endswith", lambda: (base.endswith("  "), base.endswith("a", 0, 3), base.endswith(("q", "a  ")))),
                ("join list", lambda: ",".join(["a", "b", "c"])), ("join tuple", lambda: "-".join(("x", "y"))),
                ("join gen", lambda: "".join(c.upper() for c in "abc")), ("join empty", lambda: "x".join([])),
                ("join bad", lambda: ",".join(["a", 1])), ("join bad2", lambda: ",".join(("a", None))),
                ("find", lambda: (base.find("a"), base.find("a", 4), base.rfind("a"), base.count("a"), base.count("a", 0, 5))),
                ("title", lambda: "hello wORLD 3rd x".lower().title()),
                ("title2", lambda: "|".join(t.title() for t in ("", "a", "ABC def_ghi", "x1y2 z", "élan VITAL", "  0", "o'neil"))),
                ("rev", lambda: ("héllo"[::-1], "abc"[::-1], "日本語"[::-2], ""[::-1])),
                ("title3", lambda: [t.title() for t in ("ǆungla ǅ x", "ΣΑΣ ΟΔΟΣ", "straße ﬁne", "ⅷ ⓐbc", "ᾈ ᾀ")]),
                ("capitalize", lambda: [t.capitalize() for t in ("", "a", "ABC dEF", "ǆ ǅ", "ßa", "ΟΔΟΣ", "1abc")]),
                ("swapcase", lambda: [t.swapcase() for t in ("", "aB1", "ǅ ß", "ΣΑΣ", "İi")]),
                ("step slices", lambda: [s[a:b:c] for s in ("", "abcdefg", "héllo wörld", "日本語テキスト")
                                         for a in (None, 0, 2, -3, 50) for b in (None, 1, -2, 50)
                                         for c in (-1, 2, -2, 3, 9, -50, 2 ** 62, -2 ** 62)]),
                ("step slice bytes", lambda: (b"abcdef"[::-1], b"abcdef"[1::2], b"abcdef"[-1:0:-3], b"ab"[::2 ** 70])),
                ("step zero", lambda: "abc"[::0]),
                ("plain slices", lambda: [s[a:b] for s in ("", "abcdefg", "héllo", b"bytes")
                                          for a in (None, 0, 2, -3, 50, -50, True, -2 ** 63, 2 ** 63 - 1)
                                          for b in (None, 1, -2, 50, -50, False, -2 ** 63, 2 ** 63 - 1)]),
                ("big slices", lambda: ("abc"[-2 ** 70:2 ** 70], "abc"[2 ** 70:], b"ab"[:-2 ** 70])),
                ("bad slices", lambda: "abc"[1.5:]),
                ("step huge", lambda: ("abc"[::2 ** 70], "abc"[::-2 ** 70], "abc"[1:2:2 ** 63 - 1]))]:
    show(name, f)
show("same object strip", lambda: "ab".strip() is "ab".strip())
show("startswith bad", lambda: "a".startswith(1))
show("replace bad", lambda: "a".replace(1, "b"))
show("strip bad", lambda: "a".strip(1, 2))
show("split bad", lambda: "a".split(",", 1, 2))


class S(str):
    pass


u = S("  ab  ")
show("subclass strip", lambda: (type(u.strip()).__name__, type(S("ab").strip()).__name__, type(S("ab").replace("z", "y")).__name__))

# ---- conversions
for text in ["12345", " -17 ", "+3", "1_000", "0x10", "1__0", "", "٣", "12a", "99999999999999999999999"]:
    show("int " + repr(text), lambda: int(text))
for text in ["441.52", " -1e5 ", "1_0.5", "inf", "-nan", "1e", ".", "abc", "١.٥", "1e400"]:
    show("float " + repr(text), lambda: float(text))

for x in [441.52, 0.1, 1234.0, 1e15, 1e16, 123456789012345.6, 0.000123, 1e-5, 5e-324,
          1.7976931348623157e308, 2.0 ** 52, 2.0 ** 53 + 2, 9007199254740993.0, 0.3, 2 / 3,
          100.0, 1e22, 1e23, 12345678.9, -0.0, 4.35, 0.1 + 0.2]:
    print(repr(x), str(-x), "%s" % x, "{}".format(x), f"{x}")
show("str kw", lambda: str(object=5))
show("str bytes", lambda: str(b"ab", "utf-8"))
show("str none", lambda: str())
