# argv: 3 4 + 2 * 7 - 10 5 / 2.5 *
import sys

# A reverse-Polish calculator over its command-line arguments, in floats.

class CalcError(Exception):
    def __init__(self, msg):
        self.msg = msg


def is_number(tok):
    try:
        float(tok)
        return True
    except ValueError:
        return False


def apply_op(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0.0:
            raise CalcError("division by zero")
        return a / b
    raise CalcError("unknown operator " + op)


def evaluate(tokens):
    stack = []
    for tok in tokens:
        if is_number(tok):
            stack.append(float(tok))
        else:
            if len(stack) < 2:
                raise CalcError("stack underflow at " + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(apply_op(tok, a, b))
        print("  %-4s -> %s" % (tok, " ".join([str(x) for x in stack])))
    return stack


def entry_point(argv):
    stack = evaluate(argv[1:])
    print("result stack:", " ".join([str(x) for x in stack]))
    for expr in ["1 0 /", "1 +", "2 3 ^"]:
        try:
            evaluate(expr.split())
        except CalcError as e:
            print("error:", e.msg)
    return len(stack)


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
