// Harness.swift — helpers for the init-time golden tests: write a program into a temporary
// folder, evaluate it as a target, and compare the dump of its module (or the diagnostic it
// produced) with the expected text.

import Foundation
import XCTest
import Syntax
@testable import InitTime

/// The repository root (for rlib/).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let targetFooter = "\ndef entry_point(argv):\n    return 0\n\ndef target(argv):\n    return entry_point\n"

struct Evaluation {
    var program: Program?
    var output: String
    var diagnostic: Diagnostic?
    var sources: SourceRegistry
}

/// Writes `files` (relative path -> text) into a fresh temporary folder and evaluates `main`.
func evaluate(_ files: [String: String], main: String = "main.py", footer: Bool = true) -> Evaluation {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("inittime-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    for (path, text) in files {
        let url = dir.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let body = (path == main && footer) ? text + targetFooter : text
        try? body.write(to: url, atomically: true, encoding: .utf8)
    }
    var output = ""
    var options = InitTimeOptions(searchPath: [repositoryRoot])
    options.output = { output += $0 }
    let sources = SourceRegistry()
    do {
        let p = try evaluateTarget(path: dir.appendingPathComponent(main).path, options: options, sources: sources)
        return Evaluation(program: p, output: output, diagnostic: nil, sources: sources)
    } catch let d as Diagnostic {
        return Evaluation(program: nil, output: output, diagnostic: d, sources: sources)
    } catch {
        return Evaluation(program: nil, output: output,
                          diagnostic: Diagnostic(.internalError, "\(error)", at: .unknown), sources: sources)
    }
}

/// Removes the temporary folder from file names so that diagnostics can be compared.
func relative(_ loc: SourceLocation) -> String {
    "\(URL(fileURLWithPath: loc.file).lastPathComponent):\(loc.line):\(loc.column)"
}

func describe(_ d: Diagnostic) -> String {
    var s = "\(relative(d.location)): \(d.kind.rawValue): \(d.message)"
    for n in d.notes {
        s += "\n  note: " + (n.location.map { relative($0) + ": " } ?? "") + n.message
    }
    return s
}

/// The dump of the main module without the test footer's `entry_point` and `target`.
func dumpOf(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let e = evaluate(["main.py": source])
    guard let p = e.program else {
        XCTFail("unexpected diagnostic: \(e.diagnostic.map(describe) ?? "?")", file: file, line: line)
        return ""
    }
    return dumpModule(p.targetModule).split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("  entry_point = ") && !$0.hasPrefix("  target = ") }
        .joined(separator: "\n")
}

/// Asserts that `source` evaluates and its module dump is `expected` (leading "module main" omitted).
func assertDump(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let got = dumpOf(source, file: file, line: line)
    let want = "module main\n" + expected.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    XCTAssertEqual(got.trimmingCharacters(in: .newlines), want.trimmingCharacters(in: .newlines), file: file, line: line)
}

/// Asserts that evaluation fails with exactly this diagnostic (see `describe`).
func assertDiagnostic(_ files: [String: String], _ expected: String, main: String = "main.py",
                      file: StaticString = #filePath, line: UInt = #line) {
    let e = evaluate(files, main: main)
    guard let d = e.diagnostic else {
        XCTFail("expected a diagnostic, got a program", file: file, line: line)
        return
    }
    XCTAssertEqual(describe(d), expected, file: file, line: line)
}

func assertDiagnostic(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    assertDiagnostic(["main.py": source], expected, file: file, line: line)
}

/// Asserts what init-time `print` wrote.
func assertOutput(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let e = evaluate(["main.py": source])
    if let d = e.diagnostic { XCTFail("unexpected diagnostic: \(describe(d))", file: file, line: line); return }
    XCTAssertEqual(e.output, expected, file: file, line: line)
}
