// DumpTests.swift — golden tests: a module's source -> the dump of its namespace after init time.

import XCTest
@testable import InitTime

final class DumpTests: XCTestCase {
    func testScalarsAndArithmetic() {
        assertDump("""
        A = 7 // -2
        B = -7 % 3
        C = 7 / 2
        D = 2 ** 10
        E = 1 << 62
        F = -1 >> 70
        G = 0.1 + 0.2
        H = 1e16
        I = True + 1
        J = 'x' * 3 + "y"
        K = b'ab' + b'c'
        N = None
        T = (1, 'a', None)
        """, """
        A = -4
        B = 2
        C = 3.5
        D = 1024
        E = 4611686018427387904
        F = -1
        G = 0.30000000000000004
        H = 1e+16
        I = 2
        J = 'xxxy'
        K = b'abc'
        N = None
        T = (1, 'a', None)
        """)
    }

    func testMainGuardDoesNotRun() {
        assertDump("""
        X = __name__
        if __name__ == '__main__':
            X = 'ran'
        """, """
        X = 'main'
        """)
    }

    func testContainersAndSharing() {
        assertDump("""
        SHARED = [1, 2]
        D = {'a': SHARED, 'b': (SHARED, 3)}
        S = {3, 1, 2}
        F = frozenset(['x'])
        E = {}
        NESTED = [[1], [2, [3]]]
        """, """
        SHARED = list &1 [1, 2]
        D = dict (2 items)
          ['a'] = list *1
          ['b'] = tuple (2 items)
            [0] = list *1
            [1] = 3
        S = set {3, 1, 2}
        F = frozenset {'x'}
        E = dict {}
        NESTED = list (2 items)
          [0] = list [1]
          [1] = list (2 items)
            [0] = 2
            [1] = list [3]
        """)
    }

    func testClassesAndPrebuiltInstances() {
        assertDump("""
        class Node(object):
            _immutable_fields_ = ['value', 'next?']
            count = 0
            def __init__(self, value, next=None):
                self.value = value
                self.next = next
                Node.count += 1
            def total(self):
                return self.value + (self.next.total() if self.next else 0)
        class Leaf(Node):
            pass
        CHAIN = Node(1, Leaf(2))
        TOTAL = CHAIN.total()
        """, """
        Node = class Node(object)
          _immutable_fields_ = list ['value', 'next?']
          count = 2
          __init__ = function Node.__init__(self, value, next=None)
          total = function Node.total(self)
        Leaf = class Leaf(Node)
        CHAIN = instance Node
          value = 1
          next = instance Leaf
            value = 2
            next = None
        TOTAL = 3
        """)
    }

    func testStaticAndClassMethods() {
        assertDump("""
        class K(object):
            @staticmethod
            def make(x):
                return x * 2
            @classmethod
            def build(cls):
                return cls()
        A = K.make(4)
        B = K.build()
        """, """
        K = class K(object)
          make = staticmethod function K.make(x)
          build = classmethod function K.build(cls)
        A = 8
        B = instance K
        """)
    }

    func testMixinsAreCopied() {
        assertDump("""
        class Mixin(object):
            _mixin_ = True
            def shared(self):
                return 1
            def overridden(self):
                return 2
        class Base(object):
            pass
        class Concrete(Base, Mixin):
            def overridden(self):
                return 3
        R = (Concrete().shared(), Concrete().overridden())
        """, """
        Mixin = class Mixin(object)
          _mixin_ = True
          shared = function Mixin.shared(self)
          overridden = function Mixin.overridden(self)
        Base = class Base(object)
        Concrete = class Concrete(Base)
          overridden = function Concrete.overridden(self)
          shared = function Mixin.shared(self)
        R = (1, 3)
        """)
    }

    func testImportFromMixin() {
        assertDump("""
        from rlib.objectmodel import import_from_mixin
        class M(object):
            def a(self):
                return 'a'
            def __init__(self):
                self.z = 1
            def __repr__(self):
                return 'M'
        class C(object):
            import_from_mixin(M)
            def b(self):
                return 'b'
        V = C().a() + C().b()
        """, """
        import_from_mixin = builtin rlib.objectmodel.import_from_mixin
        M = class M(object)
          a = function M.a(self)
          __init__ = function M.__init__(self)
          __repr__ = function M.__repr__(self)
        C = class C(object)
          a = function M.a(self)
          __init__ = function M.__init__(self)
          b = function C.b(self)
        V = 'ab'
        """)
    }

