// ErrorTests.swift — bad source -> the exact `file:line:col: SyntaxError: message` reported.
//
// Expectations come from CPython 3.11 (`compile(source, "t.py", "exec")`): message and position
// match CPython's, including its compile-time errors ('return' outside function, ...), which are
// reported only when the file has no syntax error before them.
import XCTest
@testable import Syntax

final class ErrorTests: XCTestCase {
    func checkError(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try parseModule(source: source, file: "t.py")
            XCTFail("no error for \(source.debugDescription); expected \(expected)", file: file, line: line)
        } catch let d as Diagnostic {
            XCTAssertEqual(d.kind, .syntaxError, file: file, line: line)
            XCTAssertEqual(d.description, expected, file: file, line: line)
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
        }
    }


    func testLexicalErrors() {
        checkError("x = 'abc\n",
                   "t.py:1:5: SyntaxError: unterminated string literal (detected at line 1)")
        checkError("x = '''abc\n\n",
                   "t.py:1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 2)")
        checkError("f(1,\n2\n",
                   "t.py:1:2: SyntaxError: '(' was never closed")
        checkError("x = )\n",
                   "t.py:1:5: SyntaxError: unmatched ')'")
        checkError("x = (1]\n",
                   "t.py:1:7: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('")
        checkError("x = (1,\n 2]\n",
                   "t.py:2:3: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        checkError("1abc\n",
                   "t.py:1:1: SyntaxError: invalid decimal literal")
        checkError("x = 0x\n",
                   "t.py:1:6: SyntaxError: invalid hexadecimal literal")
        checkError("x = 012\n",
                   "t.py:1:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        checkError("x = 1__0\n",
                   "t.py:1:6: SyntaxError: invalid decimal literal")
        checkError("x = 1_\n",
                   "t.py:1:6: SyntaxError: invalid decimal literal")
        checkError("x = 0b12\n",
                   "t.py:1:8: SyntaxError: invalid digit '2' in binary literal")
        checkError("x = 0o8\n",
                   "t.py:1:7: SyntaxError: invalid digit '8' in octal literal")
        checkError("x = 1e\n",
                   "t.py:1:5: SyntaxError: invalid decimal literal")
        checkError("x = 1e+\n",
                   "t.py:1:7: SyntaxError: invalid decimal literal")
        checkError("x = 0x1g\n",
                   "t.py:1:7: SyntaxError: invalid hexadecimal literal")
        checkError("x = 1j2\n",
                   "t.py:1:6: SyntaxError: invalid imaginary literal")
        checkError("x = 1.__class__\n",
                   "t.py:1:6: SyntaxError: invalid decimal literal")
        checkError("x = €\n",
                   "t.py:1:5: SyntaxError: invalid character '€' (U+20AC)")
        checkError("x = \\ y\n",
                   "t.py:1:6: SyntaxError: unexpected character after line continuation character")
        checkError("x = 1 +\\\n",
                   "t.py:1:9: SyntaxError: unexpected EOF while parsing")
        checkError("x = (1, 2\ny = 3\n",
                   "t.py:1:5: SyntaxError: '(' was never closed")
        checkError("from x import (a, b\n",
                   "t.py:1:15: SyntaxError: '(' was never closed")
        checkError("(\n",
                   "t.py:1:1: SyntaxError: '(' was never closed")
        checkError("x = [1, 2\n",
                   "t.py:1:5: SyntaxError: '[' was never closed")
        checkError("x = 'abc\\\n",
                   "t.py:1:5: SyntaxError: unterminated string literal (detected at line 1)")
        checkError("x = 'a\\N{FOO}'\n",
                   "t.py:1:15: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-7: unknown Unicode character name")
        checkError("x = b'é'\n",
                   "t.py:1:5: SyntaxError: bytes can only contain ASCII literal characters")
        checkError("a = 'x' 'y' b'z'\n",
                   "t.py:1:17: SyntaxError: cannot mix bytes and nonbytes literals")
        checkError("x = \"\\xZZ\"\n",
                   "t.py:1:11: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape")
        checkError("x = b'\\xZ'\n",
                   "t.py:1:11: SyntaxError: (value error) invalid \\x escape at position 0")
        checkError("x = \"\\u12\"\n",
                   "t.py:1:11: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape")
        checkError("x = \"\\U11111111\"\n",
                   "t.py:1:17: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character")
        checkError("x = \"\\N\"\n",
                   "t.py:1:9: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape")
        checkError("x = a[1\n",
                   "t.py:1:6: SyntaxError: '[' was never closed")
        checkError("f(a)(\n",
                   "t.py:1:5: SyntaxError: '(' was never closed")
        checkError("x = \"abc\" f\"{1}\" b\"\"\n",
                   "t.py:1:21: SyntaxError: cannot mix bytes and nonbytes literals")
        checkError("x = '\\\n",
                   "t.py:1:5: SyntaxError: unterminated string literal (detected at line 1)")
        checkError("'''\n",
                   "t.py:1:1: SyntaxError: unterminated triple-quoted string literal (detected at line 1)")
        checkError("\"\"\"abc\"\"\" \"\"\"\n",
                   "t.py:1:11: SyntaxError: unterminated triple-quoted string literal (detected at line 1)")
        checkError("x = 1 \\ \n",
                   "t.py:1:8: SyntaxError: unexpected character after line continuation character")
        checkError("x = 0o\n",
                   "t.py:1:6: SyntaxError: invalid octal literal")
        checkError("x = 1__\n",
                   "t.py:1:6: SyntaxError: invalid decimal literal")
        checkError("x = 1e_1\n",
                   "t.py:1:5: SyntaxError: invalid decimal literal")
        checkError("x = 1_e1\n",
                   "t.py:1:6: SyntaxError: invalid decimal literal")
        checkError("x = 1._5\n",
                   "t.py:1:6: SyntaxError: invalid decimal literal")
        checkError("x = 1.5_j\n",
                   "t.py:1:8: SyntaxError: invalid decimal literal")
        checkError("x = 0b1_\n",
                   "t.py:1:8: SyntaxError: invalid binary literal")
        checkError("x = 0x_\n",
                   "t.py:1:7: SyntaxError: invalid hexadecimal literal")
        checkError("x = 123abc\n",
                   "t.py:1:7: SyntaxError: invalid decimal literal")
        checkError("x = 0_7\n",
                   "t.py:1:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        checkError("a b\nx = \"abc\n",
                   "t.py:2:5: SyntaxError: unterminated string literal (detected at line 2)")
        checkError("f(a b\n",
                   "t.py:1:2: SyntaxError: '(' was never closed")
        checkError("x = [1, 2\ny = 3\n",
                   "t.py:1:5: SyntaxError: '[' was never closed")
        checkError("x = \"\"\"\n",
                   "t.py:1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 1)")
        checkError("for x in range(10):\n    print(x\n",
                   "t.py:2:10: SyntaxError: '(' was never closed")
        checkError("x = 1 +* 2\ny = \"\n",
                   "t.py:2:5: SyntaxError: unterminated string literal (detected at line 2)")
        checkError("'s'{\n",
                   "t.py:1:4: SyntaxError: '{' was never closed")
    }

    func testIndentationErrors() {
        checkError("if x:\n  y\n z\n",
                   "t.py:3:3: SyntaxError: unindent does not match any outer indentation level")
        checkError("if x:\n\ty\n        z\n",
                   "t.py:3:1: SyntaxError: inconsistent use of tabs and spaces in indentation")
        checkError("if x:\n        y\n\tz\n",
                   "t.py:3:1: SyntaxError: inconsistent use of tabs and spaces in indentation")
        checkError(" x = 1\n",
                   "t.py:1:1: SyntaxError: unexpected indent")
        checkError("x = 1\n  y = 2\n",
                   "t.py:2:2: SyntaxError: unexpected indent")
        checkError("\tif x:\n        pass\n",
                   "t.py:1:1: SyntaxError: unexpected indent")
        checkError("if x:\ny\n",
                   "t.py:2:1: SyntaxError: expected an indented block after 'if' statement on line 1")
        checkError("def f():\nreturn\n",
                   "t.py:2:1: SyntaxError: expected an indented block after function definition on line 1")
        checkError("for x in y:\npass\n",
                   "t.py:2:1: SyntaxError: expected an indented block after 'for' statement on line 1")
        checkError("class A:\nx = 1\n",
                   "t.py:2:1: SyntaxError: expected an indented block after class definition on line 1")
        checkError("while x:\npass\n",
                   "t.py:2:1: SyntaxError: expected an indented block after 'while' statement on line 1")
        checkError("try:\npass\n",
                   "t.py:2:1: SyntaxError: expected an indented block after 'try' statement on line 1")
        checkError("with a:\npass\n",
                   "t.py:2:1: SyntaxError: expected an indented block after 'with' statement on line 1")
        checkError("if x:\n  pass\nelse:\npass\n",
                   "t.py:4:1: SyntaxError: expected an indented block after 'else' statement on line 3")
        checkError("if True:\n    pass\n  else:\n    pass\n",
                   "t.py:3:8: SyntaxError: unindent does not match any outer indentation level")
        checkError("if x:\n",
                   "t.py:1:6: SyntaxError: expected an indented block after 'if' statement on line 1")
        checkError("def f():\n",
                   "t.py:1:9: SyntaxError: expected an indented block after function definition on line 1")
        checkError("if x:\n    pass\n  elif y:\n    pass\n",
                   "t.py:3:10: SyntaxError: unindent does not match any outer indentation level")
        checkError("def f():\n  '''doc'''\n   x = 1\n",
                   "t.py:3:3: SyntaxError: unexpected indent")
        checkError("if x:\n  pass\n    y\n",
                   "t.py:3:4: SyntaxError: unexpected indent")
        checkError("if 1:\n  pass\n\n  \n\telse:\n  pass\n",
                   "t.py:5:1: SyntaxError: inconsistent use of tabs and spaces in indentation")
        checkError("if x:\n    a\n  b\n",
                   "t.py:3:4: SyntaxError: unindent does not match any outer indentation level")
        checkError("if x:\n    a\n\tb\n",
                   "t.py:3:1: SyntaxError: inconsistent use of tabs and spaces in indentation")
        checkError("class A:\n    def f(self):\n        pass\n      x = 1\n",
                   "t.py:4:12: SyntaxError: unindent does not match any outer indentation level")
        checkError("\\\n ]\n",
                   "t.py:2:1: SyntaxError: unexpected indent")
        checkError("\\\n x = 1\n",
                   "t.py:2:1: SyntaxError: unexpected indent")
    }

    func testGrammarErrors() {
        checkError("x = 1 +\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("x.True = 1\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("x = a $ b\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("x = a ? b\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("print 'x'\n",
                   "t.py:1:1: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?")
        checkError("a b\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("x = a not b\n",
                   "t.py:1:11: SyntaxError: invalid syntax")
        checkError("if x\n  pass\n",
                   "t.py:1:5: SyntaxError: expected ':'")
        checkError("while x\n  pass\n",
                   "t.py:1:8: SyntaxError: expected ':'")
        checkError("for x in y\n  pass\n",
                   "t.py:1:11: SyntaxError: expected ':'")
        checkError("def f()\n  pass\n",
                   "t.py:1:8: SyntaxError: expected ':'")
        checkError("class A\n",
                   "t.py:1:8: SyntaxError: expected ':'")
        checkError("try\n  pass\n",
                   "t.py:1:4: SyntaxError: expected ':'")
        checkError("def f:\n",
                   "t.py:1:6: SyntaxError: expected '('")
        checkError("while x = 1: pass\n",
                   "t.py:1:7: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        checkError("if x = 1: pass\n",
                   "t.py:1:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        checkError("f(a b)\n",
                   "t.py:1:3: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("[a b]\n",
                   "t.py:1:2: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("(a b c)\n",
                   "t.py:1:2: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("f(a, b c)\n",
                   "t.py:1:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("x = [1 2]\n",
                   "t.py:1:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("f(\n  a=1\n  b=2)\n",
                   "t.py:2:5: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("def f(/): pass\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("f(a.b=1)\n",
                   "t.py:1:3: SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?")
        checkError("x = {**a: 1}\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("class A(:\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("def f(:\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("import a.b as\n",
                   "t.py:1:14: SyntaxError: invalid syntax")
        checkError("from . import *, a\n",
                   "t.py:1:16: SyntaxError: invalid syntax")
        checkError("from a import b,\n",
                   "t.py:1:17: SyntaxError: trailing comma not allowed without surrounding parentheses")
        checkError("import\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("a = 1 if b\n",
                   "t.py:1:5: SyntaxError: expected 'else' after 'if' expression")
        checkError("x = not\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("x = 1;;\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("try:\n  pass\n",
                   "t.py:2:7: SyntaxError: expected 'except' or 'finally' block")
        checkError("try:\n  pass\n\n",
                   "t.py:3:1: SyntaxError: expected 'except' or 'finally' block")
        checkError("try:\n  x\nelse:\n  pass\n",
                   "t.py:3:1: SyntaxError: expected 'except' or 'finally' block")
        checkError("try:\n  pass\nexcept A, B:\n  pass\n",
                   "t.py:3:8: SyntaxError: multiple exception types must be parenthesized")
        checkError("@x\nx = 1\n",
                   "t.py:2:1: SyntaxError: invalid syntax")
        checkError("x = {1: 2, 3}\n",
                   "t.py:1:12: SyntaxError: ':' expected after dictionary key")
        checkError("def f(x) -> :\n  pass\n",
                   "t.py:1:10: SyntaxError: expected ':'")
        checkError("x = [1, 2,, 3]\n",
                   "t.py:1:11: SyntaxError: invalid syntax")
        checkError("f(,)\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("import a,\n",
                   "t.py:1:10: SyntaxError: invalid syntax")
        checkError("else if x:\n  pass\n",
                   "t.py:1:1: SyntaxError: invalid syntax")
        checkError("if x:\n  pass\nelse if y:\n  pass\n",
                   "t.py:3:6: SyntaxError: expected ':'")
        checkError("x === y\n",
                   "t.py:1:5: SyntaxError: invalid syntax")
        checkError("x => y\n",
                   "t.py:1:4: SyntaxError: invalid syntax")
        checkError("x = {a: b for}\n",
                   "t.py:1:14: SyntaxError: invalid syntax")
        checkError("xb\"abc\"\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("class A(B,,C): pass\n",
                   "t.py:1:11: SyntaxError: invalid syntax")
        checkError("a[1:2:3:4]\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("a[]\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("x.\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("x = 5 if\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("not\n",
                   "t.py:1:4: SyntaxError: invalid syntax")
        checkError("from import x\n",
                   "t.py:1:6: SyntaxError: invalid syntax")
        checkError("import .a\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("x = (1 2)\n",
                   "t.py:1:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("{1 2}\n",
                   "t.py:1:2: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("for x y:\n  pass\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("for x in:\n  pass\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("while:\n  pass\n",
                   "t.py:1:6: SyntaxError: invalid syntax")
        checkError("def (x): pass\n",
                   "t.py:1:5: SyntaxError: invalid syntax")
        checkError("def f(x y): pass\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("def f(x,,y): pass\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("x = 1 +* 2\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("x = a.b.\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("x = [i for i in range(10) if]\n",
                   "t.py:1:29: SyntaxError: invalid syntax")
        checkError("x = lambda: \n",
                   "t.py:1:13: SyntaxError: invalid syntax")
        checkError("x = lambda x y: 1\n",
                   "t.py:1:14: SyntaxError: invalid syntax")
        checkError("with a as b c:\n  pass\n",
                   "t.py:1:13: SyntaxError: invalid syntax")
        checkError("try:\n  pass\nexcept E as:\n  pass\n",
                   "t.py:3:12: SyntaxError: invalid syntax")
        checkError("try:\n  pass\nexcept E as e.f:\n  pass\n",
                   "t.py:3:14: SyntaxError: invalid syntax")
        checkError("raise E,\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("assert x,\n",
                   "t.py:1:10: SyntaxError: invalid syntax")
        checkError("return return\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("del\n",
                   "t.py:1:4: SyntaxError: invalid syntax")
        checkError("global x.y\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("x: int, y: int = 1, 2\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("async = 1\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("await = 1\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("f(x=1 for x in y)\n",
                   "t.py:1:3: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        checkError("f(**x for x in y)\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("class C(x for x in y): pass\n",
                   "t.py:1:11: SyntaxError: invalid syntax")
        checkError("x = {1: *a}\n",
                   "t.py:1:9: SyntaxError: cannot use a starred expression in a dictionary value")
        checkError("x = {*a: 1}\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("x = a := 1\n",
                   "t.py:1:7: SyntaxError: invalid syntax")
        checkError("x = (a.b := 1)\n",
                   "t.py:1:6: SyntaxError: cannot use assignment expressions with attribute")
        checkError("def f(a := 1): pass\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("x = {a := 1: 2}\n",
                   "t.py:1:12: SyntaxError: invalid syntax")
        checkError("@decorator\nx = 1\n",
                   "t.py:2:1: SyntaxError: invalid syntax")
        checkError("x = 0x1.5\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("a b\nx = (\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("a b\nx = 1\n  y\n z\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("a b\nx = 1 \\ 2\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("dion(obj):\n",
                   "t.py:1:10: SyntaxError: invalid syntax")
        checkError("if has:attr(y):\n  pass\n",
                   "t.py:1:15: SyntaxError: invalid syntax")
        checkError("self.a := 1\n",
                   "t.py:1:1: SyntaxError: cannot use assignment expressions with attribute")
        checkError("if x = 1: pass\n",
                   "t.py:1:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        checkError("[x = 1]\n",
                   "t.py:1:2: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        checkError("f(fdef \"s\")\n",
                   "t.py:1:8: SyntaxError: invalid syntax")
        checkError("[e for e in entries f key in e]\n",
                   "t.py:1:21: SyntaxError: invalid syntax")
        checkError("def f(x):\n  return x +\n",
                   "t.py:2:13: SyntaxError: invalid syntax")
        checkError("x = {a: b for a in c d}\n",
                   "t.py:1:22: SyntaxError: invalid syntax")
        checkError("d = {\"a\": 1 \"b\": 2}\n",
                   "t.py:1:11: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("print(\"a\" \"b\" c)\n",
                   "t.py:1:7: SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        checkError("import a b\n",
                   "t.py:1:10: SyntaxError: invalid syntax")
        checkError("from a import b c\n",
                   "t.py:1:17: SyntaxError: invalid syntax")
        checkError("x = 1 +  # comment\n",
                   "t.py:1:10: SyntaxError: invalid syntax")
        checkError("if x  # comment\n    pass\n",
                   "t.py:1:7: SyntaxError: expected ':'")
        checkError("from #c\n",
                   "t.py:1:6: SyntaxError: invalid syntax")
        checkError("x := 1\n",
                   "t.py:1:3: SyntaxError: invalid syntax")
        checkError("a.b := 1\n",
                   "t.py:1:1: SyntaxError: cannot use assignment expressions with attribute")
        checkError("x = a if b.\n",
                   "t.py:1:5: SyntaxError: expected 'else' after 'if' expression")
        checkError("x = 5 if\n",
                   "t.py:1:9: SyntaxError: invalid syntax")
        checkError("else(\n",
                   "t.py:1:1: SyntaxError: invalid syntax")
        checkError("x = (a if b)\n",
                   "t.py:1:6: SyntaxError: expected 'else' after 'if' expression")
    }

    func testTargetsErrors() {
        checkError("f() = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?")
        checkError("1 = x\n",
                   "t.py:1:1: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?")
        checkError("x + 1 = 2\n",
                   "t.py:1:1: SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?")
        checkError("(a, 1) = x\n",
                   "t.py:1:5: SyntaxError: cannot assign to literal")
        checkError("del f()\n",
                   "t.py:1:5: SyntaxError: cannot delete function call")
        checkError("for 1 in x: pass\n",
                   "t.py:1:5: SyntaxError: cannot assign to literal")
        checkError("(a, b) += 1\n",
                   "t.py:1:1: SyntaxError: 'tuple' is an illegal expression for augmented assignment")
        checkError("f() += 1\n",
                   "t.py:1:1: SyntaxError: 'function call' is an illegal expression for augmented assignment")
        checkError("{a: 1} = 2\n",
                   "t.py:1:1: SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='?")
        checkError("{a} = 2\n",
                   "t.py:1:1: SyntaxError: cannot assign to set display here. Maybe you meant '==' instead of '='?")
        checkError("f'{x}' = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='?")
        checkError("[x for x in y] = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?")
        checkError("a if b else c = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to conditional expression")
        checkError("lambda: 1 = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to lambda")
        checkError("a < b = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to comparison")
        checkError("... = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to ellipsis here. Maybe you meant '==' instead of '='?")
        checkError("(x := 1) = 2\n",
                   "t.py:1:2: SyntaxError: cannot assign to named expression here. Maybe you meant '==' instead of '='?")
        checkError("x = 1 = 2\n",
                   "t.py:1:5: SyntaxError: cannot assign to literal")
        checkError("[a]: int = 1\n",
                   "t.py:1:1: SyntaxError: only single target (not list) can be annotated")
        checkError("(a, b): int\n",
                   "t.py:1:1: SyntaxError: only single target (not tuple) can be annotated")
        checkError("a + 1: int\n",
                   "t.py:1:1: SyntaxError: illegal target for annotation")
        checkError("del (a, 1)\n",
                   "t.py:1:9: SyntaxError: cannot delete literal")
        checkError("del a + 1\n",
                   "t.py:1:5: SyntaxError: cannot delete expression")
        checkError("del True\n",
                   "t.py:1:5: SyntaxError: cannot delete True")
        checkError("with a as 1: pass\n",
                   "t.py:1:11: SyntaxError: cannot assign to literal")
        checkError("[x for 1 in y]\n",
                   "t.py:1:8: SyntaxError: cannot assign to literal")
        checkError("True = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to True")
        checkError("None = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to None")
        checkError("f(True=1)\n",
                   "t.py:1:3: SyntaxError: cannot assign to True")
        checkError("a = yield = 3\n",
                   "t.py:1:5: SyntaxError: assignment to yield expression not possible")
        checkError("(yield) = 1\n",
                   "t.py:1:2: SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='?")
        checkError("del *a\n",
                   "t.py:1:5: SyntaxError: cannot delete starred")
        checkError("x = (*a)\n",
                   "t.py:1:6: SyntaxError: cannot use starred expression here")
        checkError("x = *a\n",
                   "t.py:1:5: SyntaxError: can't use starred expression here")
        checkError("*a = 1\n",
                   "t.py:1:1: SyntaxError: starred assignment target must be in a list or tuple")
        checkError("*a, *b = 1\n",
                   "t.py:1:1: SyntaxError: multiple starred expressions in assignment")
        checkError("__debug__ = 1\n",
                   "t.py:1:1: SyntaxError: cannot assign to __debug__")
        checkError("def f():\n  yield = 1\n",
                   "t.py:2:3: SyntaxError: assignment to yield expression not possible")
        checkError("if x.y = 1: pass\n",
                   "t.py:1:4: SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='?")
        checkError("x = lambda: (yield) = 1\n",
                   "t.py:1:5: SyntaxError: cannot assign to lambda")
        checkError("f'{x}' = | y\n",
                   "t.py:1:1: SyntaxError: cannot assign to f-string expression")
        checkError("y = 1 = | 2\n",
                   "t.py:1:5: SyntaxError: cannot assign to literal")
    }

    func testArgumentsErrors() {
        checkError("def f(a, a): pass\n",
                   "t.py:1:10: SyntaxError: duplicate argument 'a' in function definition")
        checkError("f(a=1, a=2)\n",
                   "t.py:1:8: SyntaxError: keyword argument repeated: a")
        checkError("def f(a=1, b): pass\n",
                   "t.py:1:12: SyntaxError: non-default argument follows default argument")
        checkError("def f(*): pass\n",
                   "t.py:1:7: SyntaxError: named arguments must follow bare *")
        checkError("x = lambda *: 1\n",
                   "t.py:1:13: SyntaxError: named arguments must follow bare *")
        checkError("def f(a, /, b, /): pass\n",
                   "t.py:1:16: SyntaxError: / may appear only once")
        checkError("def f(*a, /): pass\n",
                   "t.py:1:11: SyntaxError: / must be ahead of *")
        checkError("def f(**k=1): pass\n",
                   "t.py:1:10: SyntaxError: var-keyword argument cannot have default value")
        checkError("def f(**k, a): pass\n",
                   "t.py:1:12: SyntaxError: arguments cannot follow var-keyword argument")
        checkError("def f(*a, *b): pass\n",
                   "t.py:1:11: SyntaxError: * argument may appear only once")
        checkError("lambda x=1, y: 0\n",
                   "t.py:1:13: SyntaxError: non-default argument follows default argument")
        checkError("f(a=1, b)\n",
                   "t.py:1:9: SyntaxError: positional argument follows keyword argument")
        checkError("f(**a, *b)\n",
                   "t.py:1:8: SyntaxError: iterable argument unpacking follows keyword argument unpacking")
        checkError("f(**a, b)\n",
                   "t.py:1:9: SyntaxError: positional argument follows keyword argument unpacking")
        checkError("f(x for x in y, 1)\n",
                   "t.py:1:3: SyntaxError: Generator expression must be parenthesized")
        checkError("class A(B, metaclass=M, C): pass\n",
                   "t.py:1:26: SyntaxError: positional argument follows keyword argument")
        checkError("f(*x for x in y)\n",
                   "t.py:1:3: SyntaxError: iterable unpacking cannot be used in comprehension")
        checkError("x = [*a for a in b]\n",
                   "t.py:1:6: SyntaxError: iterable unpacking cannot be used in comprehension")
        checkError("x = {**a for a in b}\n",
                   "t.py:1:6: SyntaxError: dict unpacking cannot be used in dict comprehension")
        checkError("x = (*a for a in b)\n",
                   "t.py:1:6: SyntaxError: iterable unpacking cannot be used in comprehension")
        checkError("lambda *,: 1\n",
                   "t.py:1:10: SyntaxError: named arguments must follow bare *")
        checkError("def f(*, **k): pass\n",
                   "t.py:1:7: SyntaxError: named arguments must follow bare *")
    }

    func testFStringsErrors() {
        checkError("x = f'{'\n",
                   "t.py:1:9: SyntaxError: f-string: expecting '}'")
        checkError("x = f'{}'\n",
                   "t.py:1:10: SyntaxError: f-string: empty expression not allowed")
        checkError("x = f'}'\n",
                   "t.py:1:9: SyntaxError: f-string: single '}' is not allowed")
        checkError("x = f'{x!z}'\n",
                   "t.py:1:13: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'")
        checkError("x = f'{x'\n",
                   "t.py:1:10: SyntaxError: f-string: expecting '}'")
        checkError("x = f\"{x!}\"\n",
                   "t.py:1:12: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'")
        checkError("x = f\"{a)}\"\n",
                   "t.py:1:12: SyntaxError: f-string: unmatched ')'")
        checkError("x = f\"{x:{y:{z}}}\"\n",
                   "t.py:1:19: SyntaxError: f-string: expressions nested too deeply")
        checkError("x = f\"{\\n}\"\n",
                   "t.py:1:12: SyntaxError: f-string expression part cannot include a backslash")
        checkError("x = f\"{#}\"\n",
                   "t.py:1:11: SyntaxError: f-string expression part cannot include '#'")
        checkError("x = f\"{ }\"\n",
                   "t.py:1:11: SyntaxError: f-string: empty expression not allowed")
        checkError("x = f\"a{b!r=}\"\n",
                   "t.py:1:15: SyntaxError: f-string: expecting '}'")
        checkError("x = f'{a!r'\n",
                   "t.py:1:12: SyntaxError: f-string: expecting '}'")
    }

    func testCompileTimeErrors() {
        checkError("return 1\n",
                   "t.py:1:1: SyntaxError: 'return' outside function")
        checkError("yield 1\n",
                   "t.py:1:1: SyntaxError: 'yield' outside function")
        checkError("await x\n",
                   "t.py:1:1: SyntaxError: 'await' outside function")
        checkError("break\n",
                   "t.py:1:1: SyntaxError: 'break' outside loop")
        checkError("continue\n",
                   "t.py:1:1: SyntaxError: 'continue' not properly in loop")
        checkError("def f():\n  break\n",
                   "t.py:2:3: SyntaxError: 'break' outside loop")
        checkError("while x:\n  def g():\n    continue\n",
                   "t.py:3:5: SyntaxError: 'continue' not properly in loop")
        checkError("class A:\n  return 1\n",
                   "t.py:2:3: SyntaxError: 'return' outside function")
        checkError("for x in y:\n  pass\nelse:\n  break\n",
                   "t.py:4:3: SyntaxError: 'break' outside loop")
        checkError("nonlocal x\n",
                   "t.py:1:1: SyntaxError: nonlocal declaration not allowed at module level")
        checkError("def f():\n  x = [(yield) for a in b]\n",
                   "t.py:2:9: SyntaxError: 'yield' inside list comprehension")
        checkError("async def f():\n  yield from x\n",
                   "t.py:2:3: SyntaxError: 'yield from' inside async function")
        checkError("def f():\n  await x\n",
                   "t.py:2:3: SyntaxError: 'await' outside async function")
        checkError("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n",
                   "t.py:3:1: SyntaxError: default 'except:' must be last")
        checkError("async with x: pass\n",
                   "t.py:1:1: SyntaxError: 'async with' outside async function")
        checkError("x = [x async for x in y]\n",
                   "t.py:1:5: SyntaxError: asynchronous comprehension outside of an asynchronous function")
    }

    /// Near misses that CPython accepts: they must parse.
    func testValidLookalikes() {
        XCTAssertNoThrow(try parseModule(source: "x = *a, *b\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "print(f\"{x!r:}\")\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "def f(a, b, /, c, *, d, **e,): pass\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "def f(**e,): pass\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "lambda **e,: 1\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "lambda *a,: 1\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = [a := 1]\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "f(a := 1)\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "f(a, b := 1)\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x[a := 1]\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = {a := 1}\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "@decorator\n\nclass A: pass\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 0o_7\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 1.5.e3\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 0777j\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 0777.0\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 0777e1\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 1_000j\n", file: "t.py"))
        XCTAssertNoThrow(try parseModule(source: "x = 00_0\n", file: "t.py"))
    }
}
