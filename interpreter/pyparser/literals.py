"""Literal decoding for the parser: numbers, string/bytes escapes, adjacent-string concatenation
and f-strings (split into JoinedStr / FormattedValue nodes)."""

from pyparser.error import SyntaxErr
from astcompiler import astnodes as ast
from rlib.rarithmetic import ovfcheck


def digit_value(c):
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "z":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    return 99


def parse_number(tok):
    s = tok.value
    low = s.lower()
    if low.endswith("j"):
        node = ast.Constant(ast.K_COMPLEX)
        node.floatval = float(low[:-1].replace("_", ""))
        return node
    base = 10
    digits = low
    if low.startswith("0x"):
        base = 16
        digits = low[2:]
    elif low.startswith("0o"):
        base = 8
        digits = low[2:]
    elif low.startswith("0b"):
        base = 2
        digits = low[2:]
    elif "." in low or "e" in low:
        node = ast.Constant(ast.K_FLOAT)
        node.floatval = float(low.replace("_", ""))
        return node
    if digits.startswith("_"):
        digits = digits[1:]
    if digits == "" or digits.endswith("_") or "__" in digits:
        raise SyntaxErr("invalid %s literal" % base_name(base), tok.lineno, tok.col + 1)
    digits = digits.replace("_", "")
    if base == 10 and len(digits) > 1 and digits[0] == "0":
        for c in digits:
            if c != "0":
                raise SyntaxErr("leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers", tok.lineno, tok.col + 1)
    value = 0
    try:
        for c in digits:
            d = digit_value(c)
            if d >= base:
                raise SyntaxErr("invalid digit '%s' in %s literal" % (c, base_name(base)),
                                tok.lineno, tok.col + 1)
            value = ovfcheck(value * base)
            value = ovfcheck(value + d)
    except OverflowError:
        node = ast.Constant(ast.K_BIGINT)
        node.strval = digits
        node.intval = base
        return node
    node = ast.Constant(ast.K_INT)
    node.intval = value
    return node


def base_name(base):
    if base == 16:
        return "hexadecimal"
    if base == 8:
        return "octal"
    if base == 2:
        return "binary"
    return "decimal"


def split_prefix(value):
    i = 0
    while value[i] != "'" and value[i] != '"':
        i += 1
    prefix = value[:i].lower()
    q = value[i]
    if value[i:i + 3] == q + q + q and len(value) - i >= 6:
        body = value[i + 3:len(value) - 3]
    else:
        body = value[i + 1:len(value) - 1]
    return prefix, body


