import XCTest
@testable import Syntax

final class ASTTests: XCTestCase {
    func testLocationDescription() {
        XCTAssertEqual(SourceLocation(file: "a.py", line: 3, column: 7).description, "a.py:3:7")
    }
}
