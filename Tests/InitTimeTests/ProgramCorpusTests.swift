// ProgramCorpusTests.swift — every translator test program (Tests/programs/*.py, RPython
// targets run by the oracle tests) gets through init time without a diagnostic.

import Foundation
import XCTest
import Syntax
@testable import InitTime

final class ProgramCorpusTests: XCTestCase {
    func testEveryTestProgramEvaluates() throws {
        let dir = repositoryRoot + "/Tests/programs"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            throw XCTSkip("no Tests/programs")
        }
        for file in files.sorted() where file.hasSuffix(".py") {
            var options = InitTimeOptions(searchPath: [repositoryRoot])
            options.output = { _ in }
            do {
                let p = try evaluateTarget(path: dir + "/" + file, options: options, sources: SourceRegistry())
                XCTAssertFalse(dumpModule(p.targetModule).isEmpty)
            } catch let d as Diagnostic {
                XCTFail("\(file): \(d.description)")
            }
        }
    }
}