def decode_escapes(s, is_bytes, tok):
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            if is_bytes and ord(c) >= 128:
                raise SyntaxErr("bytes can only contain ASCII literal characters",
                                tok.lineno, tok.col + 1)
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            out.append("\\")
            break
        c = s[i]
        i += 1
        if c == "\n":
            continue
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "r":
            out.append("\r")
        elif c == "\\":
            out.append("\\")
        elif c == "'":
            out.append("'")
        elif c == '"':
            out.append('"')
        elif c == "a":
            out.append("\x07")
        elif c == "b":
            out.append("\x08")
        elif c == "f":
            out.append("\x0c")
        elif c == "v":
            out.append("\x0b")
        elif "0" <= c <= "7":
            v = digit_value(c)
            k = 0
            while k < 2 and i < n and "0" <= s[i] <= "7":
                v = v * 8 + digit_value(s[i])
                i += 1
                k += 1
            out.append(chr(v))
        elif c == "x" or ((c == "u" or c == "U") and not is_bytes):
            count = 2
            if c == "u":
                count = 4
            elif c == "U":
                count = 8
            v = 0
            for k in range(count):
                if i >= n or digit_value(s[i]) >= 16:
                    if c == "x":
                        what = "\\xXX"
                    else:
                        what = "\\uXXXX"
                        if c == "U":
                            what = "\\UXXXXXXXX"
                    raise SyntaxErr("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                    "truncated %s escape" % what, tok.lineno, tok.col + 1)
                v = v * 16 + digit_value(s[i])
                i += 1
            out.append(chr(v))
        elif c == "N" and not is_bytes and i < n and s[i] == "{":
            j = s.find("}", i)
            name = s[i + 1:j]
            i = j + 1
            out.append(unicode_name(name))
        else:
            out.append("\\")
            out.append(c)
    return "".join(out)


NAMED_CHARS = {"BULLET": "\u2022", "EM DASH": "\u2014", "EN DASH": "\u2013",
               "GREEK SMALL LETTER ALPHA": "\u03b1", "GREEK SMALL LETTER BETA": "\u03b2",
               "GREEK SMALL LETTER PI": "\u03c0", "SNOWMAN": "\u2603",
               "LATIN SMALL LETTER E WITH ACUTE": "\u00e9", "NO-BREAK SPACE": "\u00a0",
               "SPACE": " ", "DEGREE SIGN": "\u00b0", "HORIZONTAL ELLIPSIS": "\u2026"}


def unicode_name(name):
    if name.upper() in NAMED_CHARS:
        return NAMED_CHARS[name.upper()]
    return "?"


def parse_strings(toks, filename, subparse):
    """Adjacent string tokens -> Constant (str or bytes) or JoinedStr."""
    is_bytes = False
    has_f = False
    first = True
    for tok in toks:
        prefix, body = split_prefix(tok.value)
        b = "b" in prefix
        if first:
            is_bytes = b
            first = False
        elif b != is_bytes:
            raise SyntaxErr("cannot mix bytes and nonbytes literals", toks[0].lineno,
                            toks[0].col + 1)
        if "f" in prefix:
            has_f = True
    if not has_f:
        parts = []
        for tok in toks:
            prefix, body = split_prefix(tok.value)
            if "r" in prefix:
                parts.append(body)
            else:
                parts.append(decode_escapes(body, is_bytes, tok))
        if is_bytes:
            node = ast.Constant(ast.K_BYTES)
        else:
            node = ast.Constant(ast.K_STR)
        node.strval = "".join(parts)
        return node
    values = []
    pending = []
    for tok in toks:
        prefix, body = split_prefix(tok.value)
        raw = "r" in prefix
        if "f" not in prefix:
            if raw:
                pending.append(body)
            else:
                pending.append(decode_escapes(body, False, tok))
            continue
        parse_fstring_body(body, raw, tok, filename, values, pending, subparse)
    flush_pending(values, pending)
    return ast.JoinedStr(values)


def flush_pending(values, pending):
    if len(pending) > 0:
        s = "".join(pending)
        del pending[:]
        if s != "":
            c = ast.Constant(ast.K_STR)
            c.strval = s
            values.append(c)


def parse_fstring_body(body, raw, tok, filename, values, pending, subparse):
    """subparse(text, filename, lineno, col) parses a replacement field's expression."""
    i = 0
    n = len(body)
    lit_start = 0
    while i < n:
        c = body[i]
        if c == "{":
            if i + 1 < n and body[i + 1] == "{":
                add_literal(body[lit_start:i + 1], raw, tok, pending)
                i += 2
                lit_start = i
                continue
            add_literal(body[lit_start:i], raw, tok, pending)
            # find the end of the expression
            j = i + 1
            depth = 0
            quote = ""
            while j < n:
                d = body[j]
                if quote != "":
                    if d == quote[0]:
                        if len(quote) == 3:
                            if body[j:j + 3] == quote:
                                quote = ""
                                j += 3
                                continue
                        else:
                            quote = ""
                    j += 1
                    continue
                if d == "'" or d == '"':
                    if body[j:j + 3] == d + d + d:
                        quote = d + d + d
                        j += 3
                        continue
                    quote = d
                elif d == "(" or d == "[" or d == "{":
                    depth += 1
                elif d == ")" or d == "]" or d == "}":
                    if depth == 0:
                        break
                    depth -= 1
                elif depth == 0 and (d == "!" or d == ":") and body[j:j + 2] != "!=":
                    break
                j += 1
            expr_text = body[i + 1:j]
            if expr_text.strip() == "":
                raise SyntaxErr("f-string: empty expression not allowed", tok.lineno,
                                tok.col + 1)
            debug_text = ""
            stripped = expr_text.rstrip()
            if stripped.endswith("=") and not stripped.endswith("==") and \
                    not stripped.endswith("!=") and not stripped.endswith("<=") and \
                    not stripped.endswith(">="):
                debug_text = expr_text
                expr_text = stripped[:-1]
            expr = subparse(expr_text, filename, tok.lineno, tok.col)
            conversion = -1
            if debug_text != "":
                pending.append(debug_text)
                conversion = ord("r")
            spec = None
            if j < n and body[j] == "!":
                if j + 1 >= n:
                    raise SyntaxErr("f-string: expecting '}'", tok.lineno, tok.col + 1)
                conv = body[j + 1]
                if conv != "s" and conv != "r" and conv != "a":
                    raise SyntaxErr("f-string: invalid conversion character: expected 's', "
                                    "'r', or 'a'", tok.lineno, tok.col + 1)
                conversion = ord(conv)
                j += 2
            if j < n and body[j] == ":":
                # format spec up to the matching '}' (may contain nested fields)
                k = j + 1
                depth = 0
                while k < n:
                    if body[k] == "{":
                        depth += 1
                    elif body[k] == "}":
                        if depth == 0:
                            break
                        depth -= 1
                    k += 1
                spec_values = []
                spec_pending = []
                parse_fstring_body(body[j + 1:k], raw, tok, filename, spec_values,
                                   spec_pending, subparse)
                flush_pending(spec_values, spec_pending)
                spec = ast.JoinedStr(spec_values)
                j = k
                if debug_text != "" and conversion == ord("r"):
                    conversion = -1
            if j >= n or body[j] != "}":
                raise SyntaxErr("f-string: expecting '}'", tok.lineno, tok.col + 1)
            flush_pending(values, pending)
            fv = ast.FormattedValue(expr, conversion, spec)
            fv.lineno = tok.lineno
            fv.col_offset = tok.col
            values.append(fv)
            i = j + 1
            lit_start = i
            continue
        if c == "}":
            if i + 1 < n and body[i + 1] == "}":
                add_literal(body[lit_start:i + 1], raw, tok, pending)
                i += 2
                lit_start = i
                continue
            raise SyntaxErr("f-string: single '}' is not allowed", tok.lineno, tok.col + 1)
        i += 1
    add_literal(body[lit_start:n], raw, tok, pending)


def add_literal(s, raw, tok, pending):
    if s == "":
        return
    if raw:
        pending.append(s)
    else:
        pending.append(decode_escapes(s, False, tok))
