// RobustnessTests.swift — hostile init-time code must end in a diagnostic (or a program), never
// in a crash of the translator: huge sizes, extreme integers, odd slices, deep recursion, cycles.

import XCTest
import Foundation
@testable import InitTime

final class RobustnessTests: XCTestCase {
    static let snippets: [String] = [
        "X = 'a' * 10**12",
        "X = [0] * 10**12",
        "X = b'ab' * 10**12",
        "X = (1,) * 10**12",
        "L = [1]\nL *= 10**12",
        "X = '%999999999999d' % 1",
        "X = f'{1:999999999999}'",
        "X = 'x'.ljust(10**12)",
        "X = '7'.zfill(10**12)",
        "X = 1 << 10**15",
        "X = 1 >> 10**15",
        "X = -1 >> 9223372036854775807",
        "X = 2 ** 9223372036854775807",
        "X = (-9223372036854775807 - 1) // -1",
        "X = (-9223372036854775807 - 1) % -1",
        "X = abs(-9223372036854775807 - 1)",
        "X = -(-9223372036854775807 - 1)",
        "X = divmod(-9223372036854775807 - 1, -1)",
        "X = list(range(0, 9223372036854775807, 4611686018427387904))",
        "X = len(range(-9223372036854775807 - 1, 9223372036854775807))",
        "X = range(10)[9223372036854775807]",
        "X = 'abc'[::-9223372036854775807 - 1]",
        "X = 'abc'[-9223372036854775807 - 1:9223372036854775807:9223372036854775807]",
        "L = [1, 2, 3]\nL[5:1] = [9]\nL[-100:100:2] = []",
        "L = [1, 2, 3]\ndel L[::-9223372036854775807 - 1]",
        "X = chr(1114112)",
        "X = chr(0xD800)",
        "X = round(1.5, -9223372036854775807 - 1)",
        "X = round(15, -9223372036854775807 - 1)",
        "X = round(1e308, 400)",
        "X = int(1e308)",
        "X = int(float('nan'))",
        "X = pow(2, 10**18, 9223372036854775807)",
        "X = 10 ** -400",
        "import math\nX = math.ldexp(1.0, 10**18)",
        "import math\nX = math.frexp(float('inf'))",
        "import math\nX = math.floor(float('inf'))",
        "L = []\nL.append(L)\nX = repr(L)\nY = L == L",
        "D = {}\nD['d'] = D\nX = repr(D)",
        "def f():\n    return f()\nf()",
        "class A(object):\n    def __getattr__(self, n):\n        return self.missing\nA().x",
        "class A(object):\n    def __repr__(self):\n        return repr(self)\nrepr(A())",
        "X = [x for x in range(3) for x in range(x)]",
        "X = '{0[5]}'.format([1])",
        "X = '{'.format(1)",
        "X = '}'.format(1)",
        "X = '%(a)s %s' % {'a': 1}",
        "X = '%' % ()",
        "X = '%*d' % (-5, 1)",
        "X = '%.*f' % (-3, 1.5)",
        "X = f'{3.5:q}'",
        "X = f'{3:.2s}'",
        "X = int('9' * 100)",
        "X = int('-0b' + '1' * 200, 0)",
        "X = float('1e999')",
        "X = 'a'.center(-5)",
        "X = [].pop(-9223372036854775807 - 1)",
        "X = [1].insert(-9223372036854775807 - 1, 2)",
        "X = 'ab'.split('')",
        "X = 'abc'.count('')",
        "X = 'abc'.replace('', '-', 2)",
        "X = 'é'.encode() + 'x'.encode()",
        "X = bytes([256])",
        "X = bytes(-1)",
        "X = {}.popitem()",
        "X = set().pop()",
        "X = iter([])\nnext(X)",
        "a, b = 1",
        "a, *b, c = [1]",
        "X = super()",
        "X = type('T', (1,), {})",
        "X = isinstance(1, 2)",
        "class A(object):\n    __slots__ = ('a',)\nA().b = 1",
        "X = object() < object()",
        "X = min()",
        "X = max([], default=3)",
        "X = sorted([1, 'a'])",
        "X = hash([])",
        "X = {{}: 1}",
        "X = ord('')",
        "X = getattr(1, 2)",
        "X = vars(1)",
        "X = 1 .__class__.__mro__",
        "import os\nos.close(-1)",
        "import os\nX = os.read(-1, 10)",
        "import os\nX = os.open('/nonexistent/x', os.O_RDONLY)",
        "X = eval('1')",
        "X = open('x')",
        "from rlib.objectmodel import instantiate\nX = instantiate(int)",
        "from rlib.objectmodel import import_from_mixin\nimport_from_mixin(int)",
        "from rlib.rarithmetic import intmask\nX = intmask(1e300)",
        "from rlib.rarithmetic import r_uint\nX = r_uint(1) << 200",
        "from rlib.rarithmetic import r_uint\nX = r_uint(5) // 0",
        "from rlib.rarithmetic import r_uint\nX = r_uint(5) ** -1",
        "X = 1 if True else undefined\ndel X\ndel X",
        "def g():\n    yield 1\n    raise ValueError\nlist(g())",
        "with 1:\n    pass",
        "X = [*1]",
        "X = {**1}",
        "X = f(*1)",
        "def f(**k):\n    return k\nX = f(**{1: 2})",
        "X = (lambda: (yield))()",
        "X = list(range(10**12))",
        "X = sorted(range(10**12))",
        "X = set(range(10**12))",
        "def naturals():\n    n = 0\n    while True:\n        try:\n            yield n\n        finally:\n            pass\n        n += 1\nT = 0\nfor i in range(3000):\n    T += next(naturals())",
        "def g():\n    yield next(it)\nit = g()\nX = next(it)",
        "def g():\n    yield 1\nit = g()\nX = list(it) + list(it)",
        "def g():\n    for x in g():\n        yield x\nX = list(g())",
        "L = []\nfor i in range(20000):\n    L = [L]\nX = repr(L)",
        "L = []\nfor i in range(20000):\n    L = [L]\nM = []\nfor i in range(20000):\n    M = [M]\nX = L == M",
        "A = []\nB = [A]\nA.append(B)\nC = []\nD = [C]\nC.append(D)\nX = A == C",
        "L = []\nfor i in range(5000):\n    L = [L]\nKEEP = L",
    ]

    func testHostileSnippetsNeverCrash() {
        for snippet in RobustnessTests.snippets {
            if ProcessInfo.processInfo.environment["ROBUST_TRACE"] != nil { FileHandle.standardError.write(Data("SNIPPET \(snippet)\n".utf8)) }
            let e = evaluate(["main.py": snippet + "\n"])
            if let d = e.diagnostic {
                XCTAssertNotEqual(d.kind, .internalError, "\(snippet): \(describe(d))")
            }
            if let p = e.program { XCTAssertFalse(dumpModule(p.targetModule).isEmpty) }
        }
    }

    func testAbandonedGeneratorsReleaseTheirThreads() throws {
        func threads() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? -1 }
        let before = threads()
        guard before > 0 else { throw XCTSkip("no /proc") }
        let e = evaluate(["main.py": "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\nT = 0\nfor i in range(500):\n    T += next(naturals())\n"])
        XCTAssertNil(e.diagnostic)
        XCTAssertLessThan(threads(), before + 50)
    }
}
