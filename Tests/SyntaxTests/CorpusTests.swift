// CorpusTests.swift — every benchmark program and every rlib module parses without error.
import Foundation
import XCTest
@testable import Syntax

final class CorpusTests: XCTestCase {
    /// The repository root, found from this file's path (Tests/SyntaxTests/CorpusTests.swift).
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func pythonFiles(under dir: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "py" }
            .sorted { $0.path < $1.path }
    }

    func checkParses(_ files: [URL]) {
        for url in files {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                XCTFail("cannot read \(url.path)")
                continue
            }
            do {
                let m = try parseModule(source: text, file: url.path)
                XCTAssertFalse(m.body.isEmpty, url.path)
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    func testBenchmarkProgramsParse() {
        let dir = Self.repoRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/programs")
        let files = pythonFiles(under: dir)
        XCTAssertGreaterThan(files.count, 5, "no benchmark programs found at \(dir.path)")
        checkParses(files)
    }

    func testRlibParses() {
        let files = pythonFiles(under: Self.repoRoot.appendingPathComponent("rlib"))
        XCTAssertGreaterThan(files.count, 2)
        checkParses(files)
    }
}
