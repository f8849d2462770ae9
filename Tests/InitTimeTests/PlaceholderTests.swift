import XCTest
@testable import InitTime

final class PlaceholderTests: XCTestCase {
    func testNothing() {}
}
