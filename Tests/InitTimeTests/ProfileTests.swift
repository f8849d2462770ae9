import XCTest
import Syntax
import Foundation
@testable import InitTime
final class ProfileTests: XCTestCase {
    func testProfileScratch() throws {
        guard let path = ProcessInfo.processInfo.environment["INITTIME_PROFILE"] else { throw XCTSkip("set INITTIME_PROFILE") }
        let start = Date()
        _ = try? evaluateTarget(path: path, options: InitTimeOptions(searchPath: [repositoryRoot]), sources: SourceRegistry())
        print("time", Date().timeIntervalSince(start))
    }
}
