// ImportTests.swift — imports between modules in temporary folders: packages, relative
// imports, aliases, each module executed once, load order, native modules and rlib.

import XCTest
import Syntax
@testable import InitTime

final class ImportTests: XCTestCase {
    func testImportForms() {
        let e = evaluate([
            "main.py": """
            import util
            import pkg.sub
            import pkg.sub as alias
            from pkg import helper
            from pkg.sub import VALUE as V
            from util import *
            A = util.twice(3)
            B = pkg.sub.VALUE
            C = alias is pkg.sub
            D = helper.NAME
            E = PUBLIC
            """,
            "util.py": "print('util loaded')\nPUBLIC = 'pub'\n_PRIVATE = 1\ndef twice(x):\n    return 2 * x\n",
            "pkg/__init__.py": "print('pkg loaded')\nPKG = 1\n",
            "pkg/sub.py": "from . import helper\nfrom .helper import NAME\nVALUE = NAME + '!'\n",
            "pkg/helper.py": "print('helper loaded')\nNAME = __name__\n",
        ])
        guard let p = e.program else { return XCTFail(e.diagnostic.map(describe) ?? "") }
        XCTAssertEqual(e.output, "util loaded\npkg loaded\nhelper loaded\n")
        XCTAssertEqual(Array(p.modules.keys), ["main", "util", "pkg", "pkg.sub", "pkg.helper"])
        XCTAssertEqual(dumpModule(p.targetModule), """
        module main
          util = module util
          pkg = module pkg
          alias = module pkg.sub
          helper = module pkg.helper
          V = 'pkg.helper!'
          PUBLIC = 'pub'
          twice = function util.twice(x)
          A = 6
          B = 'pkg.helper!'
          C = True
          D = 'pkg.helper'
          E = 'pub'
          entry_point = function entry_point(argv)
          target = function target(argv)

        """)
        XCTAssertEqual(dumpModule(p.modules["pkg"]!), """
        module pkg
          PKG = 1
          helper = module pkg.helper
          sub = module pkg.sub

        """)
    }

    func testCircularImportSeesPartialModule() {
        let e = evaluate([
            "main.py": "import a\nX = a.FROM_B\n",
            "a.py": "A_EARLY = 1\nimport b\nFROM_B = b.SEEN\n",
            "b.py": "import a\nSEEN = a.A_EARLY\n",
        ])
        guard let p = e.program else { return XCTFail(e.diagnostic.map(describe) ?? "") }
        XCTAssertEqual(p.targetModule.dict["X"].map { p.repr($0) }, "1")
    }

    func testSearchPathOrder() {
        // The target's folder comes first, then options.searchPath (here the repository root).
        let e = evaluate(["main.py": "import rlib.jit\nfrom rlib import rstring\nB = rstring.StringBuilder()\nB.append('x')\nS = B.build()\n"])
        guard let p = e.program else { return XCTFail(e.diagnostic.map(describe) ?? "") }
        XCTAssertEqual(p.targetModule.dict["S"].map { p.repr($0) }, "'x'")
        XCTAssertEqual(p.modules["rlib.jit"]?.file, repositoryRoot + "/rlib/jit.py")
        XCTAssertTrue(p.modules.keys.contains("rlib"))
    }

    func testNativeModules() {
        assertDump("""
        import sys, os, math, time
        ARGV0 = sys.argv[0].endswith('main.py')
        OUT = sys.stdout
        W = sys.stderr.write
        FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        APPEND = os.O_APPEND
        RDONLY = os.O_RDONLY
        R = (math.floor(2.5), math.ceil(2.1), math.sqrt(16.0), math.pi, math.isnan(math.nan), math.inf)
        T = time.time() > 0
        """, """
        sys = module sys
        os = module os
        math = module math
        time = module time
        ARGV0 = True
        OUT = module sys.stdout
        W = builtin sys.stderr.write
        FLAGS = 577
        APPEND = 1024
        RDONLY = 0
        R = (2, 3, 4.0, 3.141592653589793, True, inf)
        T = True
        """)
    }

    func testInitTimeOutputGoesToOutput() {
        assertOutput("import sys, os\nprint('a', 1, sep='-', end='!')\nsys.stdout.write('b\\n')\nos.write(1, b'c\\n')\n", "a-1!b\nc\n")
    }

    func testModuleRunsOnce() {
        let e = evaluate([
            "main.py": "import counter\nimport counter\nfrom counter import N\nimport other\n",
            "counter.py": "print('run')\nN = 1\n",
            "other.py": "import counter\n",
        ])
        XCTAssertNil(e.diagnostic)
        XCTAssertEqual(e.output, "run\n")
    }

