"""Frame block stack entries (try/except/finally/with handlers)."""

B_EXCEPT = 0     # SETUP_EXCEPT / SETUP_WITH: jump to `handler` with the exception pushed
B_HANDLER = 1    # an except/finally body is running: pop exc_stack when unwinding through


class Block(object):
    _immutable_fields_ = ["kind", "handler", "level"]

    def __init__(self, kind, handler, level):
        self.kind = kind
        self.handler = handler
        self.level = level
