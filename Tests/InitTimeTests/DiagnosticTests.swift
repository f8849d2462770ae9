// DiagnosticTests.swift — bad programs -> the exact diagnostic (location, message, call-chain
// notes). Locations are `file:line:col` of the innermost statement or expression that raised.

import XCTest
@testable import InitTime

final class DiagnosticTests: XCTestCase {
    func testUncaughtExceptionWithCallChain() {
        assertDiagnostic("def f():\n    return g()\ndef g():\n    raise ValueError('bad %d' % 3)\nX = f()\n", """
        main.py:4:5: init-time error: ValueError: bad 3
          note: main.py:2:12: in function g called here
          note: main.py:5:5: in function f called here
        """)
    }

    func testUnknownName() {
        assertDiagnostic("X = undefined_name + 1\n", "main.py:1:5: init-time error: NameError: name 'undefined_name' is not defined")
    }

    func testErrorInImportedModule() {
        assertDiagnostic(["main.py": "import helper\n", "helper.py": "A = 1\nB = [1][5]\n"], """
        helper.py:2:5: init-time error: IndexError: list index out of range
          note: main.py:1:1: in module helper imported here
        """)
    }

    func testIntegerOverflow() {
        assertDiagnostic("X = 2 ** 64\n",
                         "main.py:1:5: init-time error: integer overflow at init time: the result does not fit in 64 bits (wrap it with rlib.rarithmetic.intmask or use r_uint)")
        assertDiagnostic("X = 9223372036854775807 + 1\n",
                         "main.py:1:5: init-time error: integer overflow at init time: the result does not fit in 64 bits (wrap it with rlib.rarithmetic.intmask or use r_uint)")
        assertDiagnostic("X = 1 << 63\n",
                         "main.py:1:5: init-time error: integer overflow at init time: the result does not fit in 64 bits (wrap it with rlib.rarithmetic.intmask or use r_uint)")
        assertDiagnostic("X = 18446744073709551616\n",
                         "main.py:1:5: init-time error: integer overflow at init time: the literal 18446744073709551616 does not fit in 64 bits")
    }

    func testUnsupportedConstructs() {
        assertDiagnostic("async def f():\n    pass\n", "main.py:1:1: unsupported: 'async def' is not supported at init time")
        assertDiagnostic("match 1:\n    case 1:\n        pass\n", "main.py:1:1: unsupported: the 'match' statement is not supported at init time")
        assertDiagnostic("class M(type):\n    pass\nclass A(object, metaclass=M):\n    pass\n",
                         "main.py:3:1: unsupported: class keyword argument 'metaclass' (metaclasses) is not supported at init time")
        assertDiagnostic("from rlib.objectmodel import r_dict\nD = r_dict(None, None)\n",
                         "main.py:2:5: unsupported: rlib.objectmodel.r_dict (create r_dicts in code that runs after translation) is not supported at init time")
        assertDiagnostic("X = 1j\n", "main.py:1:5: unsupported: complex numbers is not supported at init time")
    }

    func testMultipleInheritance() {
        assertDiagnostic("class A: pass\nclass B: pass\nclass C(A, B): pass\n",
                         "main.py:3:1: error: class C has several non-mixin bases (A, B); RPython allows single inheritance plus mixins marked _mixin_ = True")
    }

    func testTargetMustReturnFunction() {
        let e = evaluate(["main.py": "def target(argv):\n    return 3\n"], footer: false)
        XCTAssertEqual(e.diagnostic.map(describe), "main.py:1:1: error: target(argv) in \(e.diagnostic?.location.file ?? "") must return the entry point function, not 3")
    }

    func testMissingTarget() {
        let e = evaluate(["main.py": "X = 1\n"], footer: false)
        XCTAssertEqual(e.diagnostic?.message.hasSuffix("does not define target(argv), the function that returns the entry point"), true)
    }

    func testErrorInsideTargetNamesTheTranslator() {
        let e = evaluate(["main.py": "def target(argv):\n    return argv[3]\n"], footer: false)
        XCTAssertEqual(e.diagnostic.map(describe), """
        main.py:2:12: init-time error: IndexError: list index out of range
          note: in function target called by the translator
        """)
    }

    func testModuleNotFound() {
        assertDiagnostic("import nosuchmod\n", "main.py:1:1: init-time error: ModuleNotFoundError: No module named 'nosuchmod'")
    }

    func testSyntaxErrorInImportedModule() {
        let e = evaluate(["main.py": "import bad\n", "bad.py": "X = (1 +\n"])
        XCTAssertEqual(e.diagnostic?.kind, .syntaxError)
        XCTAssertEqual(e.diagnostic.map { relative($0.location) }, "bad.py:1:5")
        XCTAssertEqual(e.diagnostic?.notes.first?.message, "in module bad imported here")
        XCTAssertEqual(e.diagnostic.map { $0.render(sources: e.sources).contains("    X = (1 +\n") }, true)
    }

