// AnnotatorTests.swift — inferred types of small programs, and the errors of wrong ones.

import Annotator
import XCTest

final class AnnotatorTests: XCTestCase {
    let prelude = "def target(*args):\n    return entry_point\n\n"

    func returnType(_ source: String, _ function: String) throws -> String {
        let a = try annotate(prelude + source)
        guard let d = a.descs.first(where: { $0.function.name == function }) else { return "<none>" }
        return d.returnAnnotation.description
    }

    func testScalarsAndContainers() throws {
        let src = """
        class A(object):
            def __init__(self, x):
                self.x = x
        class B(A):
            pass
        def ints(n): return n * 2 + 1
        def floats(n): return n / 2
        def strs(s): return s + "!"
        def lists(n): return [n, n + 1]
        def dicts(k): return {k: 1.5}
        def tuples(n): return (n, "a", 2.0)
        def inst(n):
            if n: return A(n)
            return B(0)
        def maybe(n):
            if n: return None
            return A(1)
        def entry_point(argv):
            n = len(argv)
            ints(n); floats(n); strs("x"); lists(n); dicts("k"); tuples(n); inst(n); maybe(n)
            return 0
        """
        let a = try annotate(prelude + src)
        func ret(_ f: String) -> String {
            a.descs.first(where: { $0.function.name == f })?.returnAnnotation.description ?? "<none>"
        }
        XCTAssertEqual(ret("ints"), "int")
        XCTAssertEqual(ret("floats"), "float")
        XCTAssertEqual(ret("strs"), "str")
        XCTAssertEqual(ret("lists"), "list[int]")
        XCTAssertEqual(ret("dicts"), "dict[str, float]")
        XCTAssertEqual(ret("tuples"), "tuple(int, str, float)")
        XCTAssertEqual(ret("inst"), "A")
        XCTAssertEqual(ret("maybe"), "A?")
    }

    func testWeAreTranslatedFoldsBranches() throws {
        let src = """
        from rlib.objectmodel import we_are_translated
        def f(n):
            if not we_are_translated():
                return "untranslated"
            return n
        def entry_point(argv):
            return f(3)
        """
        XCTAssertEqual(try returnType(src, "f"), "int")
    }

    func testIsinstanceNarrows() throws {
        let src = """
        class Node(object):
            pass
        class Leaf(Node):
            def __init__(self, v):
                self.v = v
        def value(n):
            if isinstance(n, Leaf):
                return n.v
            return 0
        def entry_point(argv):
            nodes = [Node(), Leaf(4)]
            return value(nodes[len(argv)])
        """
        XCTAssertEqual(try returnType(src, "value"), "int")
    }

    func testUnionErrorsNameTheLocation() {
        let src = prelude + """
        def f(n):
            if n:
                x = 1
            else:
                x = 2.5
            return x
        def entry_point(argv):
            f(len(argv))
            return 0
        """
        let errors = translationErrors(src) ?? ""
        XCTAssertTrue(errors.contains("int and float cannot be mixed"), errors)
        XCTAssertTrue(errors.contains("prog.py:"), errors)
    }

    func testGlobalAtRunTimeIsAnError() {
        let src = prelude + """
        counter = 0
        def bump():
            global counter
            counter += 1
        def entry_point(argv):
            bump()
            return 0
        """
        let errors = translationErrors(src) ?? ""
        XCTAssertTrue(errors.contains("'global counter' in run-time code"), errors)
    }

    func testDeterministicC() throws {
        let src = prelude + """
        class P(object):
            def __init__(self, a):
                self.a = a
        TABLE = {"x": P(1), "y": P(2)}
        def entry_point(argv):
            s = 0
            for k in TABLE:
                s += TABLE[k].a
            print("sum", s, [1.5, 2.5], {"k": (1, "v")})
            return 0
        """
        XCTAssertNil(translationErrors(src))
        XCTAssertEqual(translationErrors(src), translationErrors(src))
    }
}