    func testTargetAndJitPolicy() {
        let e = evaluate(["main.py": """
        from rlib.jit import JitPolicy
        def entry_point(argv):
            return len(argv)
        def target(argv):
            assert argv[0].endswith('main.py')
            return entry_point
        def jitpolicy():
            return JitPolicy()
        """], footer: false)
        guard let p = e.program else { return XCTFail(e.diagnostic.map(describe) ?? "") }
        XCTAssertEqual(p.entryPoint.name, "entry_point")
        XCTAssertEqual(p.jitPolicy.map { p.repr($0) }, "<rlib.jit.JitPolicy object>")
        XCTAssertEqual(p.builtinClass("ValueError").builtin, "ValueError")
        XCTAssertTrue(p.builtinClass("ZeroDivisionError").isSubclass(of: p.builtinClass("ArithmeticError")))
        XCTAssertTrue(p.builtinClass("bool").isSubclass(of: p.builtinClass("int")))
        XCTAssertTrue(p.builtins.dict["IOError"].map { p.repr($0) } == "<class 'OSError'>")
        XCTAssertNotNil(p.sources.line(SourceLocation(file: p.targetModule.file, line: 1, column: 1)))
        XCTAssertEqual(try p.call(.object(p.entryPoint), [.object(PyList([.str("x"), .str("y")]))]).asInt, 2)
    }

    func testOsPath() {
        let e = evaluate(["main.py": """
        import os.path
        from os.path import join
        HERE = os.path.dirname(__file__)
        DATA = join(HERE, 'data.txt')
        OK = os.path.exists(DATA) and os.path.isfile(DATA) and os.path.isdir(HERE)
        fd = os.open(DATA, os.O_RDONLY)
        TEXT = os.read(fd, 100)
        os.close(fd)
        PARTS = (os.path.basename('/a/b.py'), os.path.splitext('x/y.tar.gz'), os.path.join('a', 'b', '/c', 'd'))
        """, "data.txt": "hello"])
        guard let p = e.program else { return XCTFail(e.diagnostic.map(describe) ?? "") }
        XCTAssertEqual(p.targetModule.dict["OK"].map { p.repr($0) }, "True")
        XCTAssertEqual(p.targetModule.dict["TEXT"].map { p.repr($0) }, "b'hello'")
        XCTAssertEqual(p.targetModule.dict["PARTS"].map { p.repr($0) }, "('b.py', ('x/y.tar', '.gz'), '/c/d')")
        XCTAssertEqual(Array(p.modules.keys.prefix(3)), ["main", "os", "os.path"])
    }

    func testRelativeTargetPathStaysRelative() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("prog"), withIntermediateDirectories: true)
        try ("import helper\n" + targetFooter).write(to: dir.appendingPathComponent("prog/t.py"), atomically: true, encoding: .utf8)
        try "X = [][1]\n".write(to: dir.appendingPathComponent("prog/helper.py"), atomically: true, encoding: .utf8)
        let saved = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(dir.path)
        defer { FileManager.default.changeCurrentDirectoryPath(saved) }
        do {
            _ = try evaluateTarget(path: "prog/t.py", options: InitTimeOptions(searchPath: []), sources: SourceRegistry())
            XCTFail("expected a diagnostic")
        } catch let d as Diagnostic {
            XCTAssertEqual(d.description, "prog/helper.py:1:5: init-time error: IndexError: list index out of range")
            XCTAssertEqual(d.notes.first?.location?.description, "prog/t.py:1:1")
        }
    }

    func testBuiltinsOutliveTheProgram() {
        // Later stages may keep values (and call built-ins) after dropping the Program.
        var builtins: PyModule?
        do {
            let e = evaluate(["main.py": "X = 1\n"])
            builtins = e.program?.builtins
        }
        guard case .object(let o)? = builtins?.dict["len"], let len = o as? PyBuiltin else { return XCTFail("no len") }
        XCTAssertEqual(try len.implementation([.str("abc")], [:]).asInt, 3)
    }

    func testRelativeImportBeyondTopLevel() {
        assertDiagnostic(["main.py": "from . import x\n"],
                         "main.py:1:1: init-time error: ImportError: attempted relative import with no known parent package")
    }

    func testImportErrorNamesModule() {
        let e = evaluate(["main.py": "from util import missing\n", "util.py": "X = 1\n"])
        XCTAssertEqual(e.diagnostic?.message.hasPrefix("ImportError: cannot import name 'missing' from 'util'"), true)
    }
}

extension Value {
    var asInt: Int? { if case .int(let i) = self { return i }; return nil }
}