    func testClosuresAndClassFactories() {
        assertDump("""
        def make_adder(n):
            def add(x):
                return x + n
            return add
        ADD3 = make_adder(3)
        R = ADD3(4)
        def make_op(name, fn):
            class Op(object):
                opname = name
                def apply(self, a, b):
                    return fn(a, b)
            Op.__name__ = 'Op_' + name
            Op.__qualname__ = 'Op_' + name
            return Op
        PLUS = make_op('plus', lambda a, b: a + b)
        S = PLUS().apply(2, 5)
        """, """
        make_adder = function make_adder(n)
        ADD3 = function make_adder.<locals>.add(x)
          [closure] n = 3
        R = 7
        make_op = function make_op(name, fn)
        PLUS = class Op_plus(object)
          opname = 'plus'
          apply = function make_op.<locals>.Op.apply(self, a, b)
            [closure] fn = function <lambda>(a, b)
        S = 7
        """)
    }

    func testDecoratorsWithRlibHints() {
        assertDump("""
        from rlib import jit
        from rlib.objectmodel import specialize, always_inline, not_rpython
        @jit.elidable
        def pure(x):
            return x
        @jit.unroll_safe
        @always_inline
        def loop(xs):
            return 0
        @specialize.argtype(0, 1)
        def spec(a, b):
            return a
        @specialize.memo()
        def memo(cls):
            return 1
        @jit.look_inside_iff(lambda x: x > 0)
        def iff(x):
            return x
        @jit.dont_look_inside
        def opaque():
            pass
        driver = jit.JitDriver(greens=['pc', 'code'], reds=['frame'])
        """, """
        jit = module rlib.jit
        specialize = instance rlib.objectmodel._Specialize
        always_inline = function rlib.objectmodel.always_inline(func)
        not_rpython = function rlib.objectmodel.not_rpython(func)
        pure = function pure(x)
          _elidable_function_ = True
        loop = function loop(xs)
          _always_inline_ = True
          _jit_unroll_safe_ = True
        spec = function spec(a, b)
          _annspecialcase_ = 'specialize:argtype(0, 1)'
        memo = function memo(cls)
          _annspecialcase_ = 'specialize:memo'
        iff = function iff(x)
          _jit_look_inside_iff_ = function <lambda>(x)
        opaque = function opaque()
          _jit_look_inside_ = False
        driver = instance rlib.jit.JitDriver
          greens = list ['pc', 'code']
          reds = list ['frame']
          get_printable_location = None
          virtualizables = list []
          name = 'jitdriver'
        """)
    }

    func testIntrinsicsAreBuiltins() {
        assertDump("""
        from rlib.rarithmetic import intmask, r_uint, ovfcheck, LONG_BIT
        from rlib.objectmodel import we_are_translated, compute_hash, instantiate
        from rlib.jit import promote, we_are_jitted, hint
        A = intmask(r_uint(-1))
        B = r_uint(3) - r_uint(5)
        C = ovfcheck(6 * 7)
        D = we_are_translated()
        class E(object):
            def __init__(self):
                self.x = 1
        F = instantiate(E)
        G = promote(5) + hint(1, promote=True)
        """, """
        intmask = builtin rlib.rarithmetic.intmask
        r_uint = builtin rlib.rarithmetic.r_uint
        ovfcheck = builtin rlib.rarithmetic.ovfcheck
        LONG_BIT = 64
        we_are_translated = builtin rlib.objectmodel.we_are_translated
        compute_hash = builtin rlib.objectmodel.compute_hash
        instantiate = builtin rlib.objectmodel.instantiate
        promote = builtin rlib.jit.promote
        we_are_jitted = builtin rlib.jit.we_are_jitted
        hint = builtin rlib.jit.hint
        A = -1
        B = r_uint(18446744073709551614)
        C = 42
        D = False
        E = class E(object)
          __init__ = function E.__init__(self)
        F = instance E
        G = 6
        """)
    }

