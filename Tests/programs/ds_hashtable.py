import sys

# An open-addressing hash table of str -> int with linear probing, tombstones and resizing.

EMPTY = 0
USED = 1
DELETED = 2


def str_hash(s):
    h = 5381
    for c in s:
        h = (h * 33 + ord(c)) & 0xFFFFFFFF
    return h


class HashTable(object):
    def __init__(self, capacity):
        self.keys = [""] * capacity
        self.values = [0] * capacity
        self.state = [EMPTY] * capacity
        self.size = 0
        self.resizes = 0

    def _slot(self, key):
        cap = len(self.keys)
        i = str_hash(key) % cap
        first_free = -1
        while self.state[i] != EMPTY:
            if self.state[i] == USED and self.keys[i] == key:
                return i
            if self.state[i] == DELETED and first_free < 0:
                first_free = i
            i = (i + 1) % cap
        return first_free if first_free >= 0 else i

    def put(self, key, value):
        if (self.size + 1) * 4 > len(self.keys) * 3:
            self._grow()
        i = self._slot(key)
        if self.state[i] != USED:
            self.size += 1
        self.keys[i] = key
        self.values[i] = value
        self.state[i] = USED

    def get(self, key, default):
        i = self._slot(key)
        if self.state[i] == USED:
            return self.values[i]
        return default

    def delete(self, key):
        i = self._slot(key)
        if self.state[i] != USED:
            raise KeyError(key)
        self.state[i] = DELETED
        self.size -= 1

    def _grow(self):
        old_keys = self.keys
        old_values = self.values
        old_state = self.state
        cap = len(old_keys) * 2
        self.keys = [""] * cap
        self.values = [0] * cap
        self.state = [EMPTY] * cap
        self.size = 0
        self.resizes += 1
        for i in range(len(old_keys)):
            if old_state[i] == USED:
                self.put(old_keys[i], old_values[i])


def entry_point(argv):
    t = HashTable(4)
    for i in range(100):
        t.put("key%d" % i, i * i)
    print(t.size, t.resizes, len(t.keys))
    print(t.get("key7", -1), t.get("key99", -1), t.get("nokey", -1))
    for i in range(0, 100, 3):
        t.delete("key%d" % i)
    print(t.size, t.get("key3", -1), t.get("key4", -1))
    t.put("key3", 333)
    print(t.size, t.get("key3", -1))
    try:
        t.delete("key0")
    except KeyError:
        print("KeyError on double delete")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
