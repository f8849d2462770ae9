"""re (application-level): a regular expression engine for the common syntax, run as a Pike
VM (no recursion per character, leftmost-first like CPython's backtracking). Supports groups
(named, non-capturing), alternation, greedy and lazy quantifiers, classes, anchors, \\b, and
the flags I, M, S, X. Backreferences and lookarounds are not supported."""

I = IGNORECASE = 2
M = MULTILINE = 8
S = DOTALL = 16
X = VERBOSE = 64
A = ASCII = 256
U = UNICODE = 32


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg if pos is None else "%s at position %d" % (msg, pos))
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


_DIGITS = "0123456789"
_SPACES = " \t\n\r\f\v"


def _is_word(c):
    return c.isalnum() or c == "_"


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            raise error("unbalanced parenthesis", self.p, self.i)
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def sequence(self):
        items = []
        while self.i < len(self.p) and self.peek() not in "|)":
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.quantifier(atom))
        return ("seq", items)

    def quantifier(self, atom):
        c = self.peek()
        lo = hi = None
        if c == "*":
            lo, hi = 0, -1
            self.i += 1
        elif c == "+":
            lo, hi = 1, -1
            self.i += 1
        elif c == "?":
            lo, hi = 0, 1
            self.i += 1
        elif c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else ""
            parts = body.split(",")
            if j > 0 and len(parts) <= 2 and all(x.strip().isdigit() or x.strip() == ""
                                                  for x in parts) and body.strip() != "":
                if len(parts) == 1:
                    lo = hi = int(parts[0])
                else:
                    lo = int(parts[0]) if parts[0].strip() else 0
                    hi = int(parts[1]) if parts[1].strip() else -1
                self.i = j + 1
            else:
                return atom
        else:
            return atom
        greedy = True
        if self.peek() == "?":
            greedy = False
            self.i += 1
        elif self.peek() == "+":
            self.i += 1
        if self.peek() in ("*", "+", "?") and self.peek() != "":
            raise error("multiple repeat", self.p, self.i)
        return ("rep", atom, lo, hi, greedy)

    def atom(self):
        c = self.p[self.i]
        if self.flags & X:
            if c in _SPACES:
                self.i += 1
                return None
            if c == "#":
                while self.i < len(self.p) and self.p[self.i] != "\n":
                    self.i += 1
                return None
        if c == "(":
            return self.group()
        if c == "[":
            return self.charclass()
        if c == ".":
            self.i += 1
            return ("any",)
        if c == "^":
            self.i += 1
            return ("bol",)
        if c == "$":
            self.i += 1
            return ("eol",)
        if c == "\\":
            return self.escape(False)
        if c in "*+?":
            raise error("nothing to repeat", self.p, self.i)
        self.i += 1
        return ("char", c)

    def group(self):
        self.i += 1
        capture = True
        name = None
        if self.p.startswith("?:", self.i):
            capture = False
            self.i += 2
        elif self.p.startswith("?P<", self.i):
            j = self.p.index(">", self.i)
            name = self.p[self.i + 3:j]
            self.i = j + 1
        elif self.p.startswith("?", self.i):
            j = self.i + 1
            flags = 0
            while j < len(self.p) and self.p[j] in "imsxau":
                flags |= {"i": I, "m": M, "s": S, "x": X, "a": A, "u": U}[self.p[j]]
                j += 1
            if j < len(self.p) and self.p[j] == ")":
                self.flags |= flags
                self.i = j + 1
                return None
            if j < len(self.p) and self.p[j] == ":":
                # scoped flags: applied to the whole pattern (an approximation)
                self.flags |= flags
                self.i = j + 1
                node = self.alternation()
                if self.peek() != ")":
                    raise error("missing ), unterminated subpattern", self.p, self.i)
                self.i += 1
                return node
            raise error("unsupported group syntax", self.p, self.i)
        index = 0
        if capture:
            self.ngroups += 1
            index = self.ngroups
            if name is not None:
                self.names[name] = index
        node = self.alternation()
        if self.peek() != ")":
            raise error("missing ), unterminated subpattern", self.p, self.i)
        self.i += 1
        if capture:
            return ("group", index, node)
        return node

    def escape(self, in_class):
        self.i += 1
        if self.i >= len(self.p):
            raise error("bad escape (end of pattern)", self.p, self.i - 1)
        c = self.p[self.i]
        self.i += 1
        if c == "d":
            return ("cls", [("digit",)], False)
        if c == "D":
            return ("cls", [("digit",)], True)
        if c == "w":
            return ("cls", [("word",)], False)
        if c == "W":
            return ("cls", [("word",)], True)
        if c == "s":
            return ("cls", [("space",)], False)
        if c == "S":
            return ("cls", [("space",)], True)
        if not in_class:
            if c == "b":
                return ("wordb",)
            if c == "B":
                return ("nwordb",)
            if c == "A":
                return ("bos",)
            if c == "Z":
                return ("eos",)
            if c.isdigit():
                raise error("backreferences are not supported", self.p, self.i)
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}
        if c in simple:
            return ("char", simple[c])
        if c == "b" and in_class:
            return ("char", "\b")
        if c == "x":
            h = self.p[self.i:self.i + 2]
            self.i += 2
            return ("char", chr(int(h, 16)))
        if c == "u":
            h = self.p[self.i:self.i + 4]
            self.i += 4
            return ("char", chr(int(h, 16)))
        if c.isalnum():
            raise error("bad escape \\" + c, self.p, self.i - 2)
        return ("char", c)

    def charclass(self):
        self.i += 1
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                raise error("unterminated character set", self.p, self.i)
            c = self.p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "\\":
                e = self.escape(True)
                if e[0] == "cls":
                    if e[2]:
                        items.append(("not", e[1]))
                    else:
                        items.extend(e[1])
                    continue
                lo = e[1]
            else:
                lo = c
                self.i += 1
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.i += 1
                if self.p[self.i] == "\\":
                    hi = self.escape(True)[1]
                else:
                    hi = self.p[self.i]
                    self.i += 1
                items.append(("range", lo, hi))
            else:
                items.append(("range", lo, lo))
        return ("cls", items, negate)


