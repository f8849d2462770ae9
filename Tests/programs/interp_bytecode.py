import sys
from rlib.jit import JitDriver

# A tiny stack-machine bytecode interpreter: a compiler from a toy assembly text at init time,
# run at run time with a JitDriver.

PUSH, ADD, SUB, MUL, DUP, SWAP, JZ, JMP, PRINT, HALT, LOAD, STORE, LT, POP = range(14)
NAMES = {"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "dup": DUP, "swap": SWAP,
         "jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT, "load": LOAD, "store": STORE,
         "lt": LT, "pop": POP}


class Code(object):
    _immutable_fields_ = ["ops[*]", "args[*]", "name"]

    def __init__(self, name, ops, args):
        self.name = name
        self.ops = ops
        self.args = args


def assemble(name, text):
    ops = []
    args = []
    labels = {}
    lines = [l.strip() for l in text.strip().split("\n")]
    lines = [l for l in lines if l]
    pc = 0
    for l in lines:
        if l.endswith(":"):
            labels[l[:-1]] = pc
        else:
            pc += 1
    for l in lines:
        if l.endswith(":"):
            continue
        parts = l.split()
        ops.append(NAMES[parts[0]])
        if len(parts) > 1:
            a = parts[1]
            args.append(labels[a] if a in labels else int(a))
        else:
            args.append(0)
    return Code(name, ops, args)


FACT = assemble("fact", """
    push 1
    store 0
    push 10
    store 1
loop:
    load 1
    jz done
    load 0
    load 1
    mul
    store 0
    load 1
    push 1
    sub
    store 1
    jmp loop
done:
    load 0
    print
    halt
""")

COUNT = assemble("count", """
    push 0
    store 0
top:
    load 0
    push 5
    lt
    jz end
    load 0
    print
    load 0
    push 1
    add
    store 0
    jmp top
end:
    push 7
    dup
    mul
    push 2
    swap
    sub
    print
    halt
""")

driver = JitDriver(greens=["pc", "code"], reds=["stack", "regs", "frame"])


class Frame(object):
    def __init__(self):
        self.steps = 0


def interpret(code):
    stack = []
    regs = [0] * 8
    frame = Frame()
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, stack=stack, regs=regs, frame=frame)
        op = code.ops[pc]
        arg = code.args[pc]
        frame.steps += 1
        pc += 1
        if op == PUSH:
            stack.append(arg)
        elif op == ADD:
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif op == SUB:
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif op == MUL:
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        elif op == LT:
            b = stack.pop()
            a = stack.pop()
            stack.append(1 if a < b else 0)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == SWAP:
            b = stack.pop()
            a = stack.pop()
            stack.append(b)
            stack.append(a)
        elif op == JZ:
            if stack.pop() == 0:
                pc = arg
        elif op == JMP:
            pc = arg
        elif op == LOAD:
            stack.append(regs[arg])
        elif op == STORE:
            regs[arg] = stack.pop()
        elif op == PRINT:
            print(code.name, "prints", stack.pop())
        elif op == HALT:
            break
        else:
            raise ValueError()
    return frame.steps


def entry_point(argv):
    for code in [FACT, COUNT]:
        steps = interpret(code)
        print(code.name, "steps", steps)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
