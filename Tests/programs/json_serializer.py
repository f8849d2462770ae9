import sys

# A JSON serializer and parser for a small value hierarchy: escaping, nesting, indentation,
# a round trip through the parser, and error positions for malformed input.

class JValue(object):
    def dump(self, indent, level):
        raise NotImplementedError


class JNull(JValue):
    def dump(self, indent, level):
        return "null"


class JBool(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, indent, level):
        return "true" if self.value else "false"


class JNum(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, indent, level):
        if self.value == float(int(self.value)):
            return str(int(self.value))
        return repr(self.value)


class JStr(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, indent, level):
        return quote(self.value)


class JList(JValue):
    def __init__(self, items):
        self.items = items

    def dump(self, indent, level):
        if not self.items:
            return "[]"
        pad = "\n" + " " * (indent * (level + 1)) if indent else ""
        end = "\n" + " " * (indent * level) if indent else ""
        sep = "," if indent else ", "
        return "[" + sep.join([pad + v.dump(indent, level + 1) for v in self.items]) + end + "]"


class JObj(JValue):
    def __init__(self):
        self.keys = []
        self.values = {}

    def put(self, k, v):
        if k not in self.values:
            self.keys.append(k)
        self.values[k] = v

    def dump(self, indent, level):
        if not self.keys:
            return "{}"
        pad = "\n" + " " * (indent * (level + 1)) if indent else ""
        end = "\n" + " " * (indent * level) if indent else ""
        sep = "," if indent else ", "
        parts = [pad + quote(k) + ": " + self.values[k].dump(indent, level + 1) for k in self.keys]
        return "{" + sep.join(parts) + end + "}"


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    out = ['"']
    for c in s:
        if c in ESCAPES:
            out.append(ESCAPES[c])
        elif ord(c) < 32:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


class JSONError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t\r":
            self.pos += 1

    def peek(self):
        self.skip()
        if self.pos >= len(self.text):
            raise JSONError("unexpected end", self.pos)
        return self.text[self.pos]

    def expect(self, c):
        if self.peek() != c:
            raise JSONError("expected " + c, self.pos)
        self.pos += 1

    def parse(self):
        c = self.peek()
        if c == "{":
            self.pos += 1
            obj = JObj()
            if self.peek() == "}":
                self.pos += 1
                return obj
            while True:
                k = self.parse_string()
                self.expect(":")
                obj.put(k, self.parse())
                if self.peek() == ",":
                    self.pos += 1
                    continue
                self.expect("}")
                return obj
        if c == "[":
            self.pos += 1
            items = []
            if self.peek() == "]":
                self.pos += 1
                return JList(items)
            while True:
                items.append(self.parse())
                if self.peek() == ",":
                    self.pos += 1
                    continue
                self.expect("]")
                return JList(items)
        if c == '"':
            return JStr(self.parse_string())
        for word in ["true", "false", "null"]:
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                if word == "null":
                    return JNull()
                return JBool(word == "true")
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        if start == self.pos:
            raise JSONError("unexpected " + repr(c), start)
        try:
            return JNum(float(self.text[start:self.pos]))
        except ValueError:
            raise JSONError("bad number", start)

    def parse_string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                raise JSONError("unterminated string", self.pos)
            c = self.text[self.pos]
            self.pos += 1
            if c == '"':
                return "".join(out)
            if c == "\\":
                e = self.text[self.pos]
                self.pos += 1
                if e == "n":
                    out.append("\n")
                elif e == "t":
                    out.append("\t")
                elif e == "u":
                    out.append(chr(hex_value(self.text[self.pos:self.pos + 4])))
                    self.pos += 4
                else:
                    out.append(e)
            else:
                out.append(c)


def hex_value(s):
    n = 0
    for c in s.lower():
        n = n * 16 + "0123456789abcdef".index(c)
    return n


def entry_point(argv):
    doc = JObj()
    doc.put("name", JStr('Widget "Pro"\tv2'))
    doc.put("price", JNum(19.99))
    doc.put("count", JNum(3.0))
    doc.put("tags", JList([JStr("a"), JStr("ñ\n"), JList([]), JObj()]))
    doc.put("active", JBool(True))
    doc.put("owner", JNull())
    text = doc.dump(2, 0)
    print(text)
    compact = doc.dump(0, 0)
    print(compact)
    again = Parser(text).parse().dump(0, 0)
    print(again == compact)
    for bad in ['{"a": }', '[1, 2', '"abc', '{"k" 1}', '[tru]', '-']:
        try:
            Parser(bad).parse()
            print("parsed?", bad)
        except JSONError as e:
            print("error at %d: %s" % (e.pos, e.msg))
    print(Parser('"\\u00e9\\u65e5x"').parse().dump(0, 0))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
