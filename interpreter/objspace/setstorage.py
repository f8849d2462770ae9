"""Set storage laid out exactly like CPython 3.11's set table (open addressing, 9 linear
probes, then perturbation), so that iterating or printing a set of ints, floats or tuples
gives CPython's order."""

from rlib.rarithmetic import r_uint, intmask

LINEAR_PROBES = 9
PERTURB_SHIFT = 5
MINSIZE = 8


class SetStorage(object):
    def __init__(self):
        self.keys = [None] * MINSIZE       # W_Root or None (empty); dummies keep a key
        self.hashes = [0] * MINSIZE
        self.dummy = [False] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = 0                       # active + dummy entries
        self.used = 0                       # active entries

    def length(self):
        return self.used

    def items(self):
        result = []
        for i in range(self.mask + 1):
            w_key = self.keys[i]
            if w_key is not None and not self.dummy[i]:
                result.append(w_key)
        return result

    def find(self, space, w_key, h):
        """Index of the active entry for w_key, or -1."""
        mask = self.mask
        i = intmask(r_uint(h) & r_uint(mask))
        perturb = r_uint(h)
        while True:
            probes = 0
            if i + LINEAR_PROBES <= mask:
                probes = LINEAR_PROBES
            j = i
            while True:
                w_k = self.keys[j]
                if w_k is None:
                    return -1
                if not self.dummy[j] and self.hashes[j] == h and \
                        (w_k is w_key or space.eq_w(w_k, w_key)):
                    return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * r_uint(5) + r_uint(1) + perturb) & r_uint(mask))

    def contains(self, space, w_key, h):
        return self.find(space, w_key, h) >= 0

    def add(self, space, w_key, h):
        if self.find(space, w_key, h) >= 0:
            return
        mask = self.mask
        i = intmask(r_uint(h) & r_uint(mask))
        perturb = r_uint(h)
        freeslot = -1
        while True:
            probes = 0
            if i + LINEAR_PROBES <= mask:
                probes = LINEAR_PROBES
            j = i
            while True:
                if self.keys[j] is None:
                    if freeslot >= 0:
                        self.keys[freeslot] = w_key
                        self.hashes[freeslot] = h
                        self.dummy[freeslot] = False
                        self.used += 1
                        return
                    self.keys[j] = w_key
                    self.hashes[j] = h
                    self.dummy[j] = False
                    self.fill += 1
                    self.used += 1
                    if self.fill * 5 >= mask * 3:
                        if self.used > 50000:
                            self.resize(self.used * 2)
                        else:
                            self.resize(self.used * 4)
                    return
                if self.dummy[j] and freeslot < 0:
                    freeslot = j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * r_uint(5) + r_uint(1) + perturb) & r_uint(mask))

    def remove(self, space, w_key, h):
        j = self.find(space, w_key, h)
        if j < 0:
            return False
        self.dummy[j] = True
        self.used -= 1
        return True

    def resize(self, minused):
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_keys = self.keys
        old_hashes = self.hashes
        old_dummy = self.dummy
        self.keys = [None] * newsize
        self.hashes = [0] * newsize
        self.dummy = [False] * newsize
        self.mask = newsize - 1
        self.fill = self.used
        for k in range(len(old_keys)):
            w_key = old_keys[k]
            if w_key is not None and not old_dummy[k]:
                self.insert_clean(w_key, old_hashes[k])

    def insert_clean(self, w_key, h):
        mask = self.mask
        i = intmask(r_uint(h) & r_uint(mask))
        perturb = r_uint(h)
        while True:
            if self.keys[i] is None:
                self.keys[i] = w_key
                self.hashes[i] = h
                return
            if i + LINEAR_PROBES <= mask:
                for k in range(1, LINEAR_PROBES + 1):
                    if self.keys[i + k] is None:
                        self.keys[i + k] = w_key
                        self.hashes[i + k] = h
                        return
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * r_uint(5) + r_uint(1) + perturb) & r_uint(mask))

    def copy(self):
        s = SetStorage()
        s.keys = list(self.keys)
        s.hashes = list(self.hashes)
        s.dummy = list(self.dummy)
        s.mask = self.mask
        s.fill = self.fill
        s.used = self.used
        return s
