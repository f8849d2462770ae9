import sys
from rlib.jit import JitDriver, elidable

# The classic RPython example: a Brainfuck interpreter with a JitDriver and a prebuilt
# bracket map computed per program.

def get_location(pc, program, bracket_map):
    return "%d %s" % (pc, program[pc])


jitdriver = JitDriver(greens=["pc", "program", "bracket_map"], reds=["tape"],
                      get_printable_location=get_location)


class Tape(object):
    def __init__(self):
        self.thetape = [0]
        self.position = 0
        self.output = []

    def get(self):
        return self.thetape[self.position]

    def set(self, val):
        self.thetape[self.position] = val

    def inc(self):
        self.thetape[self.position] = (self.thetape[self.position] + 1) % 256

    def dec(self):
        self.thetape[self.position] = (self.thetape[self.position] - 1) % 256

    def advance(self):
        self.position += 1
        if len(self.thetape) <= self.position:
            self.thetape.append(0)

    def devance(self):
        self.position -= 1


class BracketMap(object):
    def __init__(self, mapping):
        self.mapping = mapping


@elidable
def get_matching_bracket(bracket_map, pc):
    return bracket_map.mapping[pc]


def parse(program):
    parsed = []
    mapping = {}
    leftstack = []
    pc = 0
    for char in program:
        if char in "[].,<>+-":
            parsed.append(char)
            if char == "[":
                leftstack.append(pc)
            elif char == "]":
                left = leftstack.pop()
                right = pc
                mapping[left] = right
                mapping[right] = left
            pc += 1
    return "".join(parsed), BracketMap(mapping)


def mainloop(program, bracket_map):
    pc = 0
    tape = Tape()
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, tape=tape, program=program, bracket_map=bracket_map)
        code = program[pc]
        if code == ">":
            tape.advance()
        elif code == "<":
            tape.devance()
        elif code == "+":
            tape.inc()
        elif code == "-":
            tape.dec()
        elif code == ".":
            tape.output.append(chr(tape.get()))
        elif code == "[" and tape.get() == 0:
            pc = get_matching_bracket(bracket_map, pc)
        elif code == "]" and tape.get() != 0:
            pc = get_matching_bracket(bracket_map, pc)
        pc += 1
    return "".join(tape.output)


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------."
         "--------.>>+.>++.")
DIGITS = "++++++++[>++++++<-]>" + ".+" * 10 + "[-]++++++++++."
NESTED = "++[>+++[>++<-]<-]>>[<<+>>-]<<" + "+" * 53 + ".>+++++++++[<+>-]<."


def entry_point(argv):
    for src in [HELLO, DIGITS, NESTED]:
        program, bm = parse(src)
        out = mainloop(program, bm)
        lines = out.split("\n")
        print(len(out), lines[0], lines[-2] if len(lines) > 1 else "")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
