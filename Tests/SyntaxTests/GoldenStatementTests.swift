// GoldenStatementTests.swift — source snippet -> expected AST dump: every statement form: assignments, imports, blocks, def/class, try/with/match, layout.
//
// The expected dumps were produced from CPython 3.11's own `ast` module, printed in ASTDump's
// format by a reference printer, so they check this parser against CPython (structure and, for
// the cases marked `locations: true`, every expression's line:col). See GoldenSupport.swift.
import XCTest
@testable import Syntax

final class GoldenStatementTests: XCTestCase {
    func testAssign() {
        checkDump("x = 1\n", #"""
            1:1 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testChainedAssign() {
        checkDump("a = b = c = 0\n", #"""
            1:1 Assign (Name a) = (Name b) = (Name c) = (Int 0)
            """# + "\n")
    }

    func testTupleAssign() {
        checkDump("a, b = b, a\n", #"""
            1:1 Assign (Tuple (Name a) (Name b)) = (Tuple (Name b) (Name a))
            """# + "\n")
    }

    func testStarTarget() {
        checkDump("first, *rest = items\n", #"""
            1:1 Assign (Tuple (Name first) (Starred (Name rest))) = (Name items)
            """# + "\n")
    }

    func testNestedTargets() {
        checkDump("(a, [b, *c]), d = x\n", #"""
            1:1 Assign (Tuple (Tuple (Name a) (List (Name b) (Starred (Name c)))) (Name d)) = (Name x)
            """# + "\n")
    }

    func testAttributeAndSubscriptTargets() {
        checkDump("obj.attr = seq[i] = seq[1:2] = 0\n", #"""
            1:1 Assign (Attribute (Name obj) attr) = (Subscript (Name seq) (Name i)) = (Subscript (Name seq) (Slice (Int 1) (Int 2) _)) = (Int 0)
            """# + "\n")
    }

    func testAugAssignAllOps() {
        checkDump("a += 1\na -= 1\na *= 1\na @= m\na /= 2\na //= 2\na %= 3\na **= 2\na <<= 1\na >>= 1\na |= b\na ^= b\na &= b\n", #"""
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
        checkDump("x: int\ny: list[int] = []\nself.z: float = 0.0\n(w): str = 's'\n", #"""
            1:1 AnnAssign (Name x) : (Name int)
            2:1 AnnAssign (Name y) : (Subscript (Name list) (Name int)) = (List)
            3:1 AnnAssign (Attribute (Name self) z) : (Name float) = (Float 0.0)
            4:1 AnnAssign (Name w) : (Name str) = (Str "s")
            """# + "\n")
    }

    func testExpressionStatement() {
        checkDump("f(x)\n", #"""
            1:1 Expr (Call (Name f) (Name x))
            """# + "\n")
    }

    func testPassBreakContinue() {
        checkDump("while True:\n    pass\n    break\n    continue\n", #"""
            1:1 While (True)
              body
                2:5 Pass
                3:5 Break
                4:5 Continue
            """# + "\n")
    }

    func testReturnForms() {
        checkDump("def f():\n    return\ndef g():\n    return 1, 2\ndef h():\n    return *a, b\n", #"""
            1:1 FunctionDef f()
              2:5 Return
            3:1 FunctionDef g()
              4:5 Return (Tuple (Int 1) (Int 2))
            5:1 FunctionDef h()
              6:5 Return (Tuple (Starred (Name a)) (Name b))
            """# + "\n")
    }

    func testDel() {
        checkDump("del x\ndel a[0], b.c, (d, e)\n", #"""
            1:1 Delete (Name x)
            2:1 Delete (Subscript (Name a) (Int 0)) (Attribute (Name b) c) (Tuple (Name d) (Name e))
            """# + "\n")
    }

    func testRaise() {
        checkDump("def f():\n    raise\n    raise E\n    raise E('m') from err\n    raise E from None\n", #"""
            1:1 FunctionDef f()
              2:5 Raise
              3:5 Raise (Name E)
              4:5 Raise (Call (Name E) (Str "m")) from (Name err)
              5:5 Raise (Name E) from (None)
            """# + "\n")
    }

    func testGlobalNonlocal() {
        checkDump("def f():\n    global g1, g2\n    x = 1\n    def g():\n        nonlocal x\n", #"""
            1:1 FunctionDef f()
              2:5 Global g1, g2
              3:5 Assign (Name x) = (Int 1)
              4:5 FunctionDef g()
                5:9 Nonlocal x
            """# + "\n")
    }

    func testAssert() {
        checkDump("assert x\nassert x > 0, 'positive'\n", #"""
            1:1 Assert (Name x)
            2:1 Assert (Compare (Name x) > (Int 0)), (Str "positive")
            """# + "\n")
    }

    func testImport() {
        checkDump("import os\nimport os.path as p, sys\n", #"""
            1:1 Import os
            2:1 Import os.path as p, sys
            """# + "\n")
    }

    func testFromImport() {
        checkDump("from os import path\nfrom . import a\nfrom .. import b as c\nfrom ...pkg.mod import (x, y as z,)\nfrom m import *\n", #"""
            1:1 ImportFrom os import path
            2:1 ImportFrom . import a
            3:1 ImportFrom .. import b as c
            4:1 ImportFrom ...pkg.mod import x, y as z
            5:1 ImportFrom m import *
            """# + "\n")
    }

    func testSemicolons() {
        checkDump("a = 1; b = 2; f()\nx = 3;\n", #"""
            1:1 Assign (Name a) = (Int 1)
            1:8 Assign (Name b) = (Int 2)
            1:15 Expr (Call (Name f))
            2:1 Assign (Name x) = (Int 3)
            """# + "\n")
    }

    func testIfElifElse() {
        checkDump("if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    x = 3\nelse:\n    x = 4\n", #"""
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
        checkDump("if x: y = 1; z = 2\n", #"""
            1:1 If (Name x)
              then
                1:7 Assign (Name y) = (Int 1)
                1:14 Assign (Name z) = (Int 2)
            """# + "\n")
    }

    func testWhileElse() {
        checkDump("while i < n:\n    i += 1\nelse:\n    done()\n", #"""
            1:1 While (Compare (Name i) < (Name n))
              body
                2:5 AugAssign (Name i) += (Int 1)
              else
                4:5 Expr (Call (Name done))
            """# + "\n")
    }

    func testForElse() {
        checkDump("for i, (a, b) in enumerate(pairs):\n    if a: break\nelse:\n    pass\n", #"""
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
        checkDump("for x in 1, 2, 3:\n    print(x)\n", #"""
            1:1 For (Name x) in (Tuple (Int 1) (Int 2) (Int 3))
              body
                2:5 Expr (Call (Name print) (Name x))
            """# + "\n")
    }

    func testTryFull() {
        checkDump("try:\n    f()\nexcept ValueError:\n    pass\nexcept (TypeError, KeyError) as e:\n    g(e)\nexcept:\n    raise\nelse:\n    h()\nfinally:\n    cleanup()\n", #"""
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
        checkDump("try:\n    f()\nfinally:\n    g()\n", #"""
            1:1 Try
              body
                2:5 Expr (Call (Name f))
              finally
                4:5 Expr (Call (Name g))
            """# + "\n")
    }

    func testWith() {
        checkDump("with open(p) as f, lock:\n    f.read()\n", #"""
            1:1 With (Call (Name open) (Name p)) as (Name f), (Name lock)
              2:5 Expr (Call (Attribute (Name f) read))
            """# + "\n")
    }

    func testWithParenthesizedItems() {
        checkDump("with (open(a) as f, open(b) as g,):\n    pass\n", #"""
            1:1 With (Call (Name open) (Name a)) as (Name f), (Call (Name open) (Name b)) as (Name g)
              2:5 Pass
            """# + "\n")
    }

    func testWithTupleTarget() {
        checkDump("with ctx() as (a, b):\n    pass\n", #"""
            1:1 With (Call (Name ctx)) as (Tuple (Name a) (Name b))
              2:5 Pass
            """# + "\n")
    }

    func testWithParenthesizedExpression() {
        checkDump("with (a, b) as c:\n    pass\n", #"""
            1:1 With (Tuple (Name a) (Name b)) as (Name c)
              2:5 Pass
            """# + "\n")
    }

    func testDefSimple() {
        checkDump("def f(a, b):\n    return a + b\n", #"""
            1:1 FunctionDef f(a, b)
              2:5 Return (BinOp + (Name a) (Name b))
            """# + "\n")
    }

    func testDefAllParameterKinds() {
        checkDump("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    pass\n", #"""
            1:1 FunctionDef f(a, b=(Int 1), /, c=(Int 2), *args, d, e=(Int 3), **kw)
              2:5 Pass
            """# + "\n")
    }

    func testDefPosonly() {
        checkDump("def f(a, /):\n    pass\ndef g(a, /, b):\n    pass\n", #"""
            1:1 FunctionDef f(a, /)
              2:5 Pass
            3:1 FunctionDef g(a, /, b)
              4:5 Pass
            """# + "\n")
    }

    func testDefKwonly() {
        checkDump("def f(*, a, b=1):\n    pass\n", #"""
            1:1 FunctionDef f(*, a, b=(Int 1))
              2:5 Pass
            """# + "\n")
    }

    func testDefAnnotations() {
        checkDump("def f(a: int, *args: str, b: 'x' = None, **kw: dict) -> bool:\n    pass\n", #"""
            1:1 FunctionDef f(a:(Name int), *args:(Name str), b:(Str "x")=(None), **kw:(Name dict)) -> (Name bool)
              2:5 Pass
            """# + "\n")
    }

    func testDefDecorators() {
        checkDump("@dec\n@mod.dec(1, k=2)\n@(lambda f: f)\ndef f():\n    pass\n", #"""
            4:1 decorator (Name dec)
            4:1 decorator (Call (Attribute (Name mod) dec) (Int 1) k=(Int 2))
            4:1 decorator (Lambda (f) (Name f))
            4:1 FunctionDef f()
              5:5 Pass
            """# + "\n")
    }

    func testClass() {
        checkDump("class A:\n    pass\n", #"""
            1:1 ClassDef A
              2:5 Pass
            """# + "\n")
    }

    func testClassBasesKeywords() {
        checkDump("@register\nclass B(A, Mixin, metaclass=Meta, **opts):\n    x = 1\n    def m(self):\n        return self.x\n", #"""
            2:1 decorator (Name register)
            2:1 ClassDef B((Name A), (Name Mixin), metaclass=(Name Meta), **(Name opts))
              3:5 Assign (Name x) = (Int 1)
              4:5 FunctionDef m(self)
                5:9 Return (Attribute (Name self) x)
            """# + "\n")
    }

    func testClassEmptyParens() {
        checkDump("class C():\n    '''doc'''\n", #"""
            1:1 ClassDef C
              2:5 Expr (Str "doc")
            """# + "\n")
    }

    func testAsyncForms() {
        checkDump("async def f():\n    await g()\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n    return [z async for z in w]\n", #"""
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
        checkDump("match command.split():\n    case [action]:\n        pass\n    case [action, obj] if obj:\n        pass\n    case Point(x=0, y=0) | {'k': _}:\n        pass\n    case (1 | 2) as n:\n        pass\n    case _:\n        pass\n", #"""
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
        checkDump("match = 1\nmatch.x = 2\nmatch(3)\nmatch[4] = 5\ncase = _ = 0\n", #"""
            1:1 Assign (Name match) = (Int 1)
            2:1 Assign (Attribute (Name match) x) = (Int 2)
            3:1 Expr (Call (Name match) (Int 3))
            4:1 Assign (Subscript (Name match) (Int 4)) = (Int 5)
            5:1 Assign (Name case) = (Name _) = (Int 0)
            """# + "\n")
    }

    func testMatchTupleSubject() {
        checkDump("match a, b:\n    case 1, 2:\n        pass\n", #"""
            1:1 Match (Tuple (Name a) (Name b))
              case 1, 2
                3:9 Pass
            """# + "\n")
    }

    func testNestedBlocksAndDedents() {
        checkDump("def f():\n    if a:\n        if b:\n            return 1\n    return 2\nx = f()\n", #"""
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
        checkDump("# header\n\nx = 1  # trailing\n\n    # indented comment\ndef f():\n\n    # inside\n    return x\n", #"""
            3:1 Assign (Name x) = (Int 1)
            6:1 FunctionDef f()
              9:5 Return (Name x)
            """# + "\n")
    }

    func testBackslashContinuation() {
        checkDump("x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n", #"""
            1:1 Assign (Name x) = (BinOp + (Int 1) (Int 2))
            3:1 If (BoolOp and (Name a) (Name b))
              then
                5:5 Pass
            """# + "\n")
    }

    func testImplicitLineJoining() {
        checkDump("x = [\n    1,\n    2,\n]\ny = f(a,\n      b)\n", #"""
            1:1 Assign (Name x) = (List (Int 1) (Int 2))
            5:1 Assign (Name y) = (Call (Name f) (Name a) (Name b))
            """# + "\n")
    }

    func testTabsIndentation() {
        checkDump("if x:\n\ty = 1\n\tif z:\n\t\tw = 2\n", #"""
            1:1 If (Name x)
              then
                2:2 Assign (Name y) = (Int 1)
                3:2 If (Name z)
                  then
                    4:3 Assign (Name w) = (Int 2)
            """# + "\n")
    }

    func testDocstring() {
        checkDump("def f():\n    \"\"\"Docstring.\n\n    More.\n    \"\"\"\n", #"""
            1:1 FunctionDef f()
              2:5 Expr (Str "Docstring.\n\n    More.\n    ")
            """# + "\n")
    }

    func testStatementLocations() {
        checkDump("x = 1\nif x:\n    y = 2\n    for i in r: z = 3\n", #"""
            1:1 Assign (Name x @1:1) = (Int 1 @1:5)
            2:1 If (Name x @2:4)
              then
                3:5 Assign (Name y @3:5) = (Int 2 @3:9)
                4:5 For (Name i @4:9) in (Name r @4:14)
                  body
                    4:17 Assign (Name z @4:17) = (Int 3 @4:21)
            """# + "\n", locations: true)
    }

    func testDecoratedAsyncDef() {
        checkDump("@d\nasync def f():\n    pass\n", #"""
            2:1 decorator (Name d)
            2:1 AsyncFunctionDef f()
              3:5 Pass
            """# + "\n")
    }

    func testClassKeywordOnly() {
        checkDump("class A(metaclass=M):\n    pass\n", #"""
            1:1 ClassDef A(metaclass=(Name M))
              2:5 Pass
            """# + "\n")
    }

    func testYieldInLambda() {
        checkDump("f = lambda: (yield)\n", #"""
            1:1 Assign (Name f) = (Lambda () (Yield))
            """# + "\n")
    }

    func testGlobalAtModuleLevel() {
        checkDump("global x\nx = 1\n", #"""
            1:1 Global x
            2:1 Assign (Name x) = (Int 1)
            """# + "\n")
    }

    func testNestedWithAndAsyncWith() {
        checkDump("async def f():\n    with a:\n        async with b as c, d:\n            pass\n", #"""
            1:1 AsyncFunctionDef f()
              2:5 With (Name a)
                3:9 AsyncWith (Name b) as (Name c), (Name d)
                  4:13 Pass
            """# + "\n")
    }

    func testImplicitConcatenationWithComments() {
        checkDump("s = ('a'  # first\n     'b'  # second\n     )\n", #"""
            1:1 Assign (Name s) = (Str "ab")
            """# + "\n")
    }

    func testDictComprehensionTupleKey() {
        checkDump("d = {(k, v): i for i, (k, v) in enumerate(x)}\n", #"""
            1:1 Assign (Name d) = (DictComp (Tuple (Name k) (Name v)):(Name i) for (Tuple (Name i) (Tuple (Name k) (Name v))) in (Call (Name enumerate) (Name x)))
            """# + "\n")
    }

    func testYieldStarExpression() {
        checkDump("def g():\n    yield *a, b\n", #"""
            1:1 FunctionDef g()
              2:5 Expr (Yield (Tuple (Starred (Name a)) (Name b)))
            """# + "\n")
    }

    func testAwaitInGeneratorExpression() {
        checkDump("def f():\n    return (await x for x in y)\n", #"""
            1:1 FunctionDef f()
              2:5 Return (GeneratorExp (Await (Name x)) for (Name x) in (Name y))
            """# + "\n")
    }

    func testNonlocalInClassInFunction() {
        checkDump("def f():\n    x = 1\n    class A:\n        nonlocal x\n", #"""
            1:1 FunctionDef f()
              2:5 Assign (Name x) = (Int 1)
              3:5 ClassDef A
                4:9 Nonlocal x
            """# + "\n")
    }

    func testOneLineCompoundWithSemicolons() {
        checkDump("if x: pass; y = 1\nwhile z: z -= 1; w()\n", #"""
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

    func testMultipleDecoratorsOnClass() {
        checkDump("@a\n@b(c)\nclass D(E):\n    pass\n", #"""
            3:1 decorator (Name a)
            3:1 decorator (Call (Name b) (Name c))
            3:1 ClassDef D((Name E))
              4:5 Pass
            """# + "\n")
    }

    func testMatchWithGuardAndClassPatternsLocations() {
        checkDump("match p:\n    case Point(x=0) if p.y > 0:\n        pass\n", #"""
            1:1 Match (Name p @1:7)
              case Point(x=0) if (Compare (Attribute (Name p @2:24) y @2:24) > (Int 0 @2:30) @2:24)
                3:9 Pass
            """# + "\n", locations: true)
    }
}
