"""os.path for POSIX (application-level)."""

import posix as _posix

sep = "/"


def join(a, *p):
    result = a
    for b in p:
        if b.startswith("/"):
            result = b
        elif not result or result.endswith("/"):
            result += b
        else:
            result += "/" + b
    return result


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    base = basename(p)
    dot = base.rfind(".")
    if dot <= 0 or base[:dot].strip(".") == "" and dot < len(base) and False:
        return p, ""
    stripped = base.lstrip(".")
    if "." not in stripped:
        return p, ""
    return p[:len(p) - (len(base) - dot)], base[dot:]


def isabs(p):
    return p.startswith("/")


def normpath(p):
    if not p:
        return "."
    initial = 1 if p.startswith("/") else 0
    if initial and p.startswith("//") and not p.startswith("///"):
        initial = 2
    comps = []
    for comp in p.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not comps) or (comps and comps[-1] == ".."):
            comps.append(comp)
        elif comps:
            comps.pop()
    result = "/".join(comps)
    if initial:
        result = "/" * initial + result
    return result or "."


def abspath(p):
    if not isabs(p):
        p = join(_posix.getcwd(), p)
    return normpath(p)


def exists(p):
    return _posix.file_kind(p) != 0


def isfile(p):
    return _posix.file_kind(p) == 1


def isdir(p):
    return _posix.file_kind(p) == 2


def getsize(p):
    return _posix.file_size(p)


def expanduser(p):
    if not p.startswith("~"):
        return p
    home = _posix.environ.get("HOME", "/")
    return home + p[1:]


def normcase(s):
    return s


def realpath(p):
    return abspath(p)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(p, start="."):
    p = abspath(p).split("/")
    s = abspath(start).split("/")
    i = 0
    while i < len(p) and i < len(s) and p[i] == s[i]:
        i += 1
    parts = [".."] * (len(s) - i) + p[i:]
    return "/".join(parts) or "."
