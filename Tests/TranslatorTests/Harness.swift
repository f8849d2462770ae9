// Harness.swift — helpers for translator tests: write a program to a temporary folder, run the
// pipeline up to a stage, compare text with golden files (BLESS=1 rewrites them).

import Annotator
import CBackend
import Flow
import Foundation
import InitTime
import RTyper
import Syntax
import XCTest

let repositoryRoot: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}()

/// A program given as source text, evaluated at init time.
func loadProgram(_ source: String, name: String = "prog") throws -> (Program, SourceRegistry) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rtranslate-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name + ".py").path
    try source.write(toFile: path, atomically: true, encoding: .utf8)
    let sources = SourceRegistry()
    let program = try evaluateTarget(path: path, options: InitTimeOptions(searchPath: [repositoryRoot]), sources: sources)
    return (program, sources)
}

/// Annotates a program; graphs are verified.
func annotate(_ source: String) throws -> Annotator {
    let (program, _) = try loadProgram(source)
    let annotator = Annotator(builtins: program.builtins)
    annotator.initTimeCall = { try program.call($0, $1) }
    try annotator.annotate(entryPoint: program.entryPoint)
    for d in annotator.descs {
        let problems = FlowVerifier().verify(d.graph)
        XCTAssertEqual(problems, [], "verifier on \(d.name)")
    }
    return annotator
}

/// The diagnostics a program produces (rendered), or nil if it translates to C.
func translationErrors(_ source: String) -> String? {
    do {
        let (program, sources) = try loadProgram(source)
        do {
            let annotator = Annotator(builtins: program.builtins)
            annotator.initTimeCall = { try program.call($0, $1) }
            try annotator.annotate(entryPoint: program.entryPoint)
            _ = try generateC(try specialize(annotator))
            return nil
        } catch let d as Diagnostic {
            return d.render(sources: sources)
        } catch let l as DiagnosticList {
            return l.diagnostics.map { $0.render(sources: sources) }.joined()
        }
    } catch let d as Diagnostic {
        return d.description
    } catch {
        return "\(error)"
    }
}

/// Compares `actual` with Tests/TranslatorTests/golden/NAME; BLESS=1 rewrites the file.
func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let path = repositoryRoot + "/Tests/TranslatorTests/golden/" + name
    if ProcessInfo.processInfo.environment["BLESS"] == "1" {
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        XCTFail("missing golden file \(name) (run with BLESS=1 to create it)", file: file, line: line)
        return
    }
    XCTAssertEqual(actual, expected, "golden \(name) differs (BLESS=1 to accept)", file: file, line: line)
}

/// Graph text with the file path shortened so goldens do not depend on the checkout.
func stable(_ text: String) -> String {
    text.replacingOccurrences(of: #"/[^ \n]*/prog\.py"#, with: "prog.py", options: .regularExpression)
}
