// GoldenSupport.swift — the check shared by the Golden*Tests files: parse a snippet and compare
// the dump of its statements (ASTDump's format, one statement tree after another) with the
// expected text.
import XCTest
@testable import Syntax

func checkDump(_ source: String, _ expected: String, locations: Bool = false,
               file: StaticString = #filePath, line: UInt = #line) {
    do {
        let module = try parseModule(source: source, file: "t.py")
        let dump = module.body.map { dumpAST($0, locations: locations) }.joined()
        XCTAssertEqual(dump, expected, file: file, line: line)
    } catch {
        XCTFail("unexpected error: \(error)", file: file, line: line)
    }
}
