// EdgeCaseTests.swift — inputs at the edges: empty files, deep nesting, the public helpers.
import XCTest
@testable import Syntax

final class EdgeCaseTests: XCTestCase {
    func dump(_ source: String) throws -> String {
        try parseModule(source: source, file: "t.py").body.map { dumpAST($0) }.joined()
    }

    func testEmptyAndBlankFiles() throws {
        for source in ["", "\n", "# only a comment", "\n\n   \n\t\n", "# a\n  # b\n", "\u{FEFF}"] {
            let module = try parseModule(source: source, file: "t.py")
            XCTAssertTrue(module.body.isEmpty, source.debugDescription)
        }
    }

    func testModuleLines() throws {
        let module = try parseModule(source: "a = 1\r\nb = 2\rc = 3\n", file: "t.py")
        XCTAssertEqual(module.lines, ["a = 1", "b = 2", "c = 3"])
        XCTAssertEqual(module.file, "t.py")
    }

    func testDeepNesting() throws {
        let depth = 150
        let source = "x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + "\n"
        XCTAssertEqual(try dump(source), "1:1 Assign (Name x) = (Int 1)\n")
        let unary = "x = " + String(repeating: "-", count: 900) + "1\n"
        XCTAssertNoThrow(try dump(unary))
        let ternaries = "x = " + String(repeating: "a if b else ", count: 900) + "c\n"
        XCTAssertNoThrow(try dump(ternaries))
    }

    func testTooDeepRecursionIsAnError() {
        for source in ["x = " + String(repeating: "-", count: 5000) + "1\n",
                       "x = " + String(repeating: "not ", count: 5000) + "1\n",
                       "x = " + String(repeating: "lambda: ", count: 5000) + "1\n",
                       "x = " + String(repeating: "2 ** ", count: 5000) + "1\n"] {
            XCTAssertThrowsError(try dump(source)) { error in
                XCTAssertTrue("\(error)".hasSuffix("SyntaxError: too many nested expressions"), "\(error)")
            }
        }
    }

    func testTooManyNestedParentheses() {
        let source = "x = " + String(repeating: "(", count: 250) + "1" + String(repeating: ")", count: 250) + "\n"
        XCTAssertThrowsError(try dump(source)) { error in
            XCTAssertEqual("\(error)", "t.py:1:205: SyntaxError: too many nested parentheses")
        }
    }

    func testParseExpressionHelper() throws {
        XCTAssertEqual(dumpAST(try parseExpression(source: "a + b * 2")),
                       "(BinOp + (Name a) (BinOp * (Name b) (Int 2)))")
        XCTAssertEqual(dumpAST(try parseExpression(source: "f(x)[1]"), locations: true),
                       "(Subscript (Call (Name f @1:1) (Name x @1:3) @1:1) (Int 1 @1:6) @1:1)")
        XCTAssertThrowsError(try parseExpression(source: "a b"))
    }

    func testModuleDumpHeader() throws {
        let module = try parseModule(source: "pass\n", file: "m.py")
        XCTAssertEqual(dumpAST(module), "Module m.py\n  1:1 Pass\n")
    }

    func testDiagnosticRendering() throws {
        let source = "def f():\n    x = (1,\n         2]\n"
        do {
            _ = try parseModule(source: source, file: "m.py")
            XCTFail("expected an error")
        } catch let d as Diagnostic {
            let registry = SourceRegistry()
            registry.register(file: "m.py", lines: source.split(separator: "\n").map(String.init))
            XCTAssertEqual(d.render(sources: registry), """
                m.py:3:11: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 2
                    2]
                     ^

                """)
        }
    }

    func testParseWithRegistryQuotesTheLine() {
        let registry = SourceRegistry()
        let source = "x = 1\nif x\n    pass\n"
        XCTAssertThrowsError(try parseModule(source: source, file: "r.py", registry: registry)) { error in
            guard let d = error as? Diagnostic else { return XCTFail("not a diagnostic") }
            XCTAssertEqual(d.render(sources: registry), "r.py:2:5: SyntaxError: expected ':'\n    if x\n        ^\n")
        }
    }

    func testLiteralValues() throws {
        let e = try parseExpression(source: "(9223372036854775807, 9223372036854775808, 0xFFFFFFFFFFFFFFFFFF, 1e400, 2j)")
        guard case .tuple(let items) = e.kind else { return XCTFail("not a tuple") }
        var values: [Constant] = []
        for item in items {
            guard case .constant(let c) = item.kind else { return XCTFail("not a constant") }
            values.append(c)
        }
        XCTAssertEqual(values, [.int(Int.max), .bigInt("9223372036854775808"),
                                .bigInt("4722366482869645213695"), .float(.infinity), .imaginary(2)])
    }

    func testBytesAndStringValues() throws {
        let e = try parseExpression(source: #"(b'\x00\xff\101', 'a\u00e9\U0001F600\N{EM DASH}', r'\n')"#)
        guard case .tuple(let items) = e.kind else { return XCTFail("not a tuple") }
        guard case .constant(.bytes(let b)) = items[0].kind,
              case .constant(.str(let s)) = items[1].kind,
              case .constant(.str(let r)) = items[2].kind else { return XCTFail("wrong kinds") }
        XCTAssertEqual(b, [0, 255, 65])
        XCTAssertEqual(s, "a\u{e9}\u{1F600}\u{2014}")
        XCTAssertEqual(r, "\\n")
    }

    func testSurrogateEscapeIsRejected() {
        XCTAssertThrowsError(try dump("x = '\\ud800'\n")) { error in
            XCTAssertTrue("\(error)".contains("surrogate"), "\(error)")
        }
    }

    func testExceptStarIsRejected() {
        XCTAssertThrowsError(try dump("try:\n    pass\nexcept* E:\n    pass\n")) { error in
            XCTAssertEqual("\(error)", "t.py:3:1: SyntaxError: 'except*' (exception groups) is not supported")
        }
    }
}
