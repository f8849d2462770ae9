"""traceback (application-level): print_exc, format_exc, print_exception, format_exception."""

import sys


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    if value is not None and isinstance(value, BaseException):
        exc = value
    return [sys._format_exception(exc, chain)]


def format_exc(limit=None, chain=True):
    exc = sys.exc_info()[1]
    if exc is None:
        return "NoneType: None\n"
    return sys._format_exception(exc, chain)


def print_exc(limit=None, file=None, chain=True):
    (file or sys.stderr).write(format_exc(limit, chain))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    (file or sys.stderr).write("".join(format_exception(exc, value, tb, limit, chain)))


def format_exception_only(exc, value=None):
    if value is not None and isinstance(value, BaseException):
        exc = value
    text = sys._format_exception(exc, False)
    lines = text.splitlines(True)
    if lines and lines[0].startswith("Traceback"):
        i = 1
        while i < len(lines) and lines[i].startswith(" "):
            i += 1
        lines = lines[i:]
    return lines
