"""Compiling source text to code objects and running a module's code (used by the main
program and by import)."""

from objspace.error import OperationError
from pyparser.error import SyntaxErr
from pyparser.parser import parse_source
from astcompiler.codegen import compile_module, compile_eval
from astcompiler import astnodes as ast
from interp.pyframe import PyFrame


def source_line(space, filename, lineno):
    lines = space.source_cache.get(filename, None)
    if lines is None:
        return ""
    if lineno < 1 or lineno > len(lines):
        return ""
    return lines[lineno - 1]


def remember_source(space, source, filename):
    """Keep the lines for tracebacks (CPython shows none for '<string>' and friends)."""
    if filename.startswith("<"):
        return
    lines = source.replace("\r\n", "\n").split("\n")
    space.source_cache[filename] = lines


def compile_source(space, source, filename):
    """Source text -> PyCode; a syntax error becomes a SyntaxError exception."""
    remember_source(space, source, filename)
    try:
        module = parse_source(source, filename)
        return compile_module(space, module, filename)
    except SyntaxErr as e:
        raise OperationError(make_syntax_error(space, e, filename))


def make_syntax_error(space, e, filename):
    w_type = space.w_SyntaxError
    if e.kind == "IndentationError":
        w_type = space.w_IndentationError
    elif e.kind == "TabError":
        w_type = space.w_TabError
    w_exc = space.new_exception(w_type, [space.newstr(e.msg)])
    w_exc.setdictvalue(space, "msg", space.newstr(e.msg))
    w_exc.setdictvalue(space, "filename", space.newstr(filename))
    w_exc.setdictvalue(space, "lineno", space.newint(e.lineno))
    w_exc.setdictvalue(space, "offset", space.newint(e.offset))
    w_exc.setdictvalue(space, "end_offset", space.newint(e.end_offset))
    text = source_line(space, filename, e.lineno)
    w_exc.setdictvalue(space, "text", space.newstr(text + "\n"))
    return w_exc


def run_code_in_module(space, code, w_mod):
    frame = PyFrame(space, code, w_mod.w_dict, [])
    frame.w_locals = w_mod.w_dict
    frame.run(space)




def compile_for_eval(space, source, filename):
    remember_source(space, source, filename)
    try:
        module = parse_source(source.strip(), filename)
        if len(module.body) != 1 or not isinstance(module.body[0], ast.Expr):
            raise SyntaxErr("invalid syntax", 1, 1)
        return compile_eval(space, module, filename)
    except SyntaxErr as e:
        raise OperationError(make_syntax_error(space, e, filename))


def run_code(space, code, w_globals, w_locals):
    if w_globals.getitem_str("__builtins__") is None:
        w_globals.setitem_str("__builtins__", space.w_builtins)
    frame = PyFrame(space, code, w_globals, [])
    frame.w_locals = w_locals
    return frame.run(space)
