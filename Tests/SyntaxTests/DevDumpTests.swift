// DevDumpTests.swift — a development aid, skipped unless SYNTAX_DUMP_LIST is set: parses every
// file named in that list and writes its dump (or its SyntaxError) to SYNTAX_DUMP_OUT/<n>.txt,
// so that the parser can be compared file by file with a reference dump made from CPython's ast.
import Foundation
import XCTest
@testable import Syntax

final class DevDumpTests: XCTestCase {
    func testDumpListedFiles() throws {
        let env = ProcessInfo.processInfo.environment
        guard let list = env["SYNTAX_DUMP_LIST"], let outDir = env["SYNTAX_DUMP_OUT"] else {
            throw XCTSkip("SYNTAX_DUMP_LIST / SYNTAX_DUMP_OUT not set")
        }
        let locations = env["SYNTAX_DUMP_LOCATIONS"] != nil
        let paths = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n")
        let start = Date()
        for (n, path) in paths.enumerated() {
            let out: String
            if let text = try? String(contentsOfFile: String(path), encoding: .utf8) {
                do {
                    out = dumpAST(try parseModule(source: text, file: String(path)), locations: locations)
                } catch {
                    out = "ERROR: \(error)\n"
                }
            } else {
                out = "UNREADABLE\n"
            }
            try out.write(toFile: "\(outDir)/\(n).txt", atomically: false, encoding: .utf8)
        }
        print("dumped \(paths.count) files in \(Date().timeIntervalSince(start))s")
    }
}
