import re
tests = [
    (r"\d+", "abc 123 def 45"), (r"[a-z]+", "Hello World"), (r"(\w+)@(\w+)\.com", "mail bob@site.com now"),
    (r"^\s*#", "   # comment"), (r"colou?r", "my colour and color"), (r"a.c", "abc a\nc axc"),
    (r"(?P<year>\d{4})-(?P<month>\d{2})", "date 2024-05-17"), (r"\bcat\b", "concat cat category"),
    (r"x*", "xxay"), (r"(a|b)+", "ccabbac"), (r"<.+?>", "<a><b>"), (r"<.+>", "<a><b>"),
    (r"[^aeiou\s]+", "hello world"), (r"\$\d+(\.\d\d)?", "cost $45.99 or $3"), (r"(\d)(\d)?", "1 23"),
    (r"^$", ""), (r"[A-Z][a-z]*", "Alice and Bob"), (r"(?i)hello", "HeLLo"), (r"a{2,3}", "aaaa a aa"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), m.group(0) if m else None, m.span() if m else None, m.groups() if m else None,
          re.findall(pat, s))
print(re.match(r"\d+", "42abc").group(), re.match(r"\d+", "abc"), re.fullmatch(r"\w+", "abc_1"))
m = re.search(r"(?P<k>\w+)=(?P<v>\w+)", "x key=val y")
print(m.group("k"), m["v"], m.groupdict(), m.start(2), m.end(), m)
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@site"))
print(re.sub(r"\d", lambda mm: str(int(mm.group()) * 2), "a1b2c3"), re.subn("a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"\s", "a b c", 1))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.escape("a.b*c"))
p = re.compile(r"(\d+)-(\d+)", re.I)
print(p.findall("10-20 30-40"), p.pattern, p.groups, bool(p.match("1-2")))
print(re.findall(r"^\w+", "one two\nthree four", re.M), re.findall(r"\w+$", "ab cd\nef", re.M))
print(re.search(r"a.b", "a\nb", re.S).group() == "a\nb", re.sub(r"(?m)^", "> ", "l1\nl2"))
