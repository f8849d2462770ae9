"""String building for RPython 3: `StringBuilder` appends pieces in amortised O(1)."""


class StringBuilder(object):
    def __init__(self, init_size=16):
        self._pieces = []
        self._length = 0

    def append(self, s):
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        piece = s[start:end]
        self._pieces.append(piece)
        self._length += len(piece)

    def append_multiple_char(self, c, times):
        self._pieces.append(c * times)
        self._length += times

    def getlength(self):
        return self._length

    def build(self):
        result = "".join(self._pieces)
        self._pieces = [result]
        return result
