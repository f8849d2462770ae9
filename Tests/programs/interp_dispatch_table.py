import sys
from rlib.jit import JitDriver, promote, unroll_safe
from rlib.objectmodel import specialize

# An interpreter whose opcodes dispatch through a table of plain functions taken from the
# Frame class at init time (getattr on the class), with a virtualizable frame,
# specialize.arg and unroll_safe hints.

OPNAMES = ["push1", "add", "dup", "mul", "jnz_back", "dec", "swap", "pop"]


class Frame(object):
    _virtualizable_ = ["stack[*]", "sp", "pc"]

    def __init__(self, size):
        self.stack = [0] * size
        self.sp = 0
        self.pc = 0

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]

    def op_push1(self, arg):
        self.push(1)

    def op_add(self, arg):
        b = self.pop()
        a = self.pop()
        self.push(a + b)

    def op_dup(self, arg):
        v = self.pop()
        self.push(v)
        self.push(v)

    def op_mul(self, arg):
        b = self.pop()
        a = self.pop()
        self.push(a * b)

    def op_jnz_back(self, arg):
        v = self.pop()
        if v != 0:
            self.pc -= arg + 1

    def op_dec(self, arg):
        self.push(self.pop() - 1)

    def op_swap(self, arg):
        b = self.pop()
        a = self.pop()
        self.push(b)
        self.push(a)

    def op_pop(self, arg):
        self.pop()


DISPATCH = [getattr(Frame, "op_" + name) for name in OPNAMES]
OPCODES = {}
for _i, _n in enumerate(OPNAMES):
    OPCODES[_n] = _i

driver = JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"])


@specialize.arg(0)
def describe(kind, v):
    if kind == 0:
        return "int %d" % v
    return "other %d" % v


@unroll_safe
def run(code, args):
    frame = Frame(16)
    while frame.pc < len(code):
        pc = frame.pc
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = promote(code[pc])
        frame.pc += 1
        DISPATCH[op](frame, args[pc])
    return frame.pop()


def assemble(text):
    code = []
    args = []
    for word in text.split():
        parts = word.split(":")
        code.append(OPCODES[parts[0]])
        args.append(int(parts[1]) if len(parts) > 1 else 0)
    return code, args


PROGRAM = assemble("push1 push1 add dup mul dup mul push1 add dup dec dup jnz_back:2 pop")


def entry_point(argv):
    code, args = PROGRAM
    print(run(code, args))
    code2, args2 = assemble("push1 dup add dup dup mul swap:0 pop")
    print(run(code2, args2))
    print(describe(0, 5), describe(1, 6))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