def _class_match(items, c, icase):
    for it in items:
        k = it[0]
        if k == "range":
            if it[1] <= c <= it[2]:
                return True
            if icase and (it[1] <= c.lower() <= it[2] or it[1] <= c.upper() <= it[2]):
                return True
        elif k == "digit":
            if c.isdigit():
                return True
        elif k == "word":
            if _is_word(c):
                return True
        elif k == "space":
            if c.isspace():
                return True
        elif k == "not":
            if not _class_match(it[1], c, icase):
                return True
    return False


class _Compiler:
    """AST -> instructions: CHAR c, ANY, CLS items negate, SPLIT a b, JMP a, SAVE n,
    ASSERT kind, MATCH."""

    def __init__(self):
        self.prog = []

    def emit(self, *ins):
        self.prog.append(list(ins))
        return len(self.prog) - 1

    def comp(self, node):
        k = node[0]
        if k == "seq":
            for n in node[1]:
                self.comp(n)
        elif k == "alt":
            jumps = []
            branches = node[1]
            for idx, b in enumerate(branches):
                if idx < len(branches) - 1:
                    split = self.emit("SPLIT", 0, 0)
                    self.prog[split][1] = len(self.prog)
                    self.comp(b)
                    jumps.append(self.emit("JMP", 0))
                    self.prog[split][2] = len(self.prog)
                else:
                    self.comp(b)
            for j in jumps:
                self.prog[j][1] = len(self.prog)
        elif k == "char":
            self.emit("CHAR", node[1])
        elif k == "any":
            self.emit("ANY")
        elif k == "cls":
            self.emit("CLS", node[1], node[2])
        elif k == "group":
            self.emit("SAVE", 2 * node[1])
            self.comp(node[2])
            self.emit("SAVE", 2 * node[1] + 1)
        elif k == "rep":
            self.rep(node[1], node[2], node[3], node[4])
        else:
            self.emit("ASSERT", k)

    def rep(self, atom, lo, hi, greedy):
        for _ in range(lo):
            self.comp(atom)
        if hi == -1:
            split = self.emit("SPLIT", 0, 0)
            start = len(self.prog)
            self.comp(atom)
            self.emit("JMP", split)
            end = len(self.prog)
            self.prog[split][1:] = [start, end] if greedy else [end, start]
        else:
            splits = []
            for _ in range(hi - lo):
                split = self.emit("SPLIT", 0, 0)
                splits.append(split)
                self.prog[split][1] = len(self.prog)
                self.comp(atom)
            end = len(self.prog)
            for split in splits:
                start = split + 1
                self.prog[split][1:] = [start, end] if greedy else [end, start]


class Match:
    def __init__(self, pattern, string, saves, pos, endpos):
        self.re = pattern
        self.string = string
        self._saves = saves
        self.pos = pos
        self.endpos = endpos
        last = None
        for g in range(1, pattern.groups + 1):
            if saves[2 * g + 1] is not None and saves[2 * g] is not None:
                last = g
        self.lastindex = last

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        result = []
        for g in groups:
            i = self._index(g)
            s, e = self._saves[2 * i], self._saves[2 * i + 1]
            result.append(None if s is None or e is None else self.string[s:e])
        return result[0] if len(result) == 1 else tuple(result)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if x is None else x for x in
                     (self.group(i) for i in range(1, self.re.groups + 1)))

    def groupdict(self, default=None):
        return {name: (self.group(i) if self.group(i) is not None else default)
                for name, i in self.re.groupindex.items()}

    def start(self, g=0):
        s = self._saves[2 * self._index(g)]
        return -1 if s is None else s

    def end(self, g=0):
        e = self._saves[2 * self._index(g) + 1]
        return -1 if e is None else e

    def span(self, g=0):
        return (self.start(g), self.end(g))

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))


