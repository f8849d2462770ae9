"""The front end's error: raised by the tokenizer, parser and compiler, turned into a Python
SyntaxError (or IndentationError) object by the interpreter."""


class SyntaxErr(Exception):
    def __init__(self, msg, lineno, offset, kind="SyntaxError"):
        self.msg = msg
        self.lineno = lineno
        self.offset = offset
        self.kind = kind
        self.filename = ""
        self.text = ""
