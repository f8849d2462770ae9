import sys
from rlib.jit import JitDriver, elidable, promote, unroll_safe, dont_look_inside, we_are_jitted, hint
from rlib.objectmodel import we_are_translated

# JIT hints are no-ops that keep the program's meaning.

def get_location(pc, code):
    return "%d:%s" % (pc, code[pc])


driver = JitDriver(greens=["pc", "code"], reds=["acc", "steps"],
                   get_printable_location=get_location)


@elidable
def cost(op):
    if op == "+":
        return 1
    if op == "*":
        return 3
    return 2


@unroll_safe
def sum_small(lst):
    s = 0
    for x in lst:
        s += x
    return s


@dont_look_inside
def slow_path(n):
    return n * 2 + 1


def run(code, n):
    pc = 0
    acc = n
    steps = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, steps=steps)
        op = code[pc]
        op = promote(op)
        steps += cost(op)
        if op == "+":
            acc += 1
        elif op == "*":
            acc *= 2
        elif op == "-":
            acc -= 3
        elif op == "j" and acc < 100:
            pc = 0
            driver.can_enter_jit(pc=pc, code=code, acc=acc, steps=steps)
            continue
        pc += 1
    return acc * 1000 + steps


def entry_point(argv):
    print(run("+*j", 1))
    print(run("**+-", 5))
    print(sum_small([1, 2, 3]), slow_path(20), we_are_jitted(), hint(5, promote=True))
    print(we_are_translated() or True)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
