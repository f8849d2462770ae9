"""The front end's error: raised by the tokenizer, parser and compiler, turned into a Python
SyntaxError (or IndentationError) object by the interpreter."""


class SyntaxErr(Exception):
    def __init__(self, msg, lineno, offset, kind="SyntaxError", end_offset=0):
        self.msg = msg
        self.lineno = lineno
        self.offset = offset        # 1-based column of the first caret
        self.end_offset = end_offset  # 1-based column after the last caret (0: one caret)
        self.kind = kind
        self.filename = ""
        self.text = ""
