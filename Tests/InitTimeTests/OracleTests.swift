// OracleTests.swift — differential tests: init-time `print` output must equal CPython's output
// for the same module (the oracle rule of RPYTHON.md). Skipped when python3 is not installed.

import Foundation
import XCTest
@testable import InitTime

func python3Output(_ files: [String: String], main: String = "main.py") -> String? {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    for (path, text) in files {
        let url = dir.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", dir.appendingPathComponent(main).path]
    p.environment = ["PYTHONPATH": repositoryRoot, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// Asserts that init-time evaluation prints what CPython prints for `source`.
func assertMatchesCPython(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws {
    guard let expected = python3Output(["main.py": source]) else { throw XCTSkip("python3 not available") }
    let e = evaluate(["main.py": source], footer: false)
    if let d = e.diagnostic { XCTFail("unexpected diagnostic: \(describe(d))", file: file, line: line); return }
    XCTAssertEqual(e.output, expected, file: file, line: line)
}

let oracleFooter = "\ndef entry_point(argv):\n    return 0\n\ndef target(argv):\n    return entry_point\n"

final class OracleTests: XCTestCase {
    func check(_ s: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertMatchesCPython(s + oracleFooter, file: file, line: line)
    }

    func testArithmetic() throws {
        try check("""
        for a in [7, -7, 0, 13]:
            for b in [2, -2, 3, -5]:
                print(a // b, a % b, a / b, divmod(a, b), a ** 2, -a, ~a, a << 3, a >> 1, a & b, a | b, a ^ b)
        print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, 2 ** -1, 2.0 ** 0.5, 10 / 4, 1e300 * 10)
        print(True + True, True * 3, 3 - True, True & False, True | False, True ^ True)
        print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 2 != 2, 'a' < 'b', (1, 2) < (1, 3), [1, 2] == [1, 2])
        print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
        print(max(3, 1, 2), min([4, 2, 8]), max('abc'), sum([1, 2, 3]), sum([0.5, 0.25]), max([1, 5, 3], key=lambda x: -x))
        print(int('42'), int('-0x1f', 16), int('  12  '), int(3.9), int(-3.9), float('1.5'), float('inf'), int('1_000'))
        print(0.1 + 0.2, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.0, -0.0, 1/3, 2.5e-10, float(10**15))
        print(9223372036854775807, -9223372036854775807 - 1, 2 ** 62, (2 ** 62) // 3)
        print(pow(3, 4), pow(3, 4, 5), pow(2.0, 3), hex(255), oct(8), bin(5), hex(-1))
        print(7 // 2 * 2 + 7 % 2, (-7) // 2 * 2 + (-7) % 2, 3 * 1.5, 1 / 8)
        """)
    }

    func testStrings() throws {
        try check("""
        s = "Hello, World"
        print(s.lower(), s.upper(), s.split(", "), s.split(), " a  b ".split(), "a,b,,c".split(","), "a b c".split(None, 1))
        print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), s.replace("l", "L"), s.replace("l", "", 1))
        print(s.startswith("Hell"), s.endswith(("x", "ld")), s[1:5], s[::-1], s[-3:], s[::2], s[100:], len(s))
        print("  x ".strip(), "xxhixx".strip("x"), "  x".lstrip(), "x  ".rstrip() + "|", "-".join(["a", "b", "c"]))
        print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), " ".isspace(), "ABC".isupper(), "abc".islower(), "".isdigit())
        print(repr("it's"), repr('say "hi"'), repr('both \\' "'), repr("tab\\tnew\\nline"), repr("\\x01é"), str(b"ab\\x00"))
        print("%d %s %r %5.2f %-4d| %04d %x %X %o %% %c %e" % (42, "s", "r", 3.14159, 7, 42, 255, 255, 8, 65, 12345.678))
        print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "%s" % [1, 2], "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%+d % d" % (5, 5))
        x, y, name = 3.14159, 42, "bob"
        print(f"{x:.3f} {y:5d} {y:<5}| {name!r} {name:>6} {y:x} {y:08.3f} {y:,} {x:e} {x:g} {0.5:%} {y:+d} {name:^7}|")
        print(f"{x}" f"{y}", f"{'nested'}", f"{y * 2}", f"{{literal}}", f"{[1, 2]}", f"{None}", f"{True}")
        print("{} {} {}".format(1, "a", [2]), "{1}{0}".format("a", "b"), "{x}-{y:.1f}".format(x=1, y=2.25), "{:>4}|".format("ab"))
        print("a" + "b" * 3, "abc" < "abd", "ab" in "cabd", "x" not in "abc", ord("a"), chr(955), "é".upper(), len("日本語"))
        print("a\\tb".expandtabs(4), "abc".center(7, "*"), "7".zfill(3), "-7".zfill(4), "ab".ljust(4, ".") + "|", "ab".rjust(4))
        print("a=b=c".partition("="), "a=b=c".rpartition("="), "line1\\nline2\\r\\nline3".splitlines(), "a b".title(), "aBc".swapcase(), "abc".capitalize())
        print(str(1.0), str(10), str(None), str([1, 'a', None]), repr((1,)), repr(()), repr({1: 'a'}), repr(set()), repr({3}), repr(frozenset([1])))
        """)
    }

    func testContainers() throws {
        try check("""
        l = [3, 1, 2]
        l.append(5); l.extend([9, 0]); l.insert(1, 7); l.insert(-1, 8); print(l)
        print(l.pop(), l.pop(0), l, l.index(2), l.count(7)); l.remove(7); print(l)
        l.sort(); print(l); l.sort(reverse=True); print(l); l.reverse(); print(l)
        print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], reverse=True), sorted("cab"), list(reversed([1, 2, 3])))
        m = l[:]; m[1:3] = ["x", "y", "z"]; print(m); del m[0]; print(m); del m[::2]; print(m); m[0:0] = [1]; print(m)
        print([1, 2] + [3], [0] * 3, (1, 2) + (3,), (1,) * 3, [1, [2, 3]][1][0], list(range(10, 0, -3)), list(range(5))[1:4])
        d = {"a": 1, "b": 2}
        d["c"] = 3; print(d, d.get("a"), d.get("z"), d.get("z", 0), "a" in d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
        print(d.pop("a"), d, d.setdefault("b", 9), d.setdefault("q", 7), d); del d["q"]; print(d)
        d.update({"x": 1}, y=2); print(d, dict(a=1), dict([(1, 2)]), dict(zip("ab", [1, 2])), {k: v for k, v in [(1, 2)]})
        s = {3, 1, 2}; s.add(4); s.discard(1); s.remove(2); print(sorted(s), 3 in s, len(s))
        a, b = {1, 2, 3}, {2, 3, 4}
        print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a.issubset({1, 2, 3, 4}), a <= b, {1} < a)
        print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), any([0, 1]), all([1, 0]), all([]))
        print([x for x in range(10) if x % 2 if x > 2], [(i, j) for i in range(3) for j in range(i)], {x % 3 for x in range(10)})
        print(sum(x * x for x in range(4)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), tuple([1, 2]), set("aab") == {"a", "b"})
        a, *rest = [1, 2, 3]; print(a, rest); *init, last = "abc"; print(init, last); (p, q), r = (1, 2), 3; print(p, q, r)
        it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
        print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("", str), issubclass(bool, int), type(1) is int, type("") == str)
        nested = {"k": [1, {"z": (1, 2)}]}; print(nested, nested["k"][1]["z"][1])
        print(hash(1) == hash(1.0), {1: "a", 1.0: "b"}, [1, 2, 3][-1], "abc"[-2], (1, 2, 3)[1:], len(range(0, 10, 3)), 5 in range(10))
        """)
    }

    func testControlFlowAndFunctions() throws {
        try check("""
        def f(a, b=2, *args, c=3, **kw):
            return (a, b, args, c, sorted(kw.items()))
        print(f(1), f(1, 5, 6, 7, c=8, z=9), f(*[1, 2, 3]), f(**{"a": 4, "q": 5}))
        def counter():
            n = 0
            def inc(k=1):
                nonlocal n
                n += k
                return n
            return inc
        c = counter(); c(); c(5); print(c())
        adders = [lambda x, i=i: x + i for i in range(3)]
        print([a(10) for a in adders])
        late = [lambda: i for i in range(3)]
        print([g() for g in late])
        total = 0
        for i in range(10):
            if i == 2:
                continue
            if i == 7:
                break
            total += i
        else:
            total = -1
        print(total)
        n = 0
        while n < 5:
            n += 1
        else:
            print("while-else", n)
        def fact(n):
            return 1 if n <= 1 else n * fact(n - 1)
        print(fact(20))
        def gen(n):
            for i in range(n):
                yield i * 2
        print(list(gen(4)), sum(gen(3)))
        G = 10
        def setg():
            global G
            G = G + 1
        setg(); print(G)
        def tryit(x):
            try:
                if x == 0:
                    raise ValueError("zero")
                r = 10 // x
            except ValueError as e:
                return "VE:" + str(e)
            except (ZeroDivisionError, KeyError):
                return "never"
            else:
                return "ok %d" % r
            finally:
                print("finally", x)
        print(tryit(0), tryit(5))
        try:
            {}["missing"]
        except LookupError as e:
            print("caught", repr(e), e.args)
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                raise
        except Exception as e:
            print(type(e).__name__, e)
        def fin():
            try:
                return 1
            finally:
                print("in finally")
        print(fin())
        class Ctx:
            def __enter__(self):
                print("enter"); return self
            def __exit__(self, t, v, tb):
                print("exit", t is None); return True
        with Ctx() as cx:
            raise ValueError("suppressed")
        print("after with")
        x = [1, 2, 3]
        del x[0]
        print(x, (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
        assert True, "never"
        try:
            assert 1 == 2, "bad math"
        except AssertionError as e:
            print("assert", e)
        print([y := 5, y * 2])
        """)
    }

    func testClasses() throws {
        try check("""
        class Base(object):
            kind = "base"
            count = 0
            def __init__(self, x):
                self.x = x
                Base.count += 1
            def describe(self):
                return "%s(%s)" % (self.kind, self.x)
            @staticmethod
            def smeth(a):
                return a * 2
            @classmethod
            def cmeth(cls, v):
                return cls(v)
        class Derived(Base):
            kind = "derived"
            def __init__(self, x, y):
                Base.__init__(self, x)
                self.y = y
            def describe(self):
                return super().describe() + "+" + str(self.y)
        class Other(Derived):
            def __init__(self):
                super(Other, self).__init__(1, 2)
        b = Base(1); d = Derived(2, 3); o = Other()
        print(b.describe(), d.describe(), o.describe(), Base.count, Base.smeth(4), d.smeth(5), Base.cmeth(7).__class__.__name__)
        print(isinstance(d, Base), isinstance(b, Derived), issubclass(Derived, Base), type(d) is Derived, Derived.__name__, Derived.__mro__[1].__name__)
        print(hasattr(d, "y"), hasattr(d, "zz"), getattr(d, "x"), getattr(d, "zz", "dflt"))
        setattr(Base, "added", 5); print(d.added)
        class MyError(Exception):
            def __init__(self, msg, code):
                Exception.__init__(self, msg)
                self.code = code
        try:
            raise MyError("boom", 3)
        except Exception as e:
            print(str(e), e.code, e.args, isinstance(e, MyError))
        class V:
            def __init__(self, v): self.v = v
            def __add__(self, o): return V(self.v + o.v)
            def __eq__(self, o): return self.v == o.v
            def __lt__(self, o): return self.v < o.v
            def __len__(self): return self.v
            def __getitem__(self, i): return i * self.v
            def __contains__(self, i): return i == self.v
            def __repr__(self): return "V(%d)" % self.v
            def __str__(self): return "<%d>" % self.v
        print((V(1) + V(2)).v, V(1) == V(1), V(1) < V(2), len(V(4)), V(3)[2], 3 in V(3), repr(V(5)), str(V(6)), [V(1)], sorted([V(3), V(1)]))
        def make_class(n):
            class K(object):
                val = n
                def get(self):
                    return n * 10
            return K
        K1, K2 = make_class(1), make_class(2)
        print(K1.val, K2().get(), K1.__qualname__)
        class M(object):
            _mixin_ = True
            def hello(self): return "mixin hello " + self.name()
        class U(Base, M):
            def name(self): return "U"
        print(U(1).hello(), U.__bases__[0].__name__)
        T = type("T", (Base,), {"kind": "t"})
        print(T(9).describe())
        class Slots(object):
            __slots__ = ("a",)
        s = Slots(); s.a = 1; print(s.a)
        """)
    }

    func testRlib() throws {
        try check("""
        from rlib.rarithmetic import intmask, r_uint, ovfcheck, LONG_BIT, maxint
        from rlib.objectmodel import we_are_translated, specialize, always_inline, compute_identity_hash
        from rlib import jit
        print(intmask(maxint), intmask(-1), r_uint(-1), r_uint(5) + r_uint(7), LONG_BIT, maxint)
        print(r_uint(3) - r_uint(5) == r_uint(-2), intmask(r_uint(-1)), r_uint(1) << 63, intmask(r_uint(1) << 63))
        try:
            ovfcheck(maxint + 1)
        except OverflowError:
            print("ovf")
        print(ovfcheck(5 * 6), we_are_translated(), jit.we_are_jitted(), jit.promote(5))
        @jit.elidable
        def pure(x):
            return x
        @specialize.argtype(0)
        def spec(x):
            return x
        print(pure._elidable_function_, spec._annspecialcase_)
        driver = jit.JitDriver(greens=["pc"], reds=["frame"])
        print(driver.greens, driver.reds)
        """)
    }

    func testScopingCornerCases() throws {
        try check("""
        def outer():
            x = 1
            def middle():
                def inner():
                    return x + y
                y = 10
                return inner
            f = middle()
            x = 2
            return f()
        print(outer())
        def make():
            fs = []
            for i in range(3):
                def g(i=i):
                    return i
                fs.append(g)
            return [f() for f in fs]
        print(make())
        def rec():
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            return fib(15)
        print(rec())
        def deco(tag):
            def wrap(fn):
                def inner(*a, **k):
                    return tag + ":" + str(fn(*a, **k))
                inner.__name__ = fn.__name__
                return inner
            return wrap
        @deco("a")
        @deco("b")
        def h(x):
            return x * 2
        print(h(4), h.__name__)
        def class_deco(cls):
            cls.tagged = True
            return cls
        @class_deco
        class T(object):
            pass
        print(T.tagged)
        def factory(base):
            class Sub(base):
                def __init__(self, v):
                    super().__init__(v)
                    self.w = v * 2
            return Sub
        class B0(object):
            def __init__(self, v):
                self.v = v
        S = factory(B0)(3)
        print(S.v, S.w, type(S).__name__)
        x = 5
        class C(object):
            x = 10
            y = x + 1
            def m(self):
                return x
        print(C.y, C().m())
        def counter():
            count = [0]
            def inc():
                count[0] += 1
                return count[0]
            return inc
        c = counter(); c(); print(c())
        def g1():
            yield 1
            yield from [2, 3]
            return
        print(list(g1()), [x for x in g1() if x > 1])
        def kwonly(a, *, b=2, c):
            return a + b + c
        print(kwonly(1, c=3), kwonly(1, b=0, c=0))
        def defaults(a, b=[]):
            b.append(a)
            return b
        defaults(1); print(defaults(2))
        print((lambda: [i for i in range(3)])())
        vals = {}
        for k, v in sorted({"b": 2, "a": 1}.items()):
            vals[k] = v
        print(vals)
        i = 0
        while True:
            i += 1
            if i > 3:
                break
        print(i)
        print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2])
        try:
            try:
                raise KeyError("k")
            finally:
                print("inner finally")
        except KeyError as e:
            print("outer", repr(e))
        def early():
            for i in range(5):
                try:
                    if i == 2:
                        return i
                finally:
                    print("f", i)
        print(early())
        print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), IOError is OSError)
        e = ValueError("a", 1)
        print(e.args, str(e), repr(e), str(KeyError("q")), repr(ValueError()))
        print(type(None).__name__ if False else "NoneType", type(1.5).__name__, type([]).__name__)
        """)
    }

    func testFormattingCornerCases() throws {
        try check("""
        for v in [0.0, -0.0, 1.0, 0.5, 1e-7, 123456789012345678.0, 1e22, 3.0e-5, 2.5, 1/7, 100.0, 1e100, -1.5e-300]:
            print(repr(v), str(v), "%s" % v, "%r" % v, f"{v}", "%.3f" % v, "%g" % v, "%e" % v, f"{v:.2e}", f"{v:10.4f}|")
        for n in [0, 7, -7, 255, 123456789, -2**62]:
            print("%d|%5d|%-5d|%05d|%x|%#x|%o|%+d" % (n, n, n, n, n, n, n, n), f"{n:,}", f"{n:_}", f"{n:>8}", f"{n:<8}|", f"{n:^9}|", f"{n:b}")
        print("%s %s %s" % (True, None, [1, "a"]), "%5.1f%%" % 99.5, "%c%c" % (72, "i"), "%3s|%-3s|" % ("a", "b"))
        print(f"{'a'!r:>5}", f"{3.14159:.2f}", f"{1234.5:,.1f}", f"{0.25:.0%}", f"{'x':*^7}", f"{42:=+8}", f"{-3:08d}", f"{7:02}")
        print("{0:>{1}}".format("x", 4), "{:.{}f}".format(3.14159, 2), "{!r}".format("q"), "{0[1]}".format([5, 6]), "{a}{b}".format(a=1, b=2))
        print(format(3.5), format(12, "x"), format("s", "<3") + "|", str(12345678901234.0), repr(1e16), repr(9999999999999998.0))
        print(round(0.125, 2), round(0.375, 2), round(-2.5), round(7.0), round(1.23456, 3), int(-0.9), int("  -12 "), float("  2.5e3 "))
        print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%.2f" % 2.675, "%10.3e|" % 12345.6789, "%-10s|" % "left", "%+.1f" % 2)
        """)
    }

    func testStringMethodCornerCases() throws {
        try check("""
        for s in ["", "  a b  ", "a,b,,c,", "a\\tb\\nc  d", "xx", "aaa"]:
            print(s.split(), s.split(None, 0), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1), s.split("a"), s.split("aa"))
            print(s.strip(), s.strip("a "), s.find("a", 1), s.find("a", -2), s.rfind("a", 0, 2), s.count("a"), s.count("a", 1, -1), s.replace("a", "xy"))
            print(s.startswith("a", 1), s.endswith("", 3), s.partition(","), s.rpartition("a"), s.upper().isupper(), s.title(), s.splitlines(True))
            print(s.center(9, "."), s.ljust(4, "-"), s.rjust(3), s.zfill(5), s[1:-1], s[::-2], repr(s), s.index("") if s else -1)
        print("ß".upper(), "İ".lower(), "ǅ".title(), "Ⅷ".isnumeric(), "½".isdigit(), "٣".isdigit(), "٣".isdecimal(), "ꓐ".isalpha())
        print("they're 3rd x-ray".title(), "hELLO wORLD".capitalize(), ",".join([]), "".join(["a"]), "x".join("abc"), "%s" % ("a",), "%s" % [()], "%%%s%%" % "m")
        """)
    }

    func testNumbersAndContainersCornerCases() throws {
        try check("""
        print(int("0x10", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("-  5".replace(" ", "")), int("+7"), int(" 1_0 "), int(True), int(2.9999))
        for bad in ["", " ", "1__0", "_1", "0x", "1.5", "12a"]:
            try:
                int(bad)
            except ValueError as e:
                print("VE", e)
        print(float("1_000.5"), float("-inf"), float(" .5 "), float("1e-3"), float(3), 1e308 * 10, -1e308 * 10, float("nan") != float("nan"))
        print(1 == True, 0 == False, 1.0 == 1, hash(1.0) == hash(1), {True: "a", 1: "b"}, {1.0: "x"}, 2 ** 0.5 == 2 ** 0.5, 10 ** 18, -(10 ** 18))
        print(7 // -1, -7 // 1, 0 // 5, -0.0 // 1, 5 % -3, -5 % 3, 5.5 % -2, -5.5 % 2, divmod(-7, 2), divmod(7.5, -2), 3 ** 3 ** 2 // 1000)
        print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3, 1, 2], key=lambda x: -x), sorted(["b", "A", "a"], key=str.lower), max([(1, 2), (1, 3)]))
        pairs = [(2, "x"), (1, "y"), (2, "a"), (1, "b")]
        print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
        l = [5, 3, 8]
        l.sort(key=lambda v: v % 3); print(l)
        print([1, 2, 3][::-1], [1, 2, 3][-10:10], [1, 2, 3][2:0:-1], list(range(10))[::3], list(range(10, -10, -7)), list(range(0)))
        d = dict.fromkeys if False else None
        dd = {}
        for w in "the quick the lazy the end quick".split():
            dd[w] = dd.get(w, 0) + 1
        print(dd, sorted(dd.items(), key=lambda kv: (-kv[1], kv[0])), max(dd, key=dd.get), min(dd.values()))
        s = set()
        for x in [3, 1, 3, 2]:
            s.add(x)
        print(len(s), sorted(s), 2 in s, s == {1, 2, 3}, s != {1}, frozenset(s) == s, {1, 2} | {3}, sorted({1, 2} ^ {2, 3}))
        t = (1, [2])
        t[1].append(3); print(t, t.count(1), t.index([2, 3]), (1, 2) == (1, 2), (1, 2) < (1, 2, 0), () < (0,))
        print(list(zip(*[(1, 2), (3, 4)])), dict(zip(range(3), "abc")), list(enumerate([], 5)), [i for i, _ in enumerate("xy")])
        print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, True]), sum([[1], [2]], []), sum(range(101)))
        print(str(123), repr("a'b\\"c"), str(-0.0), repr(1e-5), repr(123e20), repr(0.1 * 3), 2.0 * 3, 7 / 7, -7 / 2, abs(-0.0))
        print(chr(65) + chr(0x1F600), ord("€"), len("€"), "€".encode(), b"\\xe2\\x82\\xac".decode(), list(b"ab"), bytes([97, 98]), b"a" < b"b")
        print(min("abc", "abd"), max(1, 2.5), min([3, 1.5]), round(2.5) + round(-1.5), round(0.5), round(1.25, 1), round(-1.35, 1), round(123.456, -1))
        print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None), not None, None is None, [] is [], 1 if [] else 2, [] or "d", "x" and "y")
        print(isinstance(True, bool), isinstance(1, bool), type(True) is bool, type(1) == type(True), type(1.0).__name__, type("").__name__, type(None).__name__)
        x = 10
        x //= 3; x **= 2; x %= 5; x <<= 3; x >>= 1; x |= 1; x &= 7; x ^= 2; print(x)
        a = b = [1]
        a += [2]; print(b, a is b)
        c = (1,)
        e = c
        c += (2,); print(c, e, c is e)
        """)
    }

    func testClassesAndExceptionsCornerCases() throws {
        try check("""
        class Animal(object):
            sound = "..."
            registry = []
            def __init__(self, name):
                self.name = name
                Animal.registry.append(name)
            def speak(self):
                return "%s says %s" % (self.name, self.sound)
            @classmethod
            def create(cls, name):
                return cls(name)
            @staticmethod
            def kind():
                return "animal"
            def __repr__(self):
                return "<%s %s>" % (type(self).__name__, self.name)
        class Dog(Animal):
            sound = "woof"
        class Puppy(Dog):
            def __init__(self, name, age):
                Dog.__init__(self, name)
                self.age = age
            def speak(self):
                return Dog.speak(self) + " (age %d)" % self.age
        d = Dog.create("rex")
        p = Puppy("bit", 1)
        print(d.speak(), p.speak(), d.kind(), Puppy.kind(), repr(p), [d, p], Animal.registry, p.__class__.__name__, isinstance(p, (int, Dog)))
        d.sound = "grr"
        print(d.speak(), Dog.sound, Dog("x").speak(), getattr(p, "speak")(), Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__)
        m = p.speak
        print(m(), type(m).__name__ if False else "method", callable(m), callable(Dog), callable(3))
        class Node(object):
            class Inner(object):
                val = 7
            def get(self):
                return self.Inner.val
        print(Node().get(), Node.Inner.__qualname__, Node.Inner().val)
        class E1(Exception): pass
        class E2(E1): pass
        def thrower(k):
            if k == 0: raise E2("two")
            if k == 1: raise E1("one")
            if k == 2: raise KeyError(k)
            return k
        for k in range(4):
            try:
                r = thrower(k)
            except E2 as e:
                print("E2", e, isinstance(e, E1))
            except E1 as e:
                print("E1", e.args)
            except (KeyError, IndexError) as e:
                print("lookup", repr(e), str(e))
            else:
                print("no exception", r)
            finally:
                print("finally", k)
        def loop_finally():
            out = []
            for i in range(4):
                try:
                    if i == 1:
                        continue
                    if i == 3:
                        break
                    out.append(i)
                finally:
                    out.append("f%d" % i)
            return out
        print(loop_finally())
        class CM(object):
            def __init__(self, tag, swallow):
                self.tag, self.swallow = tag, swallow
            def __enter__(self):
                print("enter", self.tag)
                return self.tag
            def __exit__(self, et, ev, tb):
                print("exit", self.tag, et.__name__ if et else None, ev)
                return self.swallow
        with CM("a", False) as a, CM("b", True) as b:
            print("body", a, b)
            raise ValueError("inside")
        print("after")
        try:
            with CM("c", False):
                raise KeyError("k")
        except KeyError as e:
            print("propagated", e)
        def gen():
            yield 1
            raise StopIteration if False else ValueError("in gen")
        try:
            for v in gen():
                print("got", v)
        except ValueError as e:
            print("gen error", e)
        def naturals():
            n = 0
            while True:
                print("produce", n)
                yield n
                n += 1
        for i, n in zip(range(3), naturals()):
            print("consume", i, n)
        it = naturals()
        print(next(it), next(it), next(iter([5])))
        def inner():
            yield 1
            yield 2
            return 3
        def outer():
            r = yield from inner()
            yield r
        print(list(outer()))
        def fib():
            a, b = 0, 1
            while True:
                yield a
                a, b = b, a + b
        g = fib()
        print([next(g) for _ in range(10)])
        def walk(n):
            if n > 0:
                yield n
                yield from walk(n - 1)
        print(list(walk(5)), sum(walk(10)), sorted(walk(3)))
        try:
            raise RuntimeError("a") from ValueError("b")
        except RuntimeError as e:
            print(e, type(e.__cause__).__name__)
        try:
            try:
                raise ValueError("x")
            except ValueError:
                raise TypeError("y")
        except TypeError as e:
            print("chained", e)
        class Counter(object):
            def __init__(self):
                self.n = 0
            def __iter__(self):
                return self
            def __next__(self):
                self.n += 1
                if self.n > 3:
                    raise StopIteration
                return self.n
        print(list(Counter()), [x * 2 for x in Counter()], sum(Counter()))
        class Seq(object):
            def __init__(self, items): self.items = items
            def __len__(self): return len(self.items)
            def __getitem__(self, i): return self.items[i]
        print(list(Seq([1, 2])), len(Seq([1])), bool(Seq([])), Seq([5])[0])
        class WithBool(object):
            def __bool__(self): return False
        print(bool(WithBool()), "yes" if WithBool() else "no", not WithBool())
        class Pt(object):
            def __init__(self, x, y): self.x, self.y = x, y
            def __eq__(self, o): return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
            def __ne__(self, o): return not self == o
            def __hash__(self): return hash((self.x, self.y))
            def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
        print(Pt(1, 2) == Pt(1, 2), Pt(1, 2) != Pt(2, 1), Pt(1, 2) in [Pt(0, 0), Pt(1, 2)], sorted([Pt(2, 0), Pt(1, 5)])[0].x, [Pt(1,1)].index(Pt(1,1)))
        class Shape(object):
            def area(self):
                raise NotImplementedError("abstract")
        try:
            Shape().area()
        except NotImplementedError as e:
            print("NIE", e)
        class Base2(object):
            def __init__(self, *args, **kwargs):
                self.args, self.kwargs = args, sorted(kwargs.items())
        b2 = Base2(1, 2, k=3)
        print(b2.args, b2.kwargs, hasattr(b2, "args"), vars(b2) == b2.__dict__, sorted(vars(b2)))
        def nodoc(a=1): pass
        def nodefaults(): pass
        class NoDoc(object): pass
        print(NoDoc.__doc__, nodoc.__doc__, nodoc.__defaults__, nodefaults.__defaults__, nodoc.__name__, NoDoc.__name__)
        """)
    }
}
