import sys

# An expression tree evaluated by isinstance dispatch and by virtual methods.

class Node(object):
    def eval(self):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self):
        l = self.left.eval()
        r = self.right.eval()
        if self.op == "+":
            return l + r
        elif self.op == "-":
            return l - r
        elif self.op == "*":
            return l * r
        return l // r


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self):
        return -self.operand.eval()


def to_string(node):
    if isinstance(node, Num):
        return str(node.value)
    elif isinstance(node, BinOp):
        return "(" + to_string(node.left) + " " + node.op + " " + to_string(node.right) + ")"
    elif isinstance(node, Neg):
        return "-" + to_string(node.operand)
    return "?"


def count_nodes(node):
    if isinstance(node, BinOp):
        return 1 + count_nodes(node.left) + count_nodes(node.right)
    if isinstance(node, Neg):
        return 1 + count_nodes(node.operand)
    return 1


def entry_point(argv):
    tree = BinOp("+", Num(3), BinOp("*", Neg(Num(4)), BinOp("-", Num(10), Num(7))))
    print(to_string(tree), "=", tree.eval(), "nodes", count_nodes(tree))
    tree2 = BinOp("/", Num(-17), Num(5))
    print(to_string(tree2), "=", tree2.eval())
    nodes = [Num(1), Neg(Num(2)), tree, tree2]
    kinds = []
    for n in nodes:
        if isinstance(n, Num):
            kinds.append("num")
        elif isinstance(n, Neg):
            kinds.append("neg")
        else:
            kinds.append("bin")
    print(" ".join(kinds))
    try:
        Node().eval()
    except NotImplementedError:
        print("abstract")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
