"""Printing uncaught exceptions like CPython 3.11: chained exceptions, `Traceback (most recent
call last):`, each frame's file/line/name, the source line with position carets, and the final
`Type: message` line; SyntaxErrors get their own caret display."""

from objspace.model import W_StrObject, W_IntObject
from objspace.typeobject import W_ExceptionObject, W_Traceback
from objspace.error import OperationError
from objspace.function import Arguments
from objspace import strformat
from astcompiler import astnodes as ast
from pyparser.parser import parse_source
from pyparser.error import SyntaxErr
from interp import suggestions
from module import builtins as builtins_mod


def source_line(space, filename, lineno):
    lines = space.source_cache.get(filename, None)
    if lines is None:
        return ""
    if lineno < 1 or lineno > len(lines):
        return ""
    return lines[lineno - 1]


def format_exception(space, w_exc, seen):
    """The full text for w_exc and its chain."""
    out = []
    seen.append(w_exc)
    w_cause = w_exc.w_cause
    w_context = w_exc.w_context
    if w_cause is not None and isinstance(w_cause, W_ExceptionObject) and \
            not in_list(seen, w_cause):
        out.append(format_exception(space, w_cause, seen))
        out.append("\nThe above exception was the direct cause of the following "
                   "exception:\n\n")
    elif w_context is not None and not w_exc.suppress_context and \
            isinstance(w_context, W_ExceptionObject) and not in_list(seen, w_context):
        out.append(format_exception(space, w_context, seen))
        out.append("\nDuring handling of the above exception, another exception "
                   "occurred:\n\n")
    if w_exc.w_traceback is not None:
        out.append("Traceback (most recent call last):\n")
        out.append(format_tb(space, w_exc.w_traceback))
    out.append(format_exception_only(space, w_exc))
    return "".join(out)


def in_list(lst, w_x):
    for w_y in lst:
        if w_y is w_x:
            return True
    return False


def format_tb(space, tb):
    out = []
    last_file = ""
    last_line = -1
    last_name = ""
    count = 0
    while tb is not None:
        code = tb.code
        lineno = code.line_at(tb.pc)
        if code.co_filename == last_file and lineno == last_line and \
                code.co_name == last_name:
            count += 1
        else:
            if count > 3:
                out.append("  [Previous line repeated %d more times]\n" % (count - 3))
            count = 1
            last_file = code.co_filename
            last_line = lineno
            last_name = code.co_name
        if count <= 3:
            out.append(format_frame(space, tb))
        tb = tb.tb_next
    if count > 3:
        out.append("  [Previous line repeated %d more times]\n" % (count - 3))
    return "".join(out)


def format_frame(space, tb):
    code = tb.code
    i = tb.pc // 2
    lineno = code.line_at(tb.pc)
    out = ['  File "%s", line %d, in %s\n' % (code.co_filename, lineno, code.co_name)]
    line = source_line(space, code.co_filename, lineno)
    stripped = line.strip()
    if stripped == "":
        return "".join(out)
    out.append("    " + stripped + "\n")
    if i >= len(code.co_cols):
        return "".join(out)
    start = code.co_cols[i]
    end = code.co_endcols[i]
    endline = code.co_endlines[i]
    if code.co_lines[i] != lineno or start < 0:
        return "".join(out)
    leading = len(line) - len(line.lstrip())
    left = -1
    right = -1
    if endline == lineno:
        if end > len(line):
            end = len(line)
        if end <= start:
            return "".join(out)
        left, right = caret_anchors(space, line[start:end])
    else:
        k = len(line.rstrip())
        end = k
    has_anchors = left >= 0 and right >= 0
    if end - start == len(stripped) and not has_anchors:
        return "".join(out)
    carets = []
    for off in range(end - start):
        if has_anchors and left <= off < right:
            carets.append("^")
        elif has_anchors:
            carets.append("~")
        else:
            carets.append("^")
    out.append("    " + " " * (start - leading) + "".join(carets) + "\n")
    return "".join(out)


