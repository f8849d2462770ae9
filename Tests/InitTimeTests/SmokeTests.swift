import XCTest
@testable import InitTime

final class SmokeTests: XCTestCase {
    func testSimpleModule() {
        assertDump("""
        X = 1 + 2
        S = 'a' * 3
        L = [i * i for i in range(4)]
        """, """
        X = 3
        S = 'aaa'
        L = list [0, 1, 4, 9]
        """)
    }
}
