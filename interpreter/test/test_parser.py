import pytest
from pyparser.parser import parse_source
from pyparser.error import SyntaxErr
from astcompiler import astnodes as ast


def parse_expr(src):
    m = parse_source(src + "\n", "<t>")
    assert isinstance(m.body[0], ast.Expr)
    return m.body[0].value


def test_precedence():
    e = parse_expr("1 + 2 * 3 ** 2")
    assert isinstance(e, ast.BinOp) and e.op == ast.ADD
    assert isinstance(e.right, ast.BinOp) and e.right.op == ast.MUL
    assert isinstance(e.right.right, ast.BinOp) and e.right.right.op == ast.POW


def test_power_is_right_assoc_and_binds_tighter_than_unary_minus():
    e = parse_expr("-2 ** 2")
    assert isinstance(e, ast.UnaryOp) and e.op == ast.USUB


def test_chained_comparison():
    e = parse_expr("a < b <= c is not d not in e")
    assert isinstance(e, ast.Compare)
    assert e.ops == [ast.LT, ast.LTE, ast.ISNOT, ast.NOTIN]


def test_call_arguments():
    e = parse_expr("f(1, *a, k=2, **kw)")
    assert isinstance(e, ast.Call)
    assert len(e.args) == 2 and isinstance(e.args[1], ast.Starred)
    assert [k.arg for k in e.keywords] == ["k", None]


def test_comprehensions_and_lambda():
    e = parse_expr("[x for x in y if x] + {k: v for k, v in z} + (lambda a, *b: a)")
    assert isinstance(e.left.left, ast.ListComp)
    assert isinstance(e.left.right, ast.DictComp)
    assert isinstance(e.right, ast.Lambda)


def test_fstring_parts():
    e = parse_expr("f'a{x!r:>{w}}b'")
    assert isinstance(e, ast.JoinedStr)
    assert isinstance(e.values[1], ast.FormattedValue)
    assert e.values[1].conversion == ord("r")


def test_statements():
    src = ("def f(a, b=1, *, c):\n    return a\n"
           "class C(B):\n    x = 1\n"
           "for i in r:\n    pass\nelse:\n    pass\n"
           "try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass\n"
           "with a as b, c:\n    pass\n"
           "x, *y = z\n"
           "a += 1\n"
           "from m import (a as b, c)\n")
    m = parse_source(src, "<t>")
    kinds = [type(s).__name__ for s in m.body]
    assert kinds == ["FunctionDef", "ClassDef", "For", "Try", "With", "Assign", "AugAssign",
                     "ImportFrom"]


def test_positions():
    m = parse_source("x = foo(1) + bar[2]\n", "<t>")
    e = m.body[0].value
    assert (e.col_offset, e.end_col_offset) == (4, 19)
    assert (e.right.col_offset, e.right.end_col_offset) == (13, 19)


@pytest.mark.parametrize("src,msg", [
    ("if x\n    pass\n", "expected ':'"),
    ("x = = 1\n", "invalid syntax"),
    ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
    ("def f():\nreturn 1\n", "expected an indented block after function definition on line 1"),
    ("  x = 1\n", "unexpected indent"),
])
def test_syntax_errors(src, msg):
    with pytest.raises(SyntaxErr) as e:
        parse_source(src, "<t>")
    assert e.value.msg == msg
