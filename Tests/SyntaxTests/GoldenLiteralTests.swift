// GoldenLiteralTests.swift — source snippet -> expected AST dump: numbers, strings, bytes, escapes, concatenation, non-ASCII source and f-strings.
//
// The expected dumps were produced from CPython 3.11's own `ast` module, printed in ASTDump's
// format by a reference printer, so they check this parser against CPython (structure and, for
// the cases marked `locations: true`, every expression's line:col). See GoldenSupport.swift.
import XCTest
@testable import Syntax

final class GoldenLiteralTests: XCTestCase {
    func testIntegers() {
        checkDump("a = 0\nb = 123\nc = 1_000_000\nd = 0x1F\ne = 0o777\nf = 0b1010\ng = 0X_ff\nh = 00\n", #"""
            1:1 Assign (Name a) = (Int 0)
            2:1 Assign (Name b) = (Int 123)
            3:1 Assign (Name c) = (Int 1000000)
            4:1 Assign (Name d) = (Int 31)
            5:1 Assign (Name e) = (Int 511)
            6:1 Assign (Name f) = (Int 10)
            7:1 Assign (Name g) = (Int 255)
            8:1 Assign (Name h) = (Int 0)
            """# + "\n")
    }

    func testBigIntegers() {
        checkDump("a = 9223372036854775807\nb = 9223372036854775808\nc = 0xFFFFFFFFFFFFFFFFFFFF\nd = 123456789012345678901234567890\ne = 0b1_0000000000000000000000000000000000000000000000000000000000000000\n", #"""
            1:1 Assign (Name a) = (Int 9223372036854775807)
            2:1 Assign (Name b) = (BigInt 9223372036854775808)
            3:1 Assign (Name c) = (BigInt 1208925819614629174706175)
            4:1 Assign (Name d) = (BigInt 123456789012345678901234567890)
            5:1 Assign (Name e) = (BigInt 18446744073709551616)
            """# + "\n")
    }

    func testFloats() {
        checkDump("a = 1.0\nb = 1.\nc = .5\nd = 1e10\ne = 1.5E-3\nf = 1_0.0_1\ng = 1e+5\nh = 0.1\ni = 1e308\nj = 1e400\nk = 09.5\n", #"""
            1:1 Assign (Name a) = (Float 1.0)
            2:1 Assign (Name b) = (Float 1.0)
            3:1 Assign (Name c) = (Float 0.5)
            4:1 Assign (Name d) = (Float 10000000000.0)
            5:1 Assign (Name e) = (Float 0.0015)
            6:1 Assign (Name f) = (Float 10.01)
            7:1 Assign (Name g) = (Float 100000.0)
            8:1 Assign (Name h) = (Float 0.1)
            9:1 Assign (Name i) = (Float 1e+308)
            10:1 Assign (Name j) = (Float inf)
            11:1 Assign (Name k) = (Float 9.5)
            """# + "\n")
    }

    func testImaginary() {
        checkDump("a = 1j\nb = 1.5J\nc = 1e3j\nd = 0j\ne = 09j\n", #"""
            1:1 Assign (Name a) = (Imaginary 1.0)
            2:1 Assign (Name b) = (Imaginary 1.5)
            3:1 Assign (Name c) = (Imaginary 1000.0)
            4:1 Assign (Name d) = (Imaginary 0.0)
            5:1 Assign (Name e) = (Imaginary 9.0)
            """# + "\n")
    }

    func testNumberFollowedByKeyword() {
        checkDump("x = 1if y else 2\nz = [0for _ in r]\n", #"""
            1:1 Assign (Name x) = (IfExp (Name y) then (Int 1) else (Int 2))
            2:1 Assign (Name z) = (ListComp (Int 0) for (Name _) in (Name r))
            """# + "\n")
    }

    func testStringsQuotes() {
        checkDump("a = 'single'\nb = \"double\"\nc = '''triple\nsingle'''\nd = \"\"\"triple \"double\" \"\"\"\ne = 'it\\'s'\nf = \"say \\\"hi\\\"\"\n", #"""
            1:1 Assign (Name a) = (Str "single")
            2:1 Assign (Name b) = (Str "double")
            3:1 Assign (Name c) = (Str "triple\nsingle")
            5:1 Assign (Name d) = (Str "triple \"double\" ")
            6:1 Assign (Name e) = (Str "it's")
            7:1 Assign (Name f) = (Str "say \"hi\"")
            """# + "\n")
    }

    func testStringEscapes() {
        checkDump("s = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u00e9\\U0001F600\\N{BULLET}\\N{LATIN SMALL LETTER A}\\q'\n", #"""
            1:1 Assign (Name s) = (Str "\n\t\\'\"\x07\x08\x0c\x0b\r\x00AAé😀•a\\q")
            """# + "\n")
    }

    func testStringEscapeFullUnicodeNames() {
        checkDump("s = '\\N{GREEK CAPITAL LETTER OMEGA}\\N{greek small letter beta}\\N{SNOWMAN}'\n", #"""
            1:1 Assign (Name s) = (Str "Ωβ☃")
            """# + "\n")
    }

    func testLineContinuationInString() {
        checkDump("s = 'abc\\\ndef'\n", #"""
            1:1 Assign (Name s) = (Str "abcdef")
            """# + "\n")
    }

    func testRawStrings() {
        checkDump("a = r'\\n\\d'\nb = R\"\\\\\"\nc = r'\\''\n", #"""
            1:1 Assign (Name a) = (Str "\\n\\d")
            2:1 Assign (Name b) = (Str "\\\\")
            3:1 Assign (Name c) = (Str "\\'")
            """# + "\n")
    }

    func testBytes() {
        checkDump("a = b'abc'\nb = B'\\x00\\xff\\n'\nc = rb'\\n'\nd = bR'x' Rb'y' br'z'\ne = b'\\u1234'\n", #"""
            1:1 Assign (Name a) = (Bytes b"abc")
            2:1 Assign (Name b) = (Bytes b"\x00\xff\n")
            3:1 Assign (Name c) = (Bytes b"\\n")
            4:1 Assign (Name d) = (Bytes b"xyz")
            5:1 Assign (Name e) = (Bytes b"\\u1234")
            """# + "\n")
    }

    func testUnicodePrefix() {
        checkDump("a = u'text'\nb = U'x'\n", #"""
            1:1 Assign (Name a) = (Str "text")
            2:1 Assign (Name b) = (Str "x")
            """# + "\n")
    }

    func testStringConcatenation() {
        checkDump("s = 'a' \"b\" '''c'''\nt = ('x'\n     'y')\n", #"""
            1:1 Assign (Name s) = (Str "abc")
            2:1 Assign (Name t) = (Str "xy")
            """# + "\n")
    }

    func testNonASCII() {
        checkDump("名前 = 'Ünïcödé ✓'\nπ = 3.14\ndef café(naïve):\n    return naïve\n", #"""
            1:1 Assign (Name 名前) = (Str "Ünïcödé ✓")
            2:1 Assign (Name π) = (Float 3.14)
            3:1 FunctionDef café(naïve)
              4:5 Return (Name naïve)
            """# + "\n")
    }

    func testNonASCIIColumns() {
        checkDump("é = 'ü'; x = é\n", #"""
            1:1 Assign (Name é @1:1) = (Str "ü" @1:5)
            1:10 Assign (Name x @1:10) = (Name é @1:14)
            """# + "\n", locations: true)
    }

    func testNFKCIdentifiers() {
        checkDump("ﬁle = 1\n", #"""
            1:1 Assign (Name file) = (Int 1)
            """# + "\n")
    }

    func testCrlfLineEndings() {
        checkDump("x = 1\r\ny = 2\r\nif x:\r\n    z = 3\r\n", #"""
            1:1 Assign (Name x) = (Int 1)
            2:1 Assign (Name y) = (Int 2)
            3:1 If (Name x)
              then
                4:5 Assign (Name z) = (Int 3)
            """# + "\n")
    }

    func testNoTrailingNewline() {
        checkDump("x = 1", #"""
            1:1 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testFormFeed() {
        checkDump("\u{c}x = 1\n", #"""
            1:2 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testFStringBasic() {
        checkDump("s = f'a{b}c'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "a") (FormattedValue (Name b)) (Str "c"))
            """# + "\n")
    }

    func testFStringConversionsAndSpecs() {
        checkDump("s = f'{x!r} {y!s} {z!a} {w:>10} {v!r:^{width}}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Name x) !r) (Str " ") (FormattedValue (Name y) !s) (Str " ") (FormattedValue (Name z) !a) (Str " ") (FormattedValue (Name w) :(JoinedStr (Str ">10"))) (Str " ") (FormattedValue (Name v) !r :(JoinedStr (Str "^") (FormattedValue (Name width)))))
            """# + "\n")
    }

    func testFStringNestedSpec() {
        checkDump("s = f'{value:{width}.{precision}f}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Name value) :(JoinedStr (FormattedValue (Name width)) (Str ".") (FormattedValue (Name precision)) (Str "f"))))
            """# + "\n")
    }

    func testFStringBraces() {
        checkDump("s = f'{{literal}} {x}}}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "{literal} ") (FormattedValue (Name x)) (Str "}"))
            """# + "\n")
    }

    func testFStringDebug() {
        checkDump("s = f'{x=}'\nt = f'{x = }'\nu = f'{x=!s}'\nv = f'{x=:>4}'\nw = f'{a+b=}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "x=") (FormattedValue (Name x) !r))
            2:1 Assign (Name t) = (JoinedStr (Str "x = ") (FormattedValue (Name x) !r))
            3:1 Assign (Name u) = (JoinedStr (Str "x=") (FormattedValue (Name x) !s))
            4:1 Assign (Name v) = (JoinedStr (Str "x=") (FormattedValue (Name x) :(JoinedStr (Str ">4"))))
            5:1 Assign (Name w) = (JoinedStr (Str "a+b=") (FormattedValue (BinOp + (Name a) (Name b)) !r))
            """# + "\n")
    }

    func testFStringExpressions() {
        checkDump("s = f'{a + b} {f(x)} {d[\"k\"]} {x if y else z} {[i for i in r]} {lambda_ }'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (BinOp + (Name a) (Name b))) (Str " ") (FormattedValue (Call (Name f) (Name x))) (Str " ") (FormattedValue (Subscript (Name d) (Str "k"))) (Str " ") (FormattedValue (IfExp (Name y) then (Name x) else (Name z))) (Str " ") (FormattedValue (ListComp (Name i) for (Name i) in (Name r))) (Str " ") (FormattedValue (Name lambda_)))
            """# + "\n")
    }

    func testFStringTupleAndDict() {
        checkDump("s = f'{a, b} { {1: 2}[1] }'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Tuple (Name a) (Name b))) (Str " ") (FormattedValue (Subscript (Dict (Int 1):(Int 2)) (Int 1))))
            """# + "\n")
    }

    func testFStringConcatenation() {
        checkDump("s = 'a' f'{b}' 'c' f'd{e}'\nt = f'' 'x'\nu = f''\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "a") (FormattedValue (Name b)) (Str "cd") (FormattedValue (Name e)))
            2:1 Assign (Name t) = (JoinedStr (Str "x"))
            3:1 Assign (Name u) = (JoinedStr)
            """# + "\n")
    }

    func testFStringEscapes() {
        checkDump("s = f'\\n{x}\\t\\N{BULLET}{y}'\nt = rf'\\n{x}'\nu = fR'{x}\\d'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "\n") (FormattedValue (Name x)) (Str "\t•") (FormattedValue (Name y)))
            2:1 Assign (Name t) = (JoinedStr (Str "\\n") (FormattedValue (Name x)))
            3:1 Assign (Name u) = (JoinedStr (FormattedValue (Name x)) (Str "\\d"))
            """# + "\n")
    }

    func testFStringTripleQuotedMultiline() {
        checkDump("s = f'''line1 {a}\nline2 {\n  b\n}'''\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "line1 ") (FormattedValue (Name a)) (Str "\nline2 ") (FormattedValue (Name b)))
            """# + "\n")
    }

    func testFStringLocations() {
        checkDump("s = f'ab{x}{y!r:{w}}'\nt = 'c' f'{z}'\nu = f'''\n{q}'''\n", #"""
            1:1 Assign (Name s @1:1) = (JoinedStr (Str "ab" @1:5) (FormattedValue (Name x @1:10) @1:5) (FormattedValue (Name y @1:13) !r :(JoinedStr (FormattedValue (Name w @1:18) @1:5) @1:5) @1:5) @1:5)
            2:1 Assign (Name t @2:1) = (JoinedStr (Str "c" @2:5) (FormattedValue (Name z @2:12) @2:5) @2:5)
            3:1 Assign (Name u @3:1) = (JoinedStr (Str "\n" @3:5) (FormattedValue (Name q @4:2) @3:5) @3:5)
            """# + "\n", locations: true)
    }

    func testFStringStringInExpression() {
        checkDump("s = f\"{'quoted'} {d['k']!r}\"\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Str "quoted")) (Str " ") (FormattedValue (Subscript (Name d) (Str "k")) !r))
            """# + "\n")
    }

    func testFStringWithComparisonAndNotEqual() {
        checkDump("s = f'{a != b} {a == b} {a <= b}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Compare (Name a) != (Name b))) (Str " ") (FormattedValue (Compare (Name a) == (Name b))) (Str " ") (FormattedValue (Compare (Name a) <= (Name b))))
            """# + "\n")
    }

    func testFStringWalrusNeedsParens() {
        checkDump("s = f'{(y := 10)}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (NamedExpr (Name y) (Int 10))))
            """# + "\n")
    }

    func testStringPrefixesCaseInsensitive() {
        checkDump("a = Rb'x'\nb = BR'y'\nc = Fr'{z}'\nd = fR'{w}'\ne = RF'{v}'\n", #"""
            1:1 Assign (Name a) = (Bytes b"x")
            2:1 Assign (Name b) = (Bytes b"y")
            3:1 Assign (Name c) = (JoinedStr (FormattedValue (Name z)))
            4:1 Assign (Name d) = (JoinedStr (FormattedValue (Name w)))
            5:1 Assign (Name e) = (JoinedStr (FormattedValue (Name v)))
            """# + "\n")
    }

    func testFStringNestedQuotes() {
        checkDump("s = f\"{x['a']} {y!r:>{'10'}}\"\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Subscript (Name x) (Str "a"))) (Str " ") (FormattedValue (Name y) !r :(JoinedStr (Str ">") (FormattedValue (Str "10")))))
            """# + "\n")
    }

    func testFStringDebugWithSpacesAndConversion() {
        checkDump("s = f'{ x = !r:>5}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str " x = ") (FormattedValue (Name x) !r :(JoinedStr (Str ">5"))))
            """# + "\n")
    }
}
