// GoldenExpressionTests.swift — source snippet -> expected AST dump: operator precedence and associativity, calls, subscripts, displays, comprehensions.
//
// The expected dumps were produced from CPython 3.11's own `ast` module, printed in ASTDump's
// format by a reference printer, so they check this parser against CPython (structure and, for
// the cases marked `locations: true`, every expression's line:col). See GoldenSupport.swift.
import XCTest
@testable import Syntax

final class GoldenExpressionTests: XCTestCase {
    func testArithmeticPrecedence() {
        checkDump("x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m\n", #"""
            1:1 Assign (Name x) = (BinOp - (BinOp + (Int 1) (BinOp * (Int 2) (Int 3))) (BinOp @ (BinOp % (BinOp // (BinOp / (Int 4) (Int 5)) (Int 6)) (Int 7)) (Name m)))
            """# + "\n")
    }

    func testLeftAssociativity() {
        checkDump("x = a - b - c\ny = a / b / c\n", #"""
            1:1 Assign (Name x) = (BinOp - (BinOp - (Name a) (Name b)) (Name c))
            2:1 Assign (Name y) = (BinOp / (BinOp / (Name a) (Name b)) (Name c))
            """# + "\n")
    }

    func testPowerRightAssociative() {
        checkDump("x = a ** b ** c\n", #"""
            1:1 Assign (Name x) = (BinOp ** (Name a) (BinOp ** (Name b) (Name c)))
            """# + "\n")
    }

    func testUnaryMinusAndPower() {
        checkDump("x = -a ** 2\ny = (-a) ** 2\nz = a ** -b\nw = -~+a\n", #"""
            1:1 Assign (Name x) = (UnaryOp - (BinOp ** (Name a) (Int 2)))
            2:1 Assign (Name y) = (BinOp ** (UnaryOp - (Name a)) (Int 2))
            3:1 Assign (Name z) = (BinOp ** (Name a) (UnaryOp - (Name b)))
            4:1 Assign (Name w) = (UnaryOp - (UnaryOp ~ (UnaryOp + (Name a))))
            """# + "\n")
    }

    func testBitwisePrecedence() {
        checkDump("x = a | b ^ c & d << e >> f + g\n", #"""
            1:1 Assign (Name x) = (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp >> (BinOp << (Name d) (Name e)) (BinOp + (Name f) (Name g))))))
            """# + "\n")
    }

    func testComparisonChain() {
        checkDump("x = a < b <= c == d != e > f >= g\n", #"""
            1:1 Assign (Name x) = (Compare (Name a) < (Name b) <= (Name c) == (Name d) != (Name e) > (Name f) >= (Name g))
            """# + "\n")
    }

    func testMembershipIdentity() {
        checkDump("x = a in b\ny = a not in b\nz = a is b\nw = a is not b\nv = not a in b\n", #"""
            1:1 Assign (Name x) = (Compare (Name a) in (Name b))
            2:1 Assign (Name y) = (Compare (Name a) not in (Name b))
            3:1 Assign (Name z) = (Compare (Name a) is (Name b))
            4:1 Assign (Name w) = (Compare (Name a) is not (Name b))
            5:1 Assign (Name v) = (UnaryOp not (Compare (Name a) in (Name b)))
            """# + "\n")
    }

    func testBooleanPrecedence() {
        checkDump("x = a or b and c or not d\ny = not a and not b\n", #"""
            1:1 Assign (Name x) = (BoolOp or (Name a) (BoolOp and (Name b) (Name c)) (UnaryOp not (Name d)))
            2:1 Assign (Name y) = (BoolOp and (UnaryOp not (Name a)) (UnaryOp not (Name b)))
            """# + "\n")
    }

    func testConditionalExpression() {
        checkDump("x = a if b else c\ny = a if b else c if d else e\nz = (a if b else c) + 1\n", #"""
            1:1 Assign (Name x) = (IfExp (Name b) then (Name a) else (Name c))
            2:1 Assign (Name y) = (IfExp (Name b) then (Name a) else (IfExp (Name d) then (Name c) else (Name e)))
            3:1 Assign (Name z) = (BinOp + (IfExp (Name b) then (Name a) else (Name c)) (Int 1))
            """# + "\n")
    }

    func testLambda() {
        checkDump("f = lambda: 0\ng = lambda x, y=1, *a, z, **k: x + y\nh = lambda x: lambda y: x * y\n", #"""
            1:1 Assign (Name f) = (Lambda () (Int 0))
            2:1 Assign (Name g) = (Lambda (x, y=(Int 1), *a, z, **k) (BinOp + (Name x) (Name y)))
            3:1 Assign (Name h) = (Lambda (x) (Lambda (y) (BinOp * (Name x) (Name y))))
            """# + "\n")
    }

    func testLambdaPosonly() {
        checkDump("f = lambda a, /, b: a\n", #"""
            1:1 Assign (Name f) = (Lambda (a, /, b) (Name a))
            """# + "\n")
    }

    func testWalrus() {
        checkDump("if (n := len(a)) > 10:\n    pass\nwhile chunk := f.read():\n    pass\nxs = [y for x in d if (y := g(x))]\n", #"""
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
        checkDump("async def f():\n    x = await a ** 2\n    y = -await b\n", #"""
            1:1 AsyncFunctionDef f()
              2:5 Assign (Name x) = (BinOp ** (Await (Name a)) (Int 2))
              3:5 Assign (Name y) = (UnaryOp - (Await (Name b)))
            """# + "\n")
    }

    func testParenthesizedLocations() {
        checkDump("x = (a + b) * c\ny = (a).b\nz = ((1, 2),)\n", #"""
            1:1 Assign (Name x @1:1) = (BinOp * (BinOp + (Name a @1:6) (Name b @1:10) @1:6) (Name c @1:15) @1:5)
            2:1 Assign (Name y @2:1) = (Attribute (Name a @2:6) b @2:5)
            3:1 Assign (Name z @3:1) = (Tuple (Tuple (Int 1 @3:7) (Int 2 @3:10) @3:6) @3:5)
            """# + "\n", locations: true)
    }

    func testCalls() {
        checkDump("f()\nf(a, b)\nf(a, *args, k=1, **kw)\nf(*a, *b, k=1, *c, **d, **e)\nf(x for x in y)\nf(a)(b)(c)\n", #"""
            1:1 Expr (Call (Name f))
            2:1 Expr (Call (Name f) (Name a) (Name b))
            3:1 Expr (Call (Name f) (Name a) (Starred (Name args)) k=(Int 1) **(Name kw))
            4:1 Expr (Call (Name f) (Starred (Name a)) (Starred (Name b)) (Starred (Name c)) k=(Int 1) **(Name d) **(Name e))
            5:1 Expr (Call (Name f) (GeneratorExp (Name x) for (Name x) in (Name y)))
            6:1 Expr (Call (Call (Call (Name f) (Name a)) (Name b)) (Name c))
            """# + "\n")
    }

    func testAttributesAndSubscripts() {
        checkDump("a.b.c[0].d(1)[2:3]\n", #"""
            1:1 Expr (Subscript (Call (Attribute (Subscript (Attribute (Attribute (Name a) b) c) (Int 0)) d) (Int 1)) (Slice (Int 2) (Int 3) _))
            """# + "\n")
    }

    func testSlices() {
        checkDump("a[1:2]\na[:]\na[::2]\na[1:]\na[:2]\na[1:2:3]\na[::]\na[i, j]\na[1:2, ::3]\na[...]\na[:, None]\na[*idx]\na[x:=1]\n", #"""
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
        checkDump("a[1:2, ::3, k]\n", #"""
            1:1 Expr (Subscript (Name a @1:1) (Tuple (Slice (Int 1 @1:3) (Int 2 @1:5) _ @1:3) (Slice _ _ (Int 3 @1:10) @1:8) (Name k @1:13) @1:3) @1:1)
            """# + "\n", locations: true)
    }

    func testTuples() {
        checkDump("x = ()\ny = (1,)\nz = 1,\nw = (1, 2)\n", #"""
            1:1 Assign (Name x) = (Tuple)
            2:1 Assign (Name y) = (Tuple (Int 1))
            3:1 Assign (Name z) = (Tuple (Int 1))
            4:1 Assign (Name w) = (Tuple (Int 1) (Int 2))
            """# + "\n")
    }

    func testLists() {
        checkDump("x = []\ny = [1, 2, 3,]\nz = [*a, b, *c]\n", #"""
            1:1 Assign (Name x) = (List)
            2:1 Assign (Name y) = (List (Int 1) (Int 2) (Int 3))
            3:1 Assign (Name z) = (List (Starred (Name a)) (Name b) (Starred (Name c)))
            """# + "\n")
    }

    func testSets() {
        checkDump("x = {1}\ny = {1, 2, *s}\n", #"""
            1:1 Assign (Name x) = (Set (Int 1))
            2:1 Assign (Name y) = (Set (Int 1) (Int 2) (Starred (Name s)))
            """# + "\n")
    }

    func testDicts() {
        checkDump("x = {}\ny = {'a': 1, 'b': 2,}\nz = {**a, 'b': 2, **c}\n", #"""
            1:1 Assign (Name x) = (Dict)
            2:1 Assign (Name y) = (Dict (Str "a"):(Int 1) (Str "b"):(Int 2))
            3:1 Assign (Name z) = (Dict **(Name a) (Str "b"):(Int 2) **(Name c))
            """# + "\n")
    }

    func testComprehensions() {
        checkDump("a = [x for x in y]\nb = {x for x in y if x}\nc = {k: v for k, v in items if k if v}\nd = (x for x in y)\ne = [(i, j) for i in range(3) for j in range(i) if j]\n", #"""
            1:1 Assign (Name a) = (ListComp (Name x) for (Name x) in (Name y))
            2:1 Assign (Name b) = (SetComp (Name x) for (Name x) in (Name y) if (Name x))
            3:1 Assign (Name c) = (DictComp (Name k):(Name v) for (Tuple (Name k) (Name v)) in (Name items) if (Name k) if (Name v))
            4:1 Assign (Name d) = (GeneratorExp (Name x) for (Name x) in (Name y))
            5:1 Assign (Name e) = (ListComp (Tuple (Name i) (Name j)) for (Name i) in (Call (Name range) (Int 3)) for (Name j) in (Call (Name range) (Name i)) if (Name j))
            """# + "\n")
    }

    func testNestedComprehension() {
        checkDump("m = [[row[i] for row in matrix] for i in range(n)]\n", #"""
            1:1 Assign (Name m) = (ListComp (ListComp (Subscript (Name row) (Name i)) for (Name row) in (Name matrix)) for (Name i) in (Call (Name range) (Name n)))
            """# + "\n")
    }

    func testComprehensionLocations() {
        checkDump("a = [x for x in y]\nf(x for x in y)\n", #"""
            1:1 Assign (Name a @1:1) = (ListComp (Name x @1:6) for (Name x @1:12) in (Name y @1:17) @1:5)
            2:1 Expr (Call (Name f @2:1) (GeneratorExp (Name x @2:3) for (Name x @2:9) in (Name y @2:14) @2:2) @2:1)
            """# + "\n", locations: true)
    }

    func testYieldForms() {
        checkDump("def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    y = yield from z\n    await_ = (yield)\n", #"""
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
        checkDump("print(*args, sep='')\n", #"""
            1:1 Expr (Call (Name print) (Starred (Name args)) sep=(Str ""))
            """# + "\n")
    }

    func testEllipsis() {
        checkDump("x = ...\ndef f(): ...\n", #"""
            1:1 Assign (Name x) = (Ellipsis)
            2:1 FunctionDef f()
              2:10 Expr (Ellipsis)
            """# + "\n")
    }

    func testGeneratorInCallWithOtherArgsParenthesized() {
        checkDump("f((x for x in y), 1)\n", #"""
            1:1 Expr (Call (Name f) (GeneratorExp (Name x) for (Name x) in (Name y)) (Int 1))
            """# + "\n")
    }

    func testEllipsisInSlices() {
        checkDump("a[..., 1:]\n", #"""
            1:1 Expr (Subscript (Name a) (Tuple (Ellipsis) (Slice (Int 1) _ _)))
            """# + "\n")
    }

    func testNegativeBigInteger() {
        checkDump("x = -9223372036854775809\n", #"""
            1:1 Assign (Name x) = (UnaryOp - (BigInt 9223372036854775809))
            """# + "\n")
    }

    func testAllPrecedenceLevels() {
        checkDump("x = not a + b * -c ** d < e | f and g or h if i else j\n", #"""
            1:1 Assign (Name x) = (IfExp (Name i) then (BoolOp or (BoolOp and (UnaryOp not (Compare (BinOp + (Name a) (BinOp * (Name b) (UnaryOp - (BinOp ** (Name c) (Name d))))) < (BinOp | (Name e) (Name f)))) (Name g)) (Name h)) else (Name j))
            """# + "\n")
    }

    func testSoftKeywordsAsKeywordArguments() {
        checkDump("f(match=1, case=2, _=3)\n", #"""
            1:1 Expr (Call (Name f) match=(Int 1) case=(Int 2) _=(Int 3))
            """# + "\n")
    }

    func testConditionalLambdaBody() {
        checkDump("f = lambda x: x if x else -x\n", #"""
            1:1 Assign (Name f) = (Lambda (x) (IfExp (Name x) then (Name x) else (UnaryOp - (Name x))))
            """# + "\n")
    }

    func testStarredAssignmentValue() {
        checkDump("a, *b = *c, d\n", #"""
            1:1 Assign (Tuple (Name a) (Starred (Name b))) = (Tuple (Starred (Name c)) (Name d))
            """# + "\n")
    }

    func testSubscriptAssignmentWithTupleIndex() {
        checkDump("m[i, j] = m[j, i]\n", #"""
            1:1 Assign (Subscript (Name m) (Tuple (Name i) (Name j))) = (Subscript (Name m) (Tuple (Name j) (Name i)))
            """# + "\n")
    }

    func testDelWithTrailingComma() {
        checkDump("del a, b,\n", #"""
            1:1 Delete (Name a) (Name b)
            """# + "\n")
    }

    func testImportDottedAlias() {
        checkDump("import a.b.c\nimport a.b.c as d\nfrom .a.b import c\n", #"""
            1:1 Import a.b.c
            2:1 Import a.b.c as d
            3:1 ImportFrom .a.b import c
            """# + "\n")
    }

    func testReturnTupleWithoutParens() {
        checkDump("def f():\n    return 1,\n", #"""
            1:1 FunctionDef f()
              2:5 Return (Tuple (Int 1))
            """# + "\n")
    }
}
