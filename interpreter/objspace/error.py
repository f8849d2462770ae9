"""OperationError: an application-level (Python) exception travelling through interpreter code.

`w_value` is always an exception instance (W_ExceptionObject). Interpreter code raises it with
`raise OperationError(w_exc)` or through the space helpers (`space.type_error(msg)` ...).
"""


class OperationError(Exception):
    def __init__(self, w_value):
        self.w_value = w_value

    def match(self, space, w_type):
        return space.exception_match(space.type(self.w_value), w_type)

