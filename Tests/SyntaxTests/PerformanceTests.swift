// PerformanceTests.swift — a 30,000-line file parses completely. Its speed is measured by
// `make bench-translate` (no timed assertions in tests: the machine is noisy); the time is
// printed here for information only.
import Foundation
import XCTest
@testable import Syntax

final class PerformanceTests: XCTestCase {
    /// Benchmark-like source repeated to at least `lines` lines.
    static func largeSource(lines: Int) -> String {
        let chunk = """
            class Point(object):
                def __init__(self, x: float, y: float = 0.0) -> None:
                    self.x, self.y = x, y

                def norm(self):
                    return (self.x ** 2 + self.y ** 2) ** 0.5  # a comment

            def work(n, *args, **kwargs):
                total = 0
                for i in range(n):
                    if i % 3 == 0 and not (i in kwargs or i is None):
                        total += i * 2 - 1
                    elif i > 10:
                        continue
                    else:
                        total -= len([j for j in args if j]) + {k: v for k, v in kwargs.items()}.get(i, 0)
                try:
                    s = f"total={total:>10} {'x' * 3!r}" + 'abc' "def" + r'\\d+'
                except (ValueError, KeyError) as e:
                    raise RuntimeError("bad") from e
                finally:
                    pass
                return lambda x=total: x[1:2, ::3]

            """
        var out = ""
        let chunkLines = chunk.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        out.reserveCapacity(chunk.utf8.count * (lines / chunkLines + 1))
        for _ in 0...(lines / chunkLines) { out += chunk }
        return out
    }

    func testThirtyThousandLines() throws {
        let source = Self.largeSource(lines: 30_000)
        let start = Date()
        let module = try parseModule(source: source, file: "big.py")
        let elapsed = Date().timeIntervalSince(start)
        print("parsed \(module.lines.count) lines in \(elapsed)s")
        XCTAssertGreaterThanOrEqual(module.lines.count, 30_000)
        XCTAssertGreaterThan(module.body.count, 2_000)
    }
}