def caret_anchors(space, segment):
    """(left_end, right_start) inside `segment` for a binary operation or a subscript, like
    CPython 3.11's traceback; (-1, -1) otherwise."""
    try:
        module = parse_source(segment, "<segment>")
    except SyntaxErr:
        return -1, -1
    if len(module.body) != 1:
        return -1, -1
    s = module.body[0]
    if not isinstance(s, ast.Expr):
        return -1, -1
    e = s.value
    if isinstance(e, ast.BinOp):
        if e.left.end_lineno != 1 or e.right.lineno != 1:
            return -1, -1
        op_start = e.left.end_col_offset
        op_end = e.right.col_offset
        opstr = segment[op_start:op_end]
        offset = len(opstr) - len(opstr.lstrip())
        left = e.left.end_col_offset + offset
        right = left + 1
        if offset + 1 < len(opstr) and not opstr[offset + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return left, right
    if isinstance(e, ast.Subscript):
        left = e.value.end_col_offset
        right = e.slice.end_col_offset + 1
        n = len(segment)
        while left < n and (segment[left].isspace() or segment[left] != "["):
            left += 1
        while right < n and (segment[right].isspace() or segment[right] != "]"):
            right += 1
        if right < n:
            right += 1
        return left, right
    return -1, -1


def exception_type_name(space, w_exc):
    w_type = w_exc.w_type
    name = w_type.qualname
    if w_type.module != "builtins" and w_type.module != "__main__":
        name = w_type.module + "." + name
    return name


def format_exception_only(space, w_exc):
    name = exception_type_name(space, w_exc)
    if w_exc.w_type.issubtype(space.w_SyntaxError):
        return format_syntax_error(space, w_exc, name)
    try:
        msg = space.str_w(w_exc)
    except OperationError:
        msg = "<exception str() failed>"
    hint = suggestion(space, w_exc)
    if hint != "":
        msg = msg + ". Did you mean: '%s'?" % hint
    if msg == "":
        return name + "\n"
    return name + ": " + msg + "\n"


def suggestion(space, w_exc):
    w_name = w_exc.getdictvalue(space, "name")
    if w_name is None or not isinstance(w_name, W_StrObject):
        return ""
    name = w_name.value
    if w_exc.w_type is space.w_AttributeError or \
            w_exc.w_type.issubtype(space.w_AttributeError):
        w_obj = w_exc.getdictvalue(space, "obj")
        if w_obj is None:
            return ""
        try:
            w_dir = builtins_mod.b_dir(space, Arguments([w_obj], [], []))
        except OperationError:
            return ""
        names = [space.str_w(w_x) for w_x in space.unpackiterable(w_dir)]
        return suggestions.best_suggestion(names, name)
    if w_exc.w_type.issubtype(space.w_NameError):
        tb = w_exc.w_traceback
        if tb is None:
            return ""
        while tb.tb_next is not None:
            tb = tb.tb_next
        hint = suggestions.best_suggestion(tb.code.co_varnames, name)
        if hint != "":
            return hint
        names = [space.str_w(w_k) for w_k in tb.w_globals.keys_w(space)]
        hint = suggestions.best_suggestion(names, name)
        if hint != "":
            return hint
        names = [space.str_w(w_k) for w_k in space.builtins_dict.keys_w(space)]
        return suggestions.best_suggestion(names, name)
    return ""


def attr_or_none(space, w_exc, name):
    w_v = w_exc.getdictvalue(space, name)
    return w_v


def format_syntax_error(space, w_exc, name):
    out = []
    w_file = attr_or_none(space, w_exc, "filename")
    w_line = attr_or_none(space, w_exc, "lineno")
    w_offset = attr_or_none(space, w_exc, "offset")
    w_end_offset = attr_or_none(space, w_exc, "end_offset")
    w_text = attr_or_none(space, w_exc, "text")
    msg = ""
    if len(w_exc.args_w) > 0:
        msg = space.str_w(w_exc.args_w[0])
    if w_file is not None and w_line is not None and isinstance(w_line, W_IntObject):
        out.append('  File "%s", line %d\n' % (space.str_w(w_file), w_line.intval))
        if w_text is not None and isinstance(w_text, W_StrObject):
            text = w_text.value
            offset = 0
            if w_offset is not None and isinstance(w_offset, W_IntObject):
                offset = w_offset.intval
            end_offset = 0
            if w_end_offset is not None and isinstance(w_end_offset, W_IntObject):
                end_offset = w_end_offset.intval
            out.append(format_syntax_text(text, offset, end_offset))
    if msg == "":
        msg = "<no detail available>"
    out.append("%s: %s\n" % (name, msg))
    return "".join(out)


def format_syntax_text(text, offset, end_offset):
    if text.endswith("\n"):
        text = text[:len(text) - 1]
    offset -= 1
    end_offset -= 1
    i = 0
    while i < len(text) and (text[i] == " " or text[i] == "\t" or text[i] == "\f"):
        i += 1
    text = text[i:]
    offset -= i
    end_offset -= i
    out = "    " + text.rstrip() + "\n"
    if offset < 0:
        return out
    if offset > len(text):
        offset = len(text)
    n = end_offset - offset
    if n < 1:
        n = 1
    return out + "    " + " " * offset + "^" * n + "\n"