class Pattern:
    def __init__(self, pattern, flags):
        p = _Parser(pattern, flags)
        ast = p.parse()
        self.pattern = pattern
        self.flags = p.flags
        self.groups = p.ngroups
        self.groupindex = dict(p.names)
        c = _Compiler()
        c.emit("SAVE", 0)
        c.comp(ast)
        c.emit("SAVE", 1)
        c.emit("MATCH")
        self._prog = c.prog

    def __repr__(self):
        return "re.compile(%r)" % (self.pattern,)

    def _assert(self, kind, s, i):
        n = len(s)
        if kind == "bol":
            return i == 0 or (self.flags & M and s[i - 1] == "\n")
        if kind == "eol":
            if self.flags & M:
                return i == n or s[i] == "\n"
            return i == n or (i == n - 1 and s[i] == "\n")
        if kind == "bos":
            return i == 0
        if kind == "eos":
            return i == n
        before = i > 0 and _is_word(s[i - 1])
        after = i < n and _is_word(s[i])
        if kind == "wordb":
            return before != after
        return before == after

    def _add(self, lst, seen, pc, saves, s, i):
        if pc in seen:
            return
        seen.add(pc)
        ins = self._prog[pc]
        op = ins[0]
        if op == "JMP":
            self._add(lst, seen, ins[1], saves, s, i)
        elif op == "SPLIT":
            self._add(lst, seen, ins[1], saves, s, i)
            self._add(lst, seen, ins[2], saves, s, i)
        elif op == "SAVE":
            new = list(saves)
            new[ins[1]] = i
            self._add(lst, seen, pc + 1, new, s, i)
        elif op == "ASSERT":
            if self._assert(ins[1], s, i):
                self._add(lst, seen, pc + 1, saves, s, i)
        else:
            lst.append((pc, saves))

    def _run(self, s, pos, endpos, anchored, full):
        """Pike VM: leftmost-first match starting at or after pos."""
        icase = self.flags & I
        dotall = self.flags & S
        nsaves = 2 * (self.groups + 1)
        clist = []
        matched = None
        i = pos
        while True:
            if matched is None and (not anchored or i == pos):
                self._add(clist, set(p for p, _ in clist), 0, [None] * nsaves, s, i)
            if not clist:
                if anchored or matched is not None or i >= endpos:
                    break
                i += 1
                continue
            nlist = []
            seen = set()
            c = s[i] if i < endpos else None
            for pc, saves in clist:
                ins = self._prog[pc]
                op = ins[0]
                if op == "MATCH":
                    if full and i != endpos:
                        continue
                    matched = saves
                    break
                if c is None:
                    continue
                if op == "CHAR":
                    ok = ins[1] == c or (icase and ins[1].lower() == c.lower())
                elif op == "ANY":
                    ok = dotall or c != "\n"
                else:
                    ok = _class_match(ins[1], c, icase) != ins[2]
                if ok:
                    self._add(nlist, seen, pc + 1, saves, s, i + 1)
            if c is None:
                break
            clist = nlist
            i += 1
            if not clist and matched is not None:
                break
        return matched

    def _match_obj(self, s, pos, endpos, anchored, full):
        if endpos is None or endpos > len(s):
            endpos = len(s)
        saves = self._run(s, pos, endpos, anchored, full)
        if saves is None:
            return None
        return Match(self, s, saves, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._match_obj(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match_obj(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=None):
        return self._match_obj(string, pos, endpos, False, False)

    def finditer(self, string, pos=0, endpos=None):
        if endpos is None:
            endpos = len(string)
        while pos <= endpos:
            m = self._match_obj(string, pos, endpos, False, False)
            if m is None:
                return
            yield m
            if m.end() == m.start():
                pos = m.end() + 1
            else:
                pos = m.end()

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                result.append(m.group(1) or "")
            else:
                result.append(tuple(g or "" for g in m.groups()))
        return result

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(repl(m) if callable(repl) else _expand(m, repl))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            if m.end() == m.start() and m.start() == 0 and False:
                continue
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out


def _expand(m, template):
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c == "\\" and i + 1 < len(template):
            d = template[i + 1]
            if d.isdigit():
                j = i + 1
                while j < len(template) and template[j].isdigit() and j < i + 3:
                    j += 1
                out.append(m.group(int(template[i + 1:j])) or "")
                i = j
                continue
            if d == "g" and template.startswith("<", i + 2):
                j = template.index(">", i)
                name = template[i + 3:j]
                out.append(m.group(int(name) if name.isdigit() else name) or "")
                i = j + 1
                continue
            simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
            if d in simple:
                out.append(simple[d])
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        _cache[key] = p
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    return "".join("\\" + c if not (c.isalnum() or c == "_") and ord(c) < 128 else c
                   for c in pattern)


def purge():
    _cache.clear()
