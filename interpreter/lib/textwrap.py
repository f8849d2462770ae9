"""textwrap (application-level): wrap, fill, shorten, dedent, indent."""


def wrap(text, width=70, initial_indent="", subsequent_indent="", break_long_words=True):
    words = text.split()
    lines = []
    current = initial_indent
    empty = True
    for w in words:
        prefix = initial_indent if not lines else subsequent_indent
        if empty:
            candidate = prefix + w
        else:
            candidate = current + " " + w
        if len(candidate) <= width or empty:
            if empty and len(candidate) > width and break_long_words:
                while len(prefix + w) > width:
                    cut = width - len(prefix)
                    lines.append(prefix + w[:cut])
                    w = w[cut:]
                    prefix = subsequent_indent
                candidate = prefix + w
            current = candidate
            empty = False
        else:
            lines.append(current)
            current = subsequent_indent + w
            empty = False
    if not empty:
        lines.append(current)
    return lines


def fill(text, width=70, **kwargs):
    return "\n".join(wrap(text, width, **kwargs))


def shorten(text, width, placeholder=" [...]"):
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ""
    for w in words:
        candidate = (out + " " + w) if out else w
        if len(candidate) + len(placeholder) > width:
            break
        out = candidate
    return (out + placeholder).strip() if out else placeholder.strip()


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip()
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            i = 0
            while i < len(margin) and i < len(indent) and margin[i] == indent[i]:
                i += 1
            margin = margin[:i]
    if not margin:
        return "\n".join(l if l.strip() else "" for l in lines)
    return "\n".join(l[len(margin):] if l.strip() else "" for l in lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = lambda line: line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
