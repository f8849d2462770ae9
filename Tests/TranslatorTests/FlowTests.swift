// FlowTests.swift — source -> flow graph (annotated) text, for the control-flow constructs.

import Annotator
import Flow
import XCTest

final class FlowTests: XCTestCase {
    func graphText(_ source: String, _ function: String) throws -> String {
        let a = try annotate(source)
        guard let d = a.descs.first(where: { $0.function.name == function }) else {
            XCTFail("no graph \(function)")
            return ""
        }
        let printer = FlowPrinter(describe: { a.bindings[$0]?.description })
        return stable(printer.print(d.graph))
    }

    let prelude = """
    def target(*args):
        return entry_point

    """

    func testIfWhileFor() throws {
        let src = prelude + """
        def f(n):
            total = 0
            i = 0
            while i < n:
                if i % 2 == 0:
                    total += i
                else:
                    total -= 1
                i += 1
            for j in range(3):
                total += j
            return total

        def entry_point(argv):
            return f(len(argv))
        """
        assertGolden(try graphText(src, "f"), "flow_if_while_for.txt")
    }

    func testTryExceptFinally() throws {
        let src = prelude + """
        def g(lst, i):
            try:
                x = lst[i]
            except IndexError:
                x = -1
            finally:
                lst.append(0)
            return x

        def entry_point(argv):
            return g([1, 2, 3], len(argv))
        """
        assertGolden(try graphText(src, "g"), "flow_try.txt")
    }

    func testForOverListAndBreakElse() throws {
        let src = prelude + """
        def h(items, wanted):
            for x in items:
                if x == wanted:
                    break
            else:
                return -1
            return wanted

        def entry_point(argv):
            return h([1, 2, 3], 2)
        """
        assertGolden(try graphText(src, "h"), "flow_for_break_else.txt")
    }
}