    func testWrappingIntrinsicsTakeWideIntegers() {
        assertDump("""
        from rlib.rarithmetic import r_uint, intmask, r_int
        MASK64 = r_uint(0xFFFFFFFFFFFFFFFF)
        HIGH = r_uint(0x8000000000000000)
        W = intmask(2 ** 64 + 5)
        R = r_int(1 << 63)
        """, """
        r_uint = builtin rlib.rarithmetic.r_uint
        intmask = builtin rlib.rarithmetic.intmask
        r_int = builtin rlib.rarithmetic.r_int
        MASK64 = r_uint(18446744073709551615)
        HIGH = r_uint(9223372036854775808)
        W = 5
        R = -9223372036854775808
        """)
    }

    func testOvfcheckCatchable() {
        assertDump("""
        from rlib.rarithmetic import ovfcheck, maxint
        try:
            R = ovfcheck(maxint + 1)
        except OverflowError:
            R = 'overflow'
        """, """
        ovfcheck = builtin rlib.rarithmetic.ovfcheck
        maxint = 9223372036854775807
        R = 'overflow'
        """)
    }

    func testBuiltinFunctionsAsValues() {
        assertDump("""
        import os, math
        F = len
        W = os.write
        S = math.sqrt
        K = sorted(['bb', 'a'], key=len)
        M = [].append
        """, """
        os = module os
        math = module math
        F = builtin len
        W = builtin os.write
        S = builtin math.sqrt
        K = list ['a', 'bb']
        M = bound method of list: builtin list.append
        """)
    }

    func testExceptionInstances() {
        assertDump("""
        class MyError(ValueError):
            pass
        try:
            raise MyError('bad', 2)
        except ValueError as e:
            CAUGHT = e
        PREBUILT = KeyError('k')
        """, """
        MyError = class MyError(ValueError)
        CAUGHT = instance MyError
          args = ('bad', 2)
        PREBUILT = instance KeyError
          args = ('k',)
        """)
    }

    func testComprehensionScopes() {
        assertDump("""
        x = 'outer'
        L = [x for x in range(3)]
        D = {k: v for k, v in zip('ab', [1, 2])}
        S = {c for c in 'abca'}
        G = sum(i for i in range(5))
        class C(object):
            items = [1, 2]
            doubled = [i * 2 for i in items]
        """, """
        x = 'outer'
        L = list [0, 1, 2]
        D = dict {'a': 1, 'b': 2}
        S = set {'a', 'b', 'c'}
        G = 10
        C = class C(object)
          items = list [1, 2]
          doubled = list [2, 4]
        """)
    }

    func testSetattrOnClassesAndFunctions() {
        assertDump("""
        class Op(object):
            pass
        for name, value in [('ADD', 1), ('SUB', 2)]:
            setattr(Op, name, value)
        def f():
            pass
        f.hint = 'x'
        f.__name__ = 'renamed'
        NAMES = sorted([n for n in Op.__dict__ if n.isupper()])
        """, """
        Op = class Op(object)
          ADD = 1
          SUB = 2
        name = 'SUB'
        value = 2
        f = function f()
          hint = 'x'
        NAMES = list ['ADD', 'SUB']
        """)
    }

    func testGlobalInInitTimeFunction() {
        assertDump("""
        COUNT = 0
        def bump():
            global COUNT
            COUNT += 1
        bump()
        bump()
        """, """
        COUNT = 2
        bump = function bump()
        """)
    }

    func testUnpackingAndAugmentedAssignment() {
        assertDump("""
        a, (b, c), *d = 1, (2, 3), 4, 5
        e = [1]
        e += [2]
        e *= 2
        f = {'n': 1}
        f['n'] += 10
        g = 5
        g //= 2
        g **= 3
        """, """
        a = 1
        b = 2
        c = 3
        d = list [4, 5]
        e = list [1, 2, 1, 2]
        f = dict {'n': 11}
        g = 8
        """)
    }

    func testLambdaDefinitionIsStable() {
        let e = evaluate(["main.py": "def mk():\n    return lambda x: x\nA = mk()\nB = mk()\n"])
        guard let p = e.program, case .object(let a)? = p.targetModule.dict["A"], case .object(let b)? = p.targetModule.dict["B"],
              let fa = a as? PyFunction, let fb = b as? PyFunction else { return XCTFail("no program") }
        XCTAssertFalse(fa === fb)
        XCTAssertTrue(fa.def === fb.def)
        XCTAssertEqual(fa.def.name, "<lambda>")
        if case .return? = fa.def.body.first?.kind {} else { XCTFail("lambda body is not a return") }
    }
}
