"""json (application-level): dumps/loads/dump/load with CPython's default formatting."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.pos = pos


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or (ensure_ascii and ord(c) > 126):
            o = ord(c)
            if o > 0xffff:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xd800 | (o >> 10), 0xdc00 | (o & 0x3ff)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float_str(f):
    if f != f:
        return "NaN"
    if f == float("inf"):
        return "Infinity"
    if f == -float("inf"):
        return "-Infinity"
    return repr(f)


def _key_str(k):
    if isinstance(k, str):
        return k
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, float):
        return _float_str(k)
    if isinstance(k, int):
        return str(k)
    raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)


def _encode(obj, indent, level, item_sep, key_sep, sort_keys, ensure_ascii, default):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, str):
        return _encode_str(obj, ensure_ascii)
    if isinstance(obj, int):
        return str(int(obj))
    if isinstance(obj, float):
        return _float_str(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        parts = [_encode(x, indent, level + 1, item_sep, key_sep, sort_keys, ensure_ascii,
                         default) for x in obj]
        if indent is None:
            return "[" + item_sep.join(parts) + "]"
        pad = "\n" + indent * (level + 1)
        return "[" + pad + (item_sep + pad).join(parts) + "\n" + indent * level + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [(_key_str(k), v) for k, v in obj.items()]
        if sort_keys:
            items.sort(key=lambda kv: kv[0])
        parts = [_encode_str(k, ensure_ascii) + key_sep +
                 _encode(v, indent, level + 1, item_sep, key_sep, sort_keys, ensure_ascii,
                         default) for k, v in items]
        if indent is None:
            return "{" + item_sep.join(parts) + "}"
        pad = "\n" + indent * (level + 1)
        return "{" + pad + (item_sep + pad).join(parts) + "\n" + indent * level + "}"
    if default is not None:
        return _encode(default(obj), indent, level, item_sep, key_sep, sort_keys,
                       ensure_ascii, default)
    raise TypeError("Object of type %s is not JSON serializable" % type(obj).__name__)


def dumps(obj, *, indent=None, separators=None, sort_keys=False, ensure_ascii=True,
          default=None, **kw):
    if isinstance(indent, int):
        indent = " " * indent
    if separators is None:
        separators = (", ", ": ") if indent is None else (",", ": ")
    return _encode(obj, indent, 0, separators[0], separators[1], sort_keys, ensure_ascii,
                   default)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class _Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def ws(self):
        s = self.s
        while self.i < len(s) and s[self.i] in " \t\n\r":
            self.i += 1

    def fail(self, msg):
        raise JSONDecodeError(msg, self.s, self.i)

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.fail("Expecting value")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None),
                          ("NaN", float("nan")), ("Infinity", float("inf")),
                          ("-Infinity", -float("inf"))):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def number(self):
        s = self.s
        start = self.i
        if self.i < len(s) and s[self.i] == "-":
            self.i += 1
        while self.i < len(s) and s[self.i].isdigit():
            self.i += 1
        is_float = False
        if self.i < len(s) and s[self.i] == ".":
            is_float = True
            self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        if self.i < len(s) and s[self.i] in "eE":
            is_float = True
            self.i += 1
            if self.i < len(s) and s[self.i] in "+-":
                self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        text = s[start:self.i]
        if text in ("", "-"):
            self.i = start
            self.fail("Expecting value")
        return float(text) if is_float else int(text)

    def string(self):
        s = self.s
        self.i += 1
        out = []
        while True:
            if self.i >= len(s):
                self.fail("Unterminated string starting at")
            c = s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                e = s[self.i + 1]
                if e == "u":
                    code = int(s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xd800 <= code < 0xdc00 and s.startswith("\\u", self.i):
                        low = int(s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f",
                            "/": "/", "\\": "\\", '"': '"'}[e])
                self.i += 2
                continue
            out.append(c)
            self.i += 1

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            c = self.s[self.i] if self.i < len(self.s) else ""
            self.i += 1
            if c == "]":
                return result
            if c != ",":
                self.i -= 1
                self.fail("Expecting ',' delimiter")

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != '"':
                self.fail("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != ":":
                self.fail("Expecting ':' delimiter")
            self.i += 1
            result[key] = self.value()
            self.ws()
            c = self.s[self.i] if self.i < len(self.s) else ""
            self.i += 1
            if c == "}":
                return result
            if c != ",":
                self.i -= 1
                self.fail("Expecting ',' delimiter")


def loads(s, **kw):
    p = _Parser(s)
    value = p.value()
    p.ws()
    if p.i != len(s):
        p.fail("Extra data")
    return value


def load(fp, **kw):
    return loads(fp.read())
