import sys

# The visitor pattern: double dispatch between node classes and visitor subclasses. accept()
# returns nothing (the visitors return different types, which RPython cannot unify), so each
# visitor keeps its result in a field: a pretty printer, an evaluator and a constant folder.

class Visitor(object):
    def visit_const(self, node):
        pass

    def visit_var(self, node):
        pass

    def visit_add(self, node):
        pass

    def visit_mul(self, node):
        pass


class Expr(object):
    def accept(self, visitor):
        raise NotImplementedError


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def accept(self, visitor):
        visitor.visit_const(self)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def accept(self, visitor):
        visitor.visit_var(self)


class Add(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def accept(self, visitor):
        visitor.visit_add(self)


class Mul(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def accept(self, visitor):
        visitor.visit_mul(self)


class Printer(Visitor):
    def __init__(self):
        self.out = ""

    def show(self, node):
        node.accept(self)
        return self.out

    def visit_const(self, node):
        self.out = str(node.value)

    def visit_var(self, node):
        self.out = node.name

    def visit_add(self, node):
        l = self.show(node.left)
        r = self.show(node.right)
        self.out = "(" + l + " + " + r + ")"

    def visit_mul(self, node):
        l = self.show(node.left)
        r = self.show(node.right)
        self.out = l + " * " + r


class Evaluator(Visitor):
    def __init__(self, env):
        self.env = env
        self.value = 0
        self.steps = 0

    def eval(self, node):
        node.accept(self)
        return self.value

    def visit_const(self, node):
        self.steps += 1
        self.value = node.value

    def visit_var(self, node):
        self.steps += 1
        self.value = self.env.get(node.name, 0)

    def visit_add(self, node):
        self.steps += 1
        l = self.eval(node.left)
        self.value = l + self.eval(node.right)

    def visit_mul(self, node):
        self.steps += 1
        l = self.eval(node.left)
        self.value = l * self.eval(node.right)


class Folder(Visitor):
    def __init__(self):
        self.result = None

    def fold(self, node):
        node.accept(self)
        r = self.result
        assert r is not None
        return r

    def visit_const(self, node):
        self.result = node

    def visit_var(self, node):
        self.result = node

    def visit_add(self, node):
        l = self.fold(node.left)
        r = self.fold(node.right)
        if isinstance(l, Const) and isinstance(r, Const):
            self.result = Const(l.value + r.value)
        elif isinstance(l, Const) and l.value == 0:
            self.result = r
        else:
            self.result = Add(l, r)

    def visit_mul(self, node):
        l = self.fold(node.left)
        r = self.fold(node.right)
        if isinstance(l, Const) and isinstance(r, Const):
            self.result = Const(l.value * r.value)
        elif isinstance(r, Const) and r.value == 1:
            self.result = l
        else:
            self.result = Mul(l, r)


def entry_point(argv):
    tree = Add(Mul(Add(Const(2), Const(3)), Var("x")), Add(Const(0), Mul(Var("y"), Const(1))))
    print(Printer().show(tree))
    ev = Evaluator({"x": 7, "y": -2})
    print(ev.eval(tree), ev.steps)
    folded = Folder().fold(tree)
    print(Printer().show(folded))
    ev2 = Evaluator({"x": 7, "y": -2})
    print(ev2.eval(folded), ev2.steps)
    visitors = [Printer(), Evaluator({}), Folder()]
    for v in visitors:
        tree.accept(v)
    print(isinstance(visitors[2], Folder))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