    func testKeyErrorAndDivision() {
        assertDiagnostic("d = {}\nx = d['k']\n", "main.py:2:5: init-time error: KeyError: 'k'")
        assertDiagnostic("class A(object):\n    def __init__(self):\n        self.x = 1 // 0\nA()\n", """
        main.py:3:18: init-time error: ZeroDivisionError: integer division or modulo by zero
          note: main.py:4:1: in function A.__init__ called here
        """)
        assertDiagnostic("X = 1.0 % 0\n", "main.py:1:5: init-time error: ZeroDivisionError: float modulo")
    }

    func testArgumentErrors() {
        assertDiagnostic("def f(x):\n    return x\nf(1, 2)\n", "main.py:3:1: init-time error: TypeError: f() takes 1 positional argument but 2 were given")
        assertDiagnostic("def f(x, y):\n    return x\nf(1)\n", "main.py:3:1: init-time error: TypeError: f() missing 1 required positional argument: 'y'")
        assertDiagnostic("def f(x):\n    return x\nf(1, z=2)\n", "main.py:3:1: init-time error: TypeError: f() got an unexpected keyword argument 'z'")
    }

    func testUnboundLocal() {
        assertDiagnostic("def f():\n    x = x + 1\nf()\n", """
        main.py:2:9: init-time error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
          note: main.py:3:1: in function f called here
        """)
    }

    func testAttributeAndTypeErrors() {
        assertDiagnostic("X = None.foo\n", "main.py:1:5: init-time error: AttributeError: 'NoneType' object has no attribute 'foo'")
        assertDiagnostic("class A(object):\n    pass\nX = A().missing\n", "main.py:3:5: init-time error: AttributeError: 'A' object has no attribute 'missing'")
        assertDiagnostic("X = 'a' + 1\n", "main.py:1:5: init-time error: TypeError: can only concatenate str (not \"int\") to str")
        assertDiagnostic("X = [1] < 1\n", "main.py:1:5: init-time error: TypeError: '<' not supported between instances of 'list' and 'int'")
        assertDiagnostic("X = {[1]: 2}\n", "main.py:1:5: init-time error: TypeError: unhashable type: 'list'")
        assertDiagnostic("X = 3()\n", "main.py:1:5: init-time error: TypeError: 'int' object is not callable")
        assertDiagnostic("X = int('x1')\n", "main.py:1:5: init-time error: ValueError: invalid literal for int() with base 10: 'x1'")
    }

    func testFailedAssertAndRaiseLocations() {
        assertDiagnostic("X = 1\nassert X == 2, 'X must be 2'\n", "main.py:2:1: init-time error: AssertionError: X must be 2")
        assertDiagnostic("if True:\n    raise RuntimeError\n", "main.py:2:5: init-time error: RuntimeError")
        assertDiagnostic("import sys\nsys.exit(3)\n", "main.py:2:1: init-time error: SystemExit: 3")
    }

    func testRecursionLimit() {
        let e = evaluate(["main.py": "def f(n):\n    return f(n + 1)\nf(0)\n"])
        XCTAssertEqual(e.diagnostic?.message, "RecursionError: maximum recursion depth exceeded")
    }

    func testReraisedExceptionKeepsOriginalLocation() {
        assertDiagnostic("try:\n    X = [][0]\nexcept IndexError:\n    raise\n", "main.py:2:9: init-time error: IndexError: list index out of range")
    }

    func testEndlessGeneratorIsADiagnostic() {
        let saved = Interpreter.maximumYields
        Interpreter.maximumYields = 1000
        defer { Interpreter.maximumYields = saved }
        assertDiagnostic("def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\nX = list(zip(range(3), naturals()))\nY = list(naturals())\n",
                         "main.py:7:5: unsupported: an iterator producing more than 1000 values is not supported at init time (an endless generator?)")
        assertDiagnostic("def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\nX = sum(x * 2 for x in naturals())\n",
                         "main.py:6:8: unsupported: a comprehension producing more than 1000 values is not supported at init time (over an endless generator?)")
    }

    func testErrorInsideGeneratorNamesBothSides() {
        assertDiagnostic("def gen():\n    yield 1\n    yield 1 // 0\ndef use():\n    return [x for x in gen()]\nX = use()\n", """
        main.py:3:11: init-time error: ZeroDivisionError: integer division or modulo by zero
          note: main.py:5:24: in function gen called here
          note: main.py:6:5: in function use called here
        """)
    }
}
