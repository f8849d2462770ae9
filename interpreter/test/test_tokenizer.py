import pytest
from pyparser import tokenizer as tk
from pyparser.error import SyntaxErr


def kinds(src):
    return [(tk.TOKEN_NAMES[t.type], t.value) for t in tk.tokenize(src, "<t>")]


def test_simple_statement():
    assert kinds("x = 1\n") == [("NAME", "x"), ("OP", "="), ("NUMBER", "1"),
                                ("NEWLINE", ""), ("ENDMARKER", "")]


def test_indent_dedent():
    toks = kinds("if x:\n    y\nz\n")
    names = [k for k, v in toks]
    assert names == ["NAME", "NAME", "OP", "NEWLINE", "INDENT", "NAME", "NEWLINE", "DEDENT",
                     "NAME", "NEWLINE", "ENDMARKER"]


def test_brackets_join_lines_and_comments_skip():
    toks = kinds("f(1,  # comment\n  2)\n")
    assert ("NEWLINE", "") == toks[-2]
    assert [v for k, v in toks if k == "NUMBER"] == ["1", "2"]


def test_strings_keep_prefix_and_quotes():
    toks = kinds("s = rb'x' + f\"{a}\" + '''t\nq'''\n")
    strs = [v for k, v in toks if k == "STRING"]
    assert strs == ["rb'x'", 'f"{a}"', "'''t\nq'''"]


def test_operators_longest_match():
    toks = kinds("a **= b // c != d -> e := f\n")
    ops = [v for k, v in toks if k == "OP"]
    assert ops == ["**=", "//", "!=", "->", ":="]


def test_numbers():
    toks = kinds("1_000 0x1F 3.5e-2 .5 7j\n")
    assert [v for k, v in toks if k == "NUMBER"] == ["1_000", "0x1F", "3.5e-2", ".5", "7j"]


def test_unterminated_string_error():
    with pytest.raises(SyntaxErr) as e:
        tk.tokenize("x = 'abc\n", "<t>")
    assert "unterminated string literal" in e.value.msg
    assert e.value.lineno == 1


def test_bad_dedent_is_indentation_error():
    with pytest.raises(SyntaxErr) as e:
        tk.tokenize("if x:\n    a\n  b\n", "<t>")
    assert e.value.kind == "IndentationError"


def test_unclosed_paren():
    with pytest.raises(SyntaxErr) as e:
        tk.tokenize("x = (1,\n", "<t>")
    assert e.value.msg == "'(' was never closed"
