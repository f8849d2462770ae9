// AST.swift — the abstract syntax tree of Python 3 source, with source locations.
//
// Stage 1 of the pipeline (see DESIGN.md): the tokenizer and parser produce these nodes;
// init-time evaluation (InitTime) executes module bodies over them and the flow-graph builder
// (Flow) turns function bodies into graphs. Nodes are classes so that later stages can key
// tables by node identity (ObjectIdentifier), e.g. a `def` statement to its code object.

/// A position in a source file. `line` and `column` are 1-based; `column` counts code points.
public struct SourceLocation: Hashable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static let unknown = SourceLocation(file: "<unknown>", line: 0, column: 0)

    /// `file:line:col`, the form every diagnostic uses.
    public var description: String { "\(file):\(line):\(column)" }
}

/// A literal constant as written in the source.
public enum Constant: Equatable, Sendable {
    case none
    case ellipsis
    case bool(Bool)
    /// An integer literal that fits in a signed 64-bit word.
    case int(Int)
    /// An integer literal too large for a word, kept as its decimal digits (optionally with a
    /// leading '-'); init-time code may still compute with it, run-time code may not.
    case bigInt(String)
    case float(Double)
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

public enum BinaryOperator: String, Sendable {
    case add = "+", sub = "-", mul = "*", matMul = "@", div = "/", floorDiv = "//", mod = "%"
    case pow = "**", lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOperator: String, Sendable {
    case not = "not", invert = "~", plus = "+", minus = "-"
}

public enum BoolOperator: String, Sendable {
    case and = "and", or = "or"
}

public enum CompareOperator: String, Sendable {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

/// `name=value` at a call site; `name == nil` means `**value`.
public struct Keyword {
    public var name: String?
    public var value: Expr
    public var location: SourceLocation
    public init(name: String?, value: Expr, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// One `for target in iter if cond...` clause of a comprehension.
public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool = false) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// A formal parameter, with its optional annotation.
public struct Arg {
    public var name: String
    public var annotation: Expr?
    public var location: SourceLocation
    public init(name: String, annotation: Expr? = nil, location: SourceLocation) {
        self.name = name
        self.annotation = annotation
        self.location = location
    }
}

/// The parameter list of a `def` or `lambda`, laid out as in CPython's `ast.arguments`.
/// `defaults` belong to the last `defaults.count` of `posonlyargs + args`;
/// `kwDefaults[i]` is the default of `kwonlyargs[i]` (nil: required).
public struct Arguments {
    public var posonlyargs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg? = nil
    public var kwonlyargs: [Arg] = []
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg? = nil
    public var defaults: [Expr] = []
    public init() {}
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case dict(keys: [Expr?], values: [Expr])          // a nil key is `**values[i]`
    case set([Expr])
    case listComp(element: Expr, generators: [Comprehension])
    case setComp(element: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(element: Expr, generators: [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `left op1 c1 op2 c2 ...`
    case compare(Expr, [CompareOperator], [Expr])
    /// Positional arguments may contain `.starred`.
    case call(Expr, args: [Expr], keywords: [Keyword])
    /// An f-string: a concatenation of `.constant(.str)` and `.formattedValue` parts.
    case joinedStr([Expr])
    /// `{value!conversion:formatSpec}`; conversion is "s", "r", "a" or nil; formatSpec is a
    /// `.joinedStr` (it may itself contain replacement fields).
    case formattedValue(Expr, conversion: Character?, formatSpec: Expr?)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case starred(Expr)
    case list([Expr])
    case tuple([Expr])
    /// Only as a subscript index (or inside a tuple index).
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

public final class Expr {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// `import name as asname` / `from m import name as asname`; `name` may be dotted or "*".
public struct Alias {
    public var name: String
    public var asname: String?
    public var location: SourceLocation
    public init(name: String, asname: String?, location: SourceLocation) {
        self.name = name
        self.asname = asname
        self.location = location
    }
}

public final class FunctionDef {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public var location: SourceLocation
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?,
                isAsync: Bool = false, location: SourceLocation) {
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
        self.location = location
    }
}

public final class ClassDef {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public var location: SourceLocation
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr],
                location: SourceLocation) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.location = location
    }
}

/// One `case pattern if guard:` of a `match` statement. Patterns are kept only as source
/// text: RPython rejects `match`, but the parser accepts the grammar so that the error is precise.
public struct MatchCase {
    public var patternSource: String
    public var guardExpr: Expr?
    public var body: [Stmt]
    public init(patternSource: String, guardExpr: Expr?, body: [Stmt]) {
        self.patternSource = patternSource
        self.guardExpr = guardExpr
        self.body = body
    }
}

public enum StmtKind {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    /// `t1 = t2 = value`
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    /// `from ..module import names`: `level` counts the leading dots.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
}

public final class Stmt {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A parsed source file.
public final class Module {
    public var file: String
    public var body: [Stmt]
    /// The source lines, so that diagnostics can quote the offending line.
    public var lines: [String]
    public init(file: String, body: [Stmt], lines: [String]) {
        self.file = file
        self.body = body
        self.lines = lines
    }
}
