// GoldenTests.swift — source snippet -> expected AST dump, for every statement and expression
// form, operator precedence, literal forms, f-strings and non-ASCII source.
//
// The expected dumps were produced from CPython 3.11's own `ast` module, printed in ASTDump's
// format by a reference printer, so they check this parser against CPython (structure and, for
// the cases marked `locations: true`, every expression's line:col).
import XCTest
@testable import Syntax

final class GoldenTests: XCTestCase {
    func check(_ source: String, _ expected: String, locations: Bool = false,
               file: StaticString = #filePath, line: UInt = #line) {
        do {
            let module = try parseModule(source: source, file: "t.py")
            let dump = module.body.map { dumpAST($0, locations: locations) }.joined()
            XCTAssertEqual(dump, expected, file: file, line: line)
        } catch {
            XCTFail("unexpected error: \(error)", file: file, line: line)
        }
    }

    func testAssign() {
        check("x = 1\n", #"""
            1:1 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testChainedAssign() {
        check("a = b = c = 0\n", #"""
            1:1 Assign (Name a) = (Name b) = (Name c) = (Int 0)
            """# + "\n")
    }

    func testTupleAssign() {
        check("a, b = b, a\n", #"""
            1:1 Assign (Tuple (Name a) (Name b)) = (Tuple (Name b) (Name a))
            """# + "\n")
    }

    func testStarTarget() {
        check("first, *rest = items\n", #"""
            1:1 Assign (Tuple (Name first) (Starred (Name rest))) = (Name items)
            """# + "\n")
    }

    func testNestedTargets() {
        check("(a, [b, *c]), d = x\n", #"""
            1:1 Assign (Tuple (Tuple (Name a) (List (Name b) (Starred (Name c)))) (Name d)) = (Name x)
            """# + "\n")
    }

    func testAttributeAndSubscriptTargets() {
        check("obj.attr = seq[i] = seq[1:2] = 0\n", #"""
            1:1 Assign (Attribute (Name obj) attr) = (Subscript (Name seq) (Name i)) = (Subscript (Name seq) (Slice (Int 1) (Int 2) _)) = (Int 0)
            """# + "\n")
    }

    func testAugAssignAllOps() {
        check("a += 1\na -= 1\na *= 1\na @= m\na /= 2\na //= 2\na %= 3\na **= 2\na <<= 1\na >>= 1\na |= b\na ^= b\na &= b\n", #"""
            1:1 AugAssign (Name a) += (Int 1)
            2:1 AugAssign (Name a) -= (Int 1)
            3:1 AugAssign (Name a) *= (Int 1)
            4:1 AugAssign (Name a) @= (Name m)
            5:1 AugAssign (Name a) /= (Int 2)
            6:1 AugAssign (Name a) //= (Int 2)
            7:1 AugAssign (Name a) %= (Int 3)
            8:1 AugAssign (Name a) **= (Int 2)
            9:1 AugAssign (Name a) <<= (Int 1)
            10:1 AugAssign (Name a) >>= (Int 1)
            11:1 AugAssign (Name a) |= (Name b)
            12:1 AugAssign (Name a) ^= (Name b)
            13:1 AugAssign (Name a) &= (Name b)
            """# + "\n")
    }

    func testAnnAssign() {
        check("x: int\ny: list[int] = []\nself.z: float = 0.0\n(w): str = 's'\n", #"""
            1:1 AnnAssign (Name x) : (Name int)
            2:1 AnnAssign (Name y) : (Subscript (Name list) (Name int)) = (List)
            3:1 AnnAssign (Attribute (Name self) z) : (Name float) = (Float 0.0)
            4:1 AnnAssign (Name w) : (Name str) = (Str "s")
            """# + "\n")
    }

    func testExpressionStatement() {
        check("f(x)\n", #"""
            1:1 Expr (Call (Name f) (Name x))
            """# + "\n")
    }

    func testPassBreakContinue() {
        check("while True:\n    pass\n    break\n    continue\n", #"""
            1:1 While (True)
              body
                2:5 Pass
                3:5 Break
                4:5 Continue
            """# + "\n")
    }

    func testReturnForms() {
        check("def f():\n    return\ndef g():\n    return 1, 2\ndef h():\n    return *a, b\n", #"""
            1:1 FunctionDef f()
              2:5 Return
            3:1 FunctionDef g()
              4:5 Return (Tuple (Int 1) (Int 2))
            5:1 FunctionDef h()
              6:5 Return (Tuple (Starred (Name a)) (Name b))
            """# + "\n")
    }

    func testDel() {
        check("del x\ndel a[0], b.c, (d, e)\n", #"""
            1:1 Delete (Name x)
            2:1 Delete (Subscript (Name a) (Int 0)) (Attribute (Name b) c) (Tuple (Name d) (Name e))
            """# + "\n")
    }

    func testRaise() {
        check("def f():\n    raise\n    raise E\n    raise E('m') from err\n    raise E from None\n", #"""
            1:1 FunctionDef f()
              2:5 Raise
              3:5 Raise (Name E)
              4:5 Raise (Call (Name E) (Str "m")) from (Name err)
              5:5 Raise (Name E) from (None)
            """# + "\n")
    }

    func testGlobalNonlocal() {
        check("def f():\n    global g1, g2\n    x = 1\n    def g():\n        nonlocal x\n", #"""
            1:1 FunctionDef f()
              2:5 Global g1, g2
              3:5 Assign (Name x) = (Int 1)
              4:5 FunctionDef g()
                5:9 Nonlocal x
            """# + "\n")
    }

    func testAssert() {
        check("assert x\nassert x > 0, 'positive'\n", #"""
            1:1 Assert (Name x)
            2:1 Assert (Compare (Name x) > (Int 0)), (Str "positive")
            """# + "\n")
    }

    func testImport() {
        check("import os\nimport os.path as p, sys\n", #"""
            1:1 Import os
            2:1 Import os.path as p, sys
            """# + "\n")
    }

    func testFromImport() {
        check("from os import path\nfrom . import a\nfrom .. import b as c\nfrom ...pkg.mod import (x, y as z,)\nfrom m import *\n", #"""
            1:1 ImportFrom os import path
            2:1 ImportFrom . import a
            3:1 ImportFrom .. import b as c
            4:1 ImportFrom ...pkg.mod import x, y as z
            5:1 ImportFrom m import *
            """# + "\n")
    }

    func testSemicolons() {
        check("a = 1; b = 2; f()\nx = 3;\n", #"""
            1:1 Assign (Name a) = (Int 1)
            1:8 Assign (Name b) = (Int 2)
            1:15 Expr (Call (Name f))
            2:1 Assign (Name x) = (Int 3)
            """# + "\n")
    }

    func testIfElifElse() {
        check("if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    x = 3\nelse:\n    x = 4\n", #"""
            1:1 If (Name a)
              then
                2:5 Assign (Name x) = (Int 1)
              else
                3:1 If (Name b)
                  then
                    4:5 Assign (Name x) = (Int 2)
                  else
                    5:1 If (Name c)
                      then
                        6:5 Assign (Name x) = (Int 3)
                      else
                        8:5 Assign (Name x) = (Int 4)
            """# + "\n")
    }

    func testIfOnOneLine() {
        check("if x: y = 1; z = 2\n", #"""
            1:1 If (Name x)
              then
                1:7 Assign (Name y) = (Int 1)
                1:14 Assign (Name z) = (Int 2)
            """# + "\n")
    }

    func testWhileElse() {
        check("while i < n:\n    i += 1\nelse:\n    done()\n", #"""
            1:1 While (Compare (Name i) < (Name n))
              body
                2:5 AugAssign (Name i) += (Int 1)
              else
                4:5 Expr (Call (Name done))
            """# + "\n")
    }

    func testForElse() {
        check("for i, (a, b) in enumerate(pairs):\n    if a: break\nelse:\n    pass\n", #"""
            1:1 For (Tuple (Name i) (Tuple (Name a) (Name b))) in (Call (Name enumerate) (Name pairs))
              body
                2:5 If (Name a)
                  then
                    2:11 Break
              else
                4:5 Pass
            """# + "\n")
    }

    func testForOverTuple() {
        check("for x in 1, 2, 3:\n    print(x)\n", #"""
            1:1 For (Name x) in (Tuple (Int 1) (Int 2) (Int 3))
              body
                2:5 Expr (Call (Name print) (Name x))
            """# + "\n")
    }

    func testTryFull() {
        check("try:\n    f()\nexcept ValueError:\n    pass\nexcept (TypeError, KeyError) as e:\n    g(e)\nexcept:\n    raise\nelse:\n    h()\nfinally:\n    cleanup()\n", #"""
            1:1 Try
              body
                2:5 Expr (Call (Name f))
              3:1 except (Name ValueError)
                4:5 Pass
              5:1 except (Tuple (Name TypeError) (Name KeyError)) as e
                6:5 Expr (Call (Name g) (Name e))
              7:1 except
                8:5 Raise
              else
                10:5 Expr (Call (Name h))
              finally
                12:5 Expr (Call (Name cleanup))
            """# + "\n")
    }

    func testTryFinally() {
        check("try:\n    f()\nfinally:\n    g()\n", #"""
            1:1 Try
              body
                2:5 Expr (Call (Name f))
              finally
                4:5 Expr (Call (Name g))
            """# + "\n")
    }

    func testWith() {
        check("with open(p) as f, lock:\n    f.read()\n", #"""
            1:1 With (Call (Name open) (Name p)) as (Name f), (Name lock)
              2:5 Expr (Call (Attribute (Name f) read))
            """# + "\n")
    }

    func testWithParenthesizedItems() {
        check("with (open(a) as f, open(b) as g,):\n    pass\n", #"""
            1:1 With (Call (Name open) (Name a)) as (Name f), (Call (Name open) (Name b)) as (Name g)
              2:5 Pass
            """# + "\n")
    }

    func testWithTupleTarget() {
        check("with ctx() as (a, b):\n    pass\n", #"""
            1:1 With (Call (Name ctx)) as (Tuple (Name a) (Name b))
              2:5 Pass
            """# + "\n")
    }

    func testWithParenthesizedExpression() {
        check("with (a, b) as c:\n    pass\n", #"""
            1:1 With (Tuple (Name a) (Name b)) as (Name c)
              2:5 Pass
            """# + "\n")
    }

    func testDefSimple() {
        check("def f(a, b):\n    return a + b\n", #"""
            1:1 FunctionDef f(a, b)
              2:5 Return (BinOp + (Name a) (Name b))
            """# + "\n")
    }

    func testDefAllParameterKinds() {
        check("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    pass\n", #"""
            1:1 FunctionDef f(a, b=(Int 1), /, c=(Int 2), *args, d, e=(Int 3), **kw)
              2:5 Pass
            """# + "\n")
    }

    func testDefPosonly() {
        check("def f(a, /):\n    pass\ndef g(a, /, b):\n    pass\n", #"""
            1:1 FunctionDef f(a, /)
              2:5 Pass
            3:1 FunctionDef g(a, /, b)
              4:5 Pass
            """# + "\n")
    }

    func testDefKwonly() {
        check("def f(*, a, b=1):\n    pass\n", #"""
            1:1 FunctionDef f(*, a, b=(Int 1))
              2:5 Pass
            """# + "\n")
    }

    func testDefAnnotations() {
        check("def f(a: int, *args: str, b: 'x' = None, **kw: dict) -> bool:\n    pass\n", #"""
            1:1 FunctionDef f(a:(Name int), *args:(Name str), b:(Str "x")=(None), **kw:(Name dict)) -> (Name bool)
              2:5 Pass
            """# + "\n")
    }

    func testDefDecorators() {
        check("@dec\n@mod.dec(1, k=2)\n@(lambda f: f)\ndef f():\n    pass\n", #"""
            4:1 decorator (Name dec)
            4:1 decorator (Call (Attribute (Name mod) dec) (Int 1) k=(Int 2))
            4:1 decorator (Lambda (f) (Name f))
            4:1 FunctionDef f()
              5:5 Pass
            """# + "\n")
    }

    func testClass() {
        check("class A:\n    pass\n", #"""
            1:1 ClassDef A
              2:5 Pass
            """# + "\n")
    }

    func testClassBasesKeywords() {
        check("@register\nclass B(A, Mixin, metaclass=Meta, **opts):\n    x = 1\n    def m(self):\n        return self.x\n", #"""
            2:1 decorator (Name register)
            2:1 ClassDef B((Name A), (Name Mixin), metaclass=(Name Meta), **(Name opts))
              3:5 Assign (Name x) = (Int 1)
              4:5 FunctionDef m(self)
                5:9 Return (Attribute (Name self) x)
            """# + "\n")
    }

    func testClassEmptyParens() {
        check("class C():\n    '''doc'''\n", #"""
            1:1 ClassDef C
              2:5 Expr (Str "doc")
            """# + "\n")
    }

    func testAsyncForms() {
        check("async def f():\n    await g()\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n    return [z async for z in w]\n", #"""
            1:1 AsyncFunctionDef f()
              2:5 Expr (Await (Call (Name g)))
              3:5 AsyncFor (Name x) in (Name y)
                body
                  4:9 Pass
              5:5 AsyncWith (Name a) as (Name b)
                6:9 Pass
              7:5 Return (ListComp (Name z) async for (Name z) in (Name w))
            """# + "\n")
    }

    func testMatch() {
        check("match command.split():\n    case [action]:\n        pass\n    case [action, obj] if obj:\n        pass\n    case Point(x=0, y=0) | {'k': _}:\n        pass\n    case (1 | 2) as n:\n        pass\n    case _:\n        pass\n", #"""
            1:1 Match (Call (Attribute (Name command) split))
              case [action]
                3:9 Pass
              case [action, obj] if (Name obj)
                5:9 Pass
              case Point(x=0, y=0) | {'k': _}
                7:9 Pass
              case (1 | 2) as n
                9:9 Pass
              case _
                11:9 Pass
            """# + "\n")
    }

    func testMatchSoftKeywordAsName() {
        check("match = 1\nmatch.x = 2\nmatch(3)\nmatch[4] = 5\ncase = _ = 0\n", #"""
            1:1 Assign (Name match) = (Int 1)
            2:1 Assign (Attribute (Name match) x) = (Int 2)
            3:1 Expr (Call (Name match) (Int 3))
            4:1 Assign (Subscript (Name match) (Int 4)) = (Int 5)
            5:1 Assign (Name case) = (Name _) = (Int 0)
            """# + "\n")
    }

    func testMatchTupleSubject() {
        check("match a, b:\n    case 1, 2:\n        pass\n", #"""
            1:1 Match (Tuple (Name a) (Name b))
              case 1, 2
                3:9 Pass
            """# + "\n")
    }

    func testNestedBlocksAndDedents() {
        check("def f():\n    if a:\n        if b:\n            return 1\n    return 2\nx = f()\n", #"""
            1:1 FunctionDef f()
              2:5 If (Name a)
                then
                  3:9 If (Name b)
                    then
                      4:13 Return (Int 1)
              5:5 Return (Int 2)
            6:1 Assign (Name x) = (Call (Name f))
            """# + "\n")
    }

    func testCommentsAndBlankLines() {
        check("# header\n\nx = 1  # trailing\n\n    # indented comment\ndef f():\n\n    # inside\n    return x\n", #"""
            3:1 Assign (Name x) = (Int 1)
            6:1 FunctionDef f()
              9:5 Return (Name x)
            """# + "\n")
    }

    func testBackslashContinuation() {
        check("x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n", #"""
            1:1 Assign (Name x) = (BinOp + (Int 1) (Int 2))
            3:1 If (BoolOp and (Name a) (Name b))
              then
                5:5 Pass
            """# + "\n")
    }

    func testImplicitLineJoining() {
        check("x = [\n    1,\n    2,\n]\ny = f(a,\n      b)\n", #"""
            1:1 Assign (Name x) = (List (Int 1) (Int 2))
            5:1 Assign (Name y) = (Call (Name f) (Name a) (Name b))
            """# + "\n")
    }

    func testTabsIndentation() {
        check("if x:\n\ty = 1\n\tif z:\n\t\tw = 2\n", #"""
            1:1 If (Name x)
              then
                2:2 Assign (Name y) = (Int 1)
                3:2 If (Name z)
                  then
                    4:3 Assign (Name w) = (Int 2)
            """# + "\n")
    }

    func testDocstring() {
        check("def f():\n    \"\"\"Docstring.\n\n    More.\n    \"\"\"\n", #"""
            1:1 FunctionDef f()
              2:5 Expr (Str "Docstring.\n\n    More.\n    ")
            """# + "\n")
    }

    func testStatementLocations() {
        check("x = 1\nif x:\n    y = 2\n    for i in r: z = 3\n", #"""
            1:1 Assign (Name x @1:1) = (Int 1 @1:5)
            2:1 If (Name x @2:4)
              then
                3:5 Assign (Name y @3:5) = (Int 2 @3:9)
                4:5 For (Name i @4:9) in (Name r @4:14)
                  body
                    4:17 Assign (Name z @4:17) = (Int 3 @4:21)
            """# + "\n", locations: true)
    }

    func testArithmeticPrecedence() {
        check("x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m\n", #"""
            1:1 Assign (Name x) = (BinOp - (BinOp + (Int 1) (BinOp * (Int 2) (Int 3))) (BinOp @ (BinOp % (BinOp // (BinOp / (Int 4) (Int 5)) (Int 6)) (Int 7)) (Name m)))
            """# + "\n")
    }

    func testLeftAssociativity() {
        check("x = a - b - c\ny = a / b / c\n", #"""
            1:1 Assign (Name x) = (BinOp - (BinOp - (Name a) (Name b)) (Name c))
            2:1 Assign (Name y) = (BinOp / (BinOp / (Name a) (Name b)) (Name c))
            """# + "\n")
    }

    func testPowerRightAssociative() {
        check("x = a ** b ** c\n", #"""
            1:1 Assign (Name x) = (BinOp ** (Name a) (BinOp ** (Name b) (Name c)))
            """# + "\n")
    }

    func testUnaryMinusAndPower() {
        check("x = -a ** 2\ny = (-a) ** 2\nz = a ** -b\nw = -~+a\n", #"""
            1:1 Assign (Name x) = (UnaryOp - (BinOp ** (Name a) (Int 2)))
            2:1 Assign (Name y) = (BinOp ** (UnaryOp - (Name a)) (Int 2))
            3:1 Assign (Name z) = (BinOp ** (Name a) (UnaryOp - (Name b)))
            4:1 Assign (Name w) = (UnaryOp - (UnaryOp ~ (UnaryOp + (Name a))))
            """# + "\n")
    }

    func testBitwisePrecedence() {
        check("x = a | b ^ c & d << e >> f + g\n", #"""
            1:1 Assign (Name x) = (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp >> (BinOp << (Name d) (Name e)) (BinOp + (Name f) (Name g))))))
            """# + "\n")
    }

    func testComparisonChain() {
        check("x = a < b <= c == d != e > f >= g\n", #"""
            1:1 Assign (Name x) = (Compare (Name a) < (Name b) <= (Name c) == (Name d) != (Name e) > (Name f) >= (Name g))
            """# + "\n")
    }

    func testMembershipIdentity() {
        check("x = a in b\ny = a not in b\nz = a is b\nw = a is not b\nv = not a in b\n", #"""
            1:1 Assign (Name x) = (Compare (Name a) in (Name b))
            2:1 Assign (Name y) = (Compare (Name a) not in (Name b))
            3:1 Assign (Name z) = (Compare (Name a) is (Name b))
            4:1 Assign (Name w) = (Compare (Name a) is not (Name b))
            5:1 Assign (Name v) = (UnaryOp not (Compare (Name a) in (Name b)))
            """# + "\n")
    }

    func testBooleanPrecedence() {
        check("x = a or b and c or not d\ny = not a and not b\n", #"""
            1:1 Assign (Name x) = (BoolOp or (Name a) (BoolOp and (Name b) (Name c)) (UnaryOp not (Name d)))
            2:1 Assign (Name y) = (BoolOp and (UnaryOp not (Name a)) (UnaryOp not (Name b)))
            """# + "\n")
    }

    func testConditionalExpression() {
        check("x = a if b else c\ny = a if b else c if d else e\nz = (a if b else c) + 1\n", #"""
            1:1 Assign (Name x) = (IfExp (Name b) then (Name a) else (Name c))
            2:1 Assign (Name y) = (IfExp (Name b) then (Name a) else (IfExp (Name d) then (Name c) else (Name e)))
            3:1 Assign (Name z) = (BinOp + (IfExp (Name b) then (Name a) else (Name c)) (Int 1))
            """# + "\n")
    }

    func testLambda() {
        check("f = lambda: 0\ng = lambda x, y=1, *a, z, **k: x + y\nh = lambda x: lambda y: x * y\n", #"""
            1:1 Assign (Name f) = (Lambda () (Int 0))
            2:1 Assign (Name g) = (Lambda (x, y=(Int 1), *a, z, **k) (BinOp + (Name x) (Name y)))
            3:1 Assign (Name h) = (Lambda (x) (Lambda (y) (BinOp * (Name x) (Name y))))
            """# + "\n")
    }

    func testLambdaPosonly() {
        check("f = lambda a, /, b: a\n", #"""
            1:1 Assign (Name f) = (Lambda (a, /, b) (Name a))
            """# + "\n")
    }

    func testWalrus() {
        check("if (n := len(a)) > 10:\n    pass\nwhile chunk := f.read():\n    pass\nxs = [y for x in d if (y := g(x))]\n", #"""
            1:1 If (Compare (NamedExpr (Name n) (Call (Name len) (Name a))) > (Int 10))
              then
                2:5 Pass
            3:1 While (NamedExpr (Name chunk) (Call (Attribute (Name f) read)))
              body
                4:5 Pass
            5:1 Assign (Name xs) = (ListComp (Name y) for (Name x) in (Name d) if (NamedExpr (Name y) (Call (Name g) (Name x))))
            """# + "\n")
    }

    func testAwaitAndPower() {
        check("async def f():\n    x = await a ** 2\n    y = -await b\n", #"""
            1:1 AsyncFunctionDef f()
              2:5 Assign (Name x) = (BinOp ** (Await (Name a)) (Int 2))
              3:5 Assign (Name y) = (UnaryOp - (Await (Name b)))
            """# + "\n")
    }

    func testParenthesizedLocations() {
        check("x = (a + b) * c\ny = (a).b\nz = ((1, 2),)\n", #"""
            1:1 Assign (Name x @1:1) = (BinOp * (BinOp + (Name a @1:6) (Name b @1:10) @1:6) (Name c @1:15) @1:5)
            2:1 Assign (Name y @2:1) = (Attribute (Name a @2:6) b @2:5)
            3:1 Assign (Name z @3:1) = (Tuple (Tuple (Int 1 @3:7) (Int 2 @3:10) @3:6) @3:5)
            """# + "\n", locations: true)
    }

    func testCalls() {
        check("f()\nf(a, b)\nf(a, *args, k=1, **kw)\nf(*a, *b, k=1, *c, **d, **e)\nf(x for x in y)\nf(a)(b)(c)\n", #"""
            1:1 Expr (Call (Name f))
            2:1 Expr (Call (Name f) (Name a) (Name b))
            3:1 Expr (Call (Name f) (Name a) (Starred (Name args)) k=(Int 1) **(Name kw))
            4:1 Expr (Call (Name f) (Starred (Name a)) (Starred (Name b)) (Starred (Name c)) k=(Int 1) **(Name d) **(Name e))
            5:1 Expr (Call (Name f) (GeneratorExp (Name x) for (Name x) in (Name y)))
            6:1 Expr (Call (Call (Call (Name f) (Name a)) (Name b)) (Name c))
            """# + "\n")
    }

    func testAttributesAndSubscripts() {
        check("a.b.c[0].d(1)[2:3]\n", #"""
            1:1 Expr (Subscript (Call (Attribute (Subscript (Attribute (Attribute (Name a) b) c) (Int 0)) d) (Int 1)) (Slice (Int 2) (Int 3) _))
            """# + "\n")
    }

    func testSlices() {
        check("a[1:2]\na[:]\na[::2]\na[1:]\na[:2]\na[1:2:3]\na[::]\na[i, j]\na[1:2, ::3]\na[...]\na[:, None]\na[*idx]\na[x:=1]\n", #"""
            1:1 Expr (Subscript (Name a) (Slice (Int 1) (Int 2) _))
            2:1 Expr (Subscript (Name a) (Slice _ _ _))
            3:1 Expr (Subscript (Name a) (Slice _ _ (Int 2)))
            4:1 Expr (Subscript (Name a) (Slice (Int 1) _ _))
            5:1 Expr (Subscript (Name a) (Slice _ (Int 2) _))
            6:1 Expr (Subscript (Name a) (Slice (Int 1) (Int 2) (Int 3)))
            7:1 Expr (Subscript (Name a) (Slice _ _ _))
            8:1 Expr (Subscript (Name a) (Tuple (Name i) (Name j)))
            9:1 Expr (Subscript (Name a) (Tuple (Slice (Int 1) (Int 2) _) (Slice _ _ (Int 3))))
            10:1 Expr (Subscript (Name a) (Ellipsis))
            11:1 Expr (Subscript (Name a) (Tuple (Slice _ _ _) (None)))
            12:1 Expr (Subscript (Name a) (Tuple (Starred (Name idx))))
            13:1 Expr (Subscript (Name a) (NamedExpr (Name x) (Int 1)))
            """# + "\n")
    }

    func testSliceLocations() {
        check("a[1:2, ::3, k]\n", #"""
            1:1 Expr (Subscript (Name a @1:1) (Tuple (Slice (Int 1 @1:3) (Int 2 @1:5) _ @1:3) (Slice _ _ (Int 3 @1:10) @1:8) (Name k @1:13) @1:3) @1:1)
            """# + "\n", locations: true)
    }

    func testTuples() {
        check("x = ()\ny = (1,)\nz = 1,\nw = (1, 2)\n", #"""
            1:1 Assign (Name x) = (Tuple)
            2:1 Assign (Name y) = (Tuple (Int 1))
            3:1 Assign (Name z) = (Tuple (Int 1))
            4:1 Assign (Name w) = (Tuple (Int 1) (Int 2))
            """# + "\n")
    }

    func testLists() {
        check("x = []\ny = [1, 2, 3,]\nz = [*a, b, *c]\n", #"""
            1:1 Assign (Name x) = (List)
            2:1 Assign (Name y) = (List (Int 1) (Int 2) (Int 3))
            3:1 Assign (Name z) = (List (Starred (Name a)) (Name b) (Starred (Name c)))
            """# + "\n")
    }

    func testSets() {
        check("x = {1}\ny = {1, 2, *s}\n", #"""
            1:1 Assign (Name x) = (Set (Int 1))
            2:1 Assign (Name y) = (Set (Int 1) (Int 2) (Starred (Name s)))
            """# + "\n")
    }

    func testDicts() {
        check("x = {}\ny = {'a': 1, 'b': 2,}\nz = {**a, 'b': 2, **c}\n", #"""
            1:1 Assign (Name x) = (Dict)
            2:1 Assign (Name y) = (Dict (Str "a"):(Int 1) (Str "b"):(Int 2))
            3:1 Assign (Name z) = (Dict **(Name a) (Str "b"):(Int 2) **(Name c))
            """# + "\n")
    }

    func testComprehensions() {
        check("a = [x for x in y]\nb = {x for x in y if x}\nc = {k: v for k, v in items if k if v}\nd = (x for x in y)\ne = [(i, j) for i in range(3) for j in range(i) if j]\n", #"""
            1:1 Assign (Name a) = (ListComp (Name x) for (Name x) in (Name y))
            2:1 Assign (Name b) = (SetComp (Name x) for (Name x) in (Name y) if (Name x))
            3:1 Assign (Name c) = (DictComp (Name k):(Name v) for (Tuple (Name k) (Name v)) in (Name items) if (Name k) if (Name v))
            4:1 Assign (Name d) = (GeneratorExp (Name x) for (Name x) in (Name y))
            5:1 Assign (Name e) = (ListComp (Tuple (Name i) (Name j)) for (Name i) in (Call (Name range) (Int 3)) for (Name j) in (Call (Name range) (Name i)) if (Name j))
            """# + "\n")
    }

    func testNestedComprehension() {
        check("m = [[row[i] for row in matrix] for i in range(n)]\n", #"""
            1:1 Assign (Name m) = (ListComp (ListComp (Subscript (Name row) (Name i)) for (Name row) in (Name matrix)) for (Name i) in (Call (Name range) (Name n)))
            """# + "\n")
    }

    func testComprehensionLocations() {
        check("a = [x for x in y]\nf(x for x in y)\n", #"""
            1:1 Assign (Name a @1:1) = (ListComp (Name x @1:6) for (Name x @1:12) in (Name y @1:17) @1:5)
            2:1 Expr (Call (Name f @2:1) (GeneratorExp (Name x @2:3) for (Name x @2:9) in (Name y @2:14) @2:2) @2:1)
            """# + "\n", locations: true)
    }

    func testYieldForms() {
        check("def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    y = yield from z\n    await_ = (yield)\n", #"""
            1:1 FunctionDef g()
              2:5 Expr (Yield)
              3:5 Expr (Yield (Int 1))
              4:5 Expr (Yield (Tuple (Int 1) (Int 2)))
              5:5 Assign (Name x) = (Yield)
              6:5 Assign (Name y) = (YieldFrom (Name z))
              7:5 Assign (Name await_) = (Yield)
            """# + "\n")
    }

    func testStarredInCallsAndReturns() {
        check("print(*args, sep='')\n", #"""
            1:1 Expr (Call (Name print) (Starred (Name args)) sep=(Str ""))
            """# + "\n")
    }

    func testEllipsis() {
        check("x = ...\ndef f(): ...\n", #"""
            1:1 Assign (Name x) = (Ellipsis)
            2:1 FunctionDef f()
              2:10 Expr (Ellipsis)
            """# + "\n")
    }

    func testGeneratorInCallWithOtherArgsParenthesized() {
        check("f((x for x in y), 1)\n", #"""
            1:1 Expr (Call (Name f) (GeneratorExp (Name x) for (Name x) in (Name y)) (Int 1))
            """# + "\n")
    }

    func testIntegers() {
        check("a = 0\nb = 123\nc = 1_000_000\nd = 0x1F\ne = 0o777\nf = 0b1010\ng = 0X_ff\nh = 00\n", #"""
            1:1 Assign (Name a) = (Int 0)
            2:1 Assign (Name b) = (Int 123)
            3:1 Assign (Name c) = (Int 1000000)
            4:1 Assign (Name d) = (Int 31)
            5:1 Assign (Name e) = (Int 511)
            6:1 Assign (Name f) = (Int 10)
            7:1 Assign (Name g) = (Int 255)
            8:1 Assign (Name h) = (Int 0)
            """# + "\n")
    }

    func testBigIntegers() {
        check("a = 9223372036854775807\nb = 9223372036854775808\nc = 0xFFFFFFFFFFFFFFFFFFFF\nd = 123456789012345678901234567890\ne = 0b1_0000000000000000000000000000000000000000000000000000000000000000\n", #"""
            1:1 Assign (Name a) = (Int 9223372036854775807)
            2:1 Assign (Name b) = (BigInt 9223372036854775808)
            3:1 Assign (Name c) = (BigInt 1208925819614629174706175)
            4:1 Assign (Name d) = (BigInt 123456789012345678901234567890)
            5:1 Assign (Name e) = (BigInt 18446744073709551616)
            """# + "\n")
    }

    func testFloats() {
        check("a = 1.0\nb = 1.\nc = .5\nd = 1e10\ne = 1.5E-3\nf = 1_0.0_1\ng = 1e+5\nh = 0.1\ni = 1e308\nj = 1e400\nk = 09.5\n", #"""
            1:1 Assign (Name a) = (Float 1.0)
            2:1 Assign (Name b) = (Float 1.0)
            3:1 Assign (Name c) = (Float 0.5)
            4:1 Assign (Name d) = (Float 10000000000.0)
            5:1 Assign (Name e) = (Float 0.0015)
            6:1 Assign (Name f) = (Float 10.01)
            7:1 Assign (Name g) = (Float 100000.0)
            8:1 Assign (Name h) = (Float 0.1)
            9:1 Assign (Name i) = (Float 1e+308)
            10:1 Assign (Name j) = (Float inf)
            11:1 Assign (Name k) = (Float 9.5)
            """# + "\n")
    }

    func testImaginary() {
        check("a = 1j\nb = 1.5J\nc = 1e3j\nd = 0j\ne = 09j\n", #"""
            1:1 Assign (Name a) = (Imaginary 1.0)
            2:1 Assign (Name b) = (Imaginary 1.5)
            3:1 Assign (Name c) = (Imaginary 1000.0)
            4:1 Assign (Name d) = (Imaginary 0.0)
            5:1 Assign (Name e) = (Imaginary 9.0)
            """# + "\n")
    }

    func testNumberFollowedByKeyword() {
        check("x = 1if y else 2\nz = [0for _ in r]\n", #"""
            1:1 Assign (Name x) = (IfExp (Name y) then (Int 1) else (Int 2))
            2:1 Assign (Name z) = (ListComp (Int 0) for (Name _) in (Name r))
            """# + "\n")
    }

    func testStringsQuotes() {
        check("a = 'single'\nb = \"double\"\nc = '''triple\nsingle'''\nd = \"\"\"triple \"double\" \"\"\"\ne = 'it\\'s'\nf = \"say \\\"hi\\\"\"\n", #"""
            1:1 Assign (Name a) = (Str "single")
            2:1 Assign (Name b) = (Str "double")
            3:1 Assign (Name c) = (Str "triple\nsingle")
            5:1 Assign (Name d) = (Str "triple \"double\" ")
            6:1 Assign (Name e) = (Str "it's")
            7:1 Assign (Name f) = (Str "say \"hi\"")
            """# + "\n")
    }

    func testStringEscapes() {
        check("s = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u00e9\\U0001F600\\N{BULLET}\\N{LATIN SMALL LETTER A}\\q'\n", #"""
            1:1 Assign (Name s) = (Str "\n\t\\'\"\x07\x08\x0c\x0b\r\x00AAé😀•a\\q")
            """# + "\n")
    }

    func testStringEscapeFullUnicodeNames() {
        check("s = '\\N{GREEK CAPITAL LETTER OMEGA}\\N{greek small letter beta}\\N{SNOWMAN}'\n", #"""
            1:1 Assign (Name s) = (Str "Ωβ☃")
            """# + "\n")
    }

    func testLineContinuationInString() {
        check("s = 'abc\\\ndef'\n", #"""
            1:1 Assign (Name s) = (Str "abcdef")
            """# + "\n")
    }

    func testRawStrings() {
        check("a = r'\\n\\d'\nb = R\"\\\\\"\nc = r'\\''\n", #"""
            1:1 Assign (Name a) = (Str "\\n\\d")
            2:1 Assign (Name b) = (Str "\\\\")
            3:1 Assign (Name c) = (Str "\\'")
            """# + "\n")
    }

    func testBytes() {
        check("a = b'abc'\nb = B'\\x00\\xff\\n'\nc = rb'\\n'\nd = bR'x' Rb'y' br'z'\ne = b'\\u1234'\n", #"""
            1:1 Assign (Name a) = (Bytes b"abc")
            2:1 Assign (Name b) = (Bytes b"\x00\xff\n")
            3:1 Assign (Name c) = (Bytes b"\\n")
            4:1 Assign (Name d) = (Bytes b"xyz")
            5:1 Assign (Name e) = (Bytes b"\\u1234")
            """# + "\n")
    }

    func testUnicodePrefix() {
        check("a = u'text'\nb = U'x'\n", #"""
            1:1 Assign (Name a) = (Str "text")
            2:1 Assign (Name b) = (Str "x")
            """# + "\n")
    }

    func testStringConcatenation() {
        check("s = 'a' \"b\" '''c'''\nt = ('x'\n     'y')\n", #"""
            1:1 Assign (Name s) = (Str "abc")
            2:1 Assign (Name t) = (Str "xy")
            """# + "\n")
    }

    func testNonASCII() {
        check("名前 = 'Ünïcödé ✓'\nπ = 3.14\ndef café(naïve):\n    return naïve\n", #"""
            1:1 Assign (Name 名前) = (Str "Ünïcödé ✓")
            2:1 Assign (Name π) = (Float 3.14)
            3:1 FunctionDef café(naïve)
              4:5 Return (Name naïve)
            """# + "\n")
    }

    func testNonASCIIColumns() {
        check("é = 'ü'; x = é\n", #"""
            1:1 Assign (Name é @1:1) = (Str "ü" @1:5)
            1:10 Assign (Name x @1:10) = (Name é @1:14)
            """# + "\n", locations: true)
    }

    func testNFKCIdentifiers() {
        check("ﬁle = 1\n", #"""
            1:1 Assign (Name file) = (Int 1)
            """# + "\n")
    }

    func testCrlfLineEndings() {
        check("x = 1\r\ny = 2\r\nif x:\r\n    z = 3\r\n", #"""
            1:1 Assign (Name x) = (Int 1)
            2:1 Assign (Name y) = (Int 2)
            3:1 If (Name x)
              then
                4:5 Assign (Name z) = (Int 3)
            """# + "\n")
    }

    func testNoTrailingNewline() {
        check("x = 1", #"""
            1:1 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testFormFeed() {
        check("\u{c}x = 1\n", #"""
            1:2 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testFStringBasic() {
        check("s = f'a{b}c'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "a") (FormattedValue (Name b)) (Str "c"))
            """# + "\n")
    }

    func testFStringConversionsAndSpecs() {
        check("s = f'{x!r} {y!s} {z!a} {w:>10} {v!r:^{width}}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Name x) !r) (Str " ") (FormattedValue (Name y) !s) (Str " ") (FormattedValue (Name z) !a) (Str " ") (FormattedValue (Name w) :(JoinedStr (Str ">10"))) (Str " ") (FormattedValue (Name v) !r :(JoinedStr (Str "^") (FormattedValue (Name width)))))
            """# + "\n")
    }

    func testFStringNestedSpec() {
        check("s = f'{value:{width}.{precision}f}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Name value) :(JoinedStr (FormattedValue (Name width)) (Str ".") (FormattedValue (Name precision)) (Str "f"))))
            """# + "\n")
    }

    func testFStringBraces() {
        check("s = f'{{literal}} {x}}}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "{literal} ") (FormattedValue (Name x)) (Str "}"))
            """# + "\n")
    }

    func testFStringDebug() {
        check("s = f'{x=}'\nt = f'{x = }'\nu = f'{x=!s}'\nv = f'{x=:>4}'\nw = f'{a+b=}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "x=") (FormattedValue (Name x) !r))
            2:1 Assign (Name t) = (JoinedStr (Str "x = ") (FormattedValue (Name x) !r))
            3:1 Assign (Name u) = (JoinedStr (Str "x=") (FormattedValue (Name x) !s))
            4:1 Assign (Name v) = (JoinedStr (Str "x=") (FormattedValue (Name x) :(JoinedStr (Str ">4"))))
            5:1 Assign (Name w) = (JoinedStr (Str "a+b=") (FormattedValue (BinOp + (Name a) (Name b)) !r))
            """# + "\n")
    }

    func testFStringExpressions() {
        check("s = f'{a + b} {f(x)} {d[\"k\"]} {x if y else z} {[i for i in r]} {lambda_ }'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (BinOp + (Name a) (Name b))) (Str " ") (FormattedValue (Call (Name f) (Name x))) (Str " ") (FormattedValue (Subscript (Name d) (Str "k"))) (Str " ") (FormattedValue (IfExp (Name y) then (Name x) else (Name z))) (Str " ") (FormattedValue (ListComp (Name i) for (Name i) in (Name r))) (Str " ") (FormattedValue (Name lambda_)))
            """# + "\n")
    }

    func testFStringTupleAndDict() {
        check("s = f'{a, b} { {1: 2}[1] }'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Tuple (Name a) (Name b))) (Str " ") (FormattedValue (Subscript (Dict (Int 1):(Int 2)) (Int 1))))
            """# + "\n")
    }

    func testFStringConcatenation() {
        check("s = 'a' f'{b}' 'c' f'd{e}'\nt = f'' 'x'\nu = f''\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "a") (FormattedValue (Name b)) (Str "cd") (FormattedValue (Name e)))
            2:1 Assign (Name t) = (JoinedStr (Str "x"))
            3:1 Assign (Name u) = (JoinedStr)
            """# + "\n")
    }

    func testFStringEscapes() {
        check("s = f'\\n{x}\\t\\N{BULLET}{y}'\nt = rf'\\n{x}'\nu = fR'{x}\\d'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "\n") (FormattedValue (Name x)) (Str "\t•") (FormattedValue (Name y)))
            2:1 Assign (Name t) = (JoinedStr (Str "\\n") (FormattedValue (Name x)))
            3:1 Assign (Name u) = (JoinedStr (FormattedValue (Name x)) (Str "\\d"))
            """# + "\n")
    }

    func testFStringTripleQuotedMultiline() {
        check("s = f'''line1 {a}\nline2 {\n  b\n}'''\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str "line1 ") (FormattedValue (Name a)) (Str "\nline2 ") (FormattedValue (Name b)))
            """# + "\n")
    }

    func testFStringLocations() {
        check("s = f'ab{x}{y!r:{w}}'\nt = 'c' f'{z}'\nu = f'''\n{q}'''\n", #"""
            1:1 Assign (Name s @1:1) = (JoinedStr (Str "ab" @1:5) (FormattedValue (Name x @1:10) @1:5) (FormattedValue (Name y @1:13) !r :(JoinedStr (FormattedValue (Name w @1:18) @1:5) @1:5) @1:5) @1:5)
            2:1 Assign (Name t @2:1) = (JoinedStr (Str "c" @2:5) (FormattedValue (Name z @2:12) @2:5) @2:5)
            3:1 Assign (Name u @3:1) = (JoinedStr (Str "\n" @3:5) (FormattedValue (Name q @4:2) @3:5) @3:5)
            """# + "\n", locations: true)
    }

    func testFStringStringInExpression() {
        check("s = f\"{'quoted'} {d['k']!r}\"\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Str "quoted")) (Str " ") (FormattedValue (Subscript (Name d) (Str "k")) !r))
            """# + "\n")
    }

    func testFStringWithComparisonAndNotEqual() {
        check("s = f'{a != b} {a == b} {a <= b}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Compare (Name a) != (Name b))) (Str " ") (FormattedValue (Compare (Name a) == (Name b))) (Str " ") (FormattedValue (Compare (Name a) <= (Name b))))
            """# + "\n")
    }

    func testFStringWalrusNeedsParens() {
        check("s = f'{(y := 10)}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (NamedExpr (Name y) (Int 10))))
            """# + "\n")
    }

    func testDecoratedAsyncDef() {
        check("@d\nasync def f():\n    pass\n", #"""
            2:1 decorator (Name d)
            2:1 AsyncFunctionDef f()
              3:5 Pass
            """# + "\n")
    }

    func testClassKeywordOnly() {
        check("class A(metaclass=M):\n    pass\n", #"""
            1:1 ClassDef A(metaclass=(Name M))
              2:5 Pass
            """# + "\n")
    }

    func testYieldInLambda() {
        check("f = lambda: (yield)\n", #"""
            1:1 Assign (Name f) = (Lambda () (Yield))
            """# + "\n")
    }

    func testGlobalAtModuleLevel() {
        check("global x\nx = 1\n", #"""
            1:1 Global x
            2:1 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testNestedWithAndAsyncWith() {
        check("async def f():\n    with a:\n        async with b as c, d:\n            pass\n", #"""
            1:1 AsyncFunctionDef f()
              2:5 With (Name a)
                3:9 AsyncWith (Name b) as (Name c), (Name d)
                  4:13 Pass
            """# + "\n")
    }

    func testImplicitConcatenationWithComments() {
        check("s = ('a'  # first\n     'b'  # second\n     )\n", #"""
            1:1 Assign (Name s) = (Str "ab")
            """# + "\n")
    }

    func testDictComprehensionTupleKey() {
        check("d = {(k, v): i for i, (k, v) in enumerate(x)}\n", #"""
            1:1 Assign (Name d) = (DictComp (Tuple (Name k) (Name v)):(Name i) for (Tuple (Name i) (Tuple (Name k) (Name v))) in (Call (Name enumerate) (Name x)))
            """# + "\n")
    }

    func testYieldStarExpression() {
        check("def g():\n    yield *a, b\n", #"""
            1:1 FunctionDef g()
              2:5 Expr (Yield (Tuple (Starred (Name a)) (Name b)))
            """# + "\n")
    }

    func testAwaitInGeneratorExpression() {
        check("def f():\n    return (await x for x in y)\n", #"""
            1:1 FunctionDef f()
              2:5 Return (GeneratorExp (Await (Name x)) for (Name x) in (Name y))
            """# + "\n")
    }

    func testNonlocalInClassInFunction() {
        check("def f():\n    x = 1\n    class A:\n        nonlocal x\n", #"""
            1:1 FunctionDef f()
              2:5 Assign (Name x) = (Int 1)
              3:5 ClassDef A
                4:9 Nonlocal x
            """# + "\n")
    }

    func testOneLineCompoundWithSemicolons() {
        check("if x: pass; y = 1\nwhile z: z -= 1; w()\n", #"""
            1:1 If (Name x)
              then
                1:7 Pass
                1:13 Assign (Name y) = (Int 1)
            2:1 While (Name z)
              body
                2:10 AugAssign (Name z) -= (Int 1)
                2:18 Expr (Call (Name w))
            """# + "\n")
    }

    func testEllipsisInSlices() {
        check("a[..., 1:]\n", #"""
            1:1 Expr (Subscript (Name a) (Tuple (Ellipsis) (Slice (Int 1) _ _)))
            """# + "\n")
    }

    func testNegativeBigInteger() {
        check("x = -9223372036854775809\n", #"""
            1:1 Assign (Name x) = (UnaryOp - (BigInt 9223372036854775809))
            """# + "\n")
    }

    func testAllPrecedenceLevels() {
        check("x = not a + b * -c ** d < e | f and g or h if i else j\n", #"""
            1:1 Assign (Name x) = (IfExp (Name i) then (BoolOp or (BoolOp and (UnaryOp not (Compare (BinOp + (Name a) (BinOp * (Name b) (UnaryOp - (BinOp ** (Name c) (Name d))))) < (BinOp | (Name e) (Name f)))) (Name g)) (Name h)) else (Name j))
            """# + "\n")
    }

    func testSoftKeywordsAsKeywordArguments() {
        check("f(match=1, case=2, _=3)\n", #"""
            1:1 Expr (Call (Name f) match=(Int 1) case=(Int 2) _=(Int 3))
            """# + "\n")
    }

    func testConditionalLambdaBody() {
        check("f = lambda x: x if x else -x\n", #"""
            1:1 Assign (Name f) = (Lambda (x) (IfExp (Name x) then (Name x) else (UnaryOp - (Name x))))
            """# + "\n")
    }

    func testStarredAssignmentValue() {
        check("a, *b = *c, d\n", #"""
            1:1 Assign (Tuple (Name a) (Starred (Name b))) = (Tuple (Starred (Name c)) (Name d))
            """# + "\n")
    }

    func testSubscriptAssignmentWithTupleIndex() {
        check("m[i, j] = m[j, i]\n", #"""
            1:1 Assign (Subscript (Name m) (Tuple (Name i) (Name j))) = (Subscript (Name m) (Tuple (Name j) (Name i)))
            """# + "\n")
    }

    func testDelWithTrailingComma() {
        check("del a, b,\n", #"""
            1:1 Delete (Name a) (Name b)
            """# + "\n")
    }

    func testImportDottedAlias() {
        check("import a.b.c\nimport a.b.c as d\nfrom .a.b import c\n", #"""
            1:1 Import a.b.c
            2:1 Import a.b.c as d
            3:1 ImportFrom .a.b import c
            """# + "\n")
    }

    func testReturnTupleWithoutParens() {
        check("def f():\n    return 1,\n", #"""
            1:1 FunctionDef f()
              2:5 Return (Tuple (Int 1))
            """# + "\n")
    }

    func testStringPrefixesCaseInsensitive() {
        check("a = Rb'x'\nb = BR'y'\nc = Fr'{z}'\nd = fR'{w}'\ne = RF'{v}'\n", #"""
            1:1 Assign (Name a) = (Bytes b"x")
            2:1 Assign (Name b) = (Bytes b"y")
            3:1 Assign (Name c) = (JoinedStr (FormattedValue (Name z)))
            4:1 Assign (Name d) = (JoinedStr (FormattedValue (Name w)))
            5:1 Assign (Name e) = (JoinedStr (FormattedValue (Name v)))
            """# + "\n")
    }

    func testFStringNestedQuotes() {
        check("s = f\"{x['a']} {y!r:>{'10'}}\"\n", #"""
            1:1 Assign (Name s) = (JoinedStr (FormattedValue (Subscript (Name x) (Str "a"))) (Str " ") (FormattedValue (Name y) !r :(JoinedStr (Str ">") (FormattedValue (Str "10")))))
            """# + "\n")
    }

    func testFStringDebugWithSpacesAndConversion() {
        check("s = f'{ x = !r:>5}'\n", #"""
            1:1 Assign (Name s) = (JoinedStr (Str " x = ") (FormattedValue (Name x) !r :(JoinedStr (Str ">5"))))
            """# + "\n")
    }

    func testMultipleDecoratorsOnClass() {
        check("@a\n@b(c)\nclass D(E):\n    pass\n", #"""
            3:1 decorator (Name a)
            3:1 decorator (Call (Name b) (Name c))
            3:1 ClassDef D((Name E))
              4:5 Pass
            """# + "\n")
    }

    func testMatchWithGuardAndClassPatternsLocations() {
        check("match p:\n    case Point(x=0) if p.y > 0:\n        pass\n", #"""
            1:1 Match (Name p @1:7)
              case Point(x=0) if (Compare (Attribute (Name p @2:24) y @2:24) > (Int 0 @2:30) @2:24)
                3:9 Pass
            """# + "\n", locations: true)
    }
}
