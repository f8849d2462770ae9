// BenchProgramTests.swift — the shared benchmark programs (../shared/bench/programs), run at
// init time with small sizes: their printed output must equal CPython's. They exercise the
// evaluator on real code (classes, closures, exceptions, generators, formatting).

import Foundation
import XCTest
@testable import InitTime

final class BenchProgramTests: XCTestCase {
    /// Smaller workloads where the size argument alone is not small enough for a debug build.
    static let shrink: [String: [(String, String)]] = [
        "bytecode_interp": [("(\"primesum\", 4000 + r), (\"fib\", 17), (\"collatz\", 1000 + r)",
                             "(\"primesum\", 300 + r), (\"fib\", 10), (\"collatz\", 80 + r)")],
        "nqueens": [("queens_by_permutation(8)", "queens_by_permutation(6)"), ("queens_backtrack(9)", "queens_backtrack(6)")],
        "richards": [("richards(10000)", "richards(800)")],
    ]

    static let sizes: [(String, [String])] = [
        ("bytecode_interp", ["1"]), ("closures", ["3"]), ("exceptions", ["300"]), ("fannkuch", ["5", "1"]),
        ("listcomp", ["1"]), ("nbody", ["50"]), ("nqueens", ["1"]), ("pystone", ["100"]),
        ("raytrace", ["6"]), ("richards", ["1"]), ("spectral_norm", ["8"]), ("strbuild", ["100"]),
    ]

    func testBenchProgramsMatchCPython() throws {
        let dir = URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/bench/programs")
        guard FileManager.default.fileExists(atPath: dir.path) else { throw XCTSkip("no ../shared/bench/programs") }
        for (name, args) in BenchProgramTests.sizes {
            guard var text = try? String(contentsOf: dir.appendingPathComponent(name + ".py"), encoding: .utf8) else {
                XCTFail("cannot read \(name)"); continue
            }
            for (old, new) in BenchProgramTests.shrink[name] ?? [] { text = text.replacingOccurrences(of: old, with: new) }
            let argv = args.map { "'\($0)'" }.joined(separator: ", ")
            let source = "import sys\nsys.argv[1:] = [\(argv)]\n" + text + oracleFooter
            guard let expected = python3Output(["main.py": source]) else { throw XCTSkip("python3 not available") }
            let start = Date()
            let e = evaluate(["main.py": source], footer: false)
            if let d = e.diagnostic { XCTFail("\(name): \(describe(d))"); continue }
            XCTAssertEqual(e.output, expected, name)
            print("\(name): \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        }
    }
}
