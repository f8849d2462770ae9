// FlowBuilder.swift — builds the flow graph of one run-time function from its AST.
//
// Stage 3 of the pipeline. The builder walks the function body keeping the current block and
// an environment from local names to values. Control flow creates *pending exits* (a block,
// which link of it, and the environment along that link); `join` turns a set of pending exits
// into a new block whose input variables are the locals defined on every incoming path.
// Variables are in SSA form: each is defined once, and a use must be dominated by its
// definition (block inputs are the phis at joins).
//
// Global names are constants after init time, so they are resolved here, against the module
// namespace (and builtins) the init-time evaluator left behind; so are attributes of modules
// and classes. Statement-level control flow is in this file; expressions are in
// FlowExpressions.swift.

import InitTime
import Syntax

/// Numbering shared by all graphs of one translation, so dumps are deterministic.
public final class FlowNumbering {
    public var nextVariable = 0
    public var nextBlock = 0
    /// Functions defined inside run-time functions, one per `def`/`lambda` node.
    var nestedFunctions: [ObjectIdentifier: PyFunction] = [:]
    var lambdaDefs: [ObjectIdentifier: FunctionDef] = [:]
    /// Lifted closures: the enclosing locals each one receives first.
    var capturedNames: [ObjectIdentifier: [String]] = [:]
    public init() {}
}

/// A link that is still looking for its target block.
struct PendingExit {
    var block: Block
    var exitcase: Bool?
    var exceptionClass: PyClass?
    var exceptionValue: Variable?
    var env: [String: FlowValue]
}

/// Where `break`, `continue`, `return` and exceptions must go on their way out.
enum Unwind {
    case loop(LoopContext)
    case handlers(TryContext)
    /// Code to run on every way out of a `try ... finally` or `with` body.
    case finally(() throws -> Void)
    /// The boundary of an inlined generator's body (see Generators.swift).
    case generator(GeneratorContext)
    /// A `finally` of an inlined generator, seen from the loop body it yields to: leaving the
    /// loop (break, return) closes the generator and runs it; `continue` resumes the generator.
    case generatorFinally(() throws -> Void)
}

final class LoopContext {
    /// nil for the loop of an inlined generator, whose `continue` resumes the generator.
    let header: Block?
    let headerNames: [String]
    var breaks: [PendingExit] = []
    /// Where `continue` goes when there is no header (set for inlined generators).
    var continueExits: [PendingExit]?
    init(header: Block?, headerNames: [String]) {
        self.header = header
        self.headerNames = headerNames
    }
}

/// The `except` clauses of one `try` (or the catch-all of a `finally`), collecting the
/// exception exits that lead to each clause.
final class TryContext {
    var clauses: [[PyClass]]
    var exits: [[PendingExit]]
    init(clauses: [[PyClass]]) {
        self.clauses = clauses
        self.exits = Array(repeating: [], count: clauses.count)
    }
}

public final class FlowBuilder {
    var function: PyFunction
    let builtins: PyModule
    let numbering: FlowNumbering

    var graph: FlowGraph!
    var allBlocks: [Block] = []
    /// The block operations are appended to; nil after return/raise/break/continue.
    var current: Block?
    var env: [String: FlowValue] = [:]
    /// Every local name in the order it was first bound (hidden loop counters included).
    var localOrder: [String] = []
    var localSet: Set<String> = []
    var localOrderSet: Set<String> = []
    /// Prefix of the environment keys of user locals (non-empty inside an inlined generator).
    var prefix = ""
    var unwind: [Unwind] = []
    var hiddenCounter = 0
    /// Bodies produced by closures (comprehensions), keyed by a marker statement.
    var bodyHooks: [ObjectIdentifier: () throws -> Void] = [:]
    /// Local names bound to lifted closures (by `def` or by assigning a lambda).
    var closureBindings: [String: PyObject] = [:]
    var closuresBeingBuilt = Set<ObjectIdentifier>()
    /// The statement being built (new blocks start there, for diagnostics).
    var statementLocation: SourceLocation?
    /// How many generators are being inlined into each other right now.
    var generatorDepth = 0

    public init(function: PyFunction, builtins: PyModule, numbering: FlowNumbering) {
        self.function = function
        self.builtins = builtins
        self.numbering = numbering
    }

    /// Builds the graph. Parameters become the start block's inputs, in signature order
    /// (positional, `*args`, keyword-only).
    public func build(name: String? = nil) throws -> FlowGraph {
        let def = function.def
        if def.isAsync {
            throw Diagnostic(.unsupported, "async functions are not RPython", at: def.location)
        }
        if let kw = def.args.kwarg {
            throw Diagnostic(.unsupported, "'**\(kw.name)' parameters are not RPython", at: kw.location)
        }
        var params: [String] = def.args.posonlyargs.map { $0.name } + def.args.args.map { $0.name }
        if let va = def.args.vararg { params.append(va.name) }
        params += def.args.kwonlyargs.map { $0.name }

        localSet = collectLocals(def)
        for p in params { localSet.insert(p) }
        let startVars = params.map { newVariable($0) }
        let start = newBlock(startVars)
        let ret = newBlock([newVariable("result")])
        graph = FlowGraph(name: name ?? function.qualname, function: function, location: def.location,
                          parameterNames: params, startBlock: start, returnBlock: ret)
        current = start
        for (p, v) in zip(params, startVars) { bindLocal(p, .variable(v)) }

        try buildBody(def.body)
        if current != nil {
            try emitReturn(.constant(.none), at: def.location)
        }
        orderExits()
        graph.blocks = allBlocks
        removeDeadInputs(graph)
        return graph
    }

    // MARK: - Blocks, variables, joins

    func newVariable(_ hint: String = "") -> Variable {
        numbering.nextVariable += 1
        return Variable(id: numbering.nextVariable, hint: hint)
    }

    func newBlock(_ inputs: [Variable]) -> Block {
        numbering.nextBlock += 1
        let b = Block(id: numbering.nextBlock, inputArgs: inputs)
        b.lastLocation = statementLocation
        allBlocks.append(b)
        return b
    }

    /// Binds an environment key (hidden builder names are used as they are).
    func bind(_ key: String, _ value: FlowValue) {
        if env[key] == nil && !localOrderSet.contains(key) {
            localOrder.append(key)
            localOrderSet.insert(key)
        }
        env[key] = value
    }

    /// Binds a local variable of the scope being built (an inlined generator's locals are
    /// kept apart from the caller's by a prefix).
    func bindLocal(_ name: String, _ value: FlowValue) {
        localSet.insert(name)
        bind(prefix + name, value)
    }

    /// A pending unconditional exit from the current block.
    func pathEnd() -> [PendingExit] {
        guard let b = current else { return [] }
        return [PendingExit(block: b, exitcase: nil, exceptionClass: nil, exceptionValue: nil, env: env)]
    }

    /// Starts a new block reached by `exits`; `current` is nil when there are none. Extra
    /// inputs (e.g. the caught exception) are appended after the locals.
    @discardableResult
    func join(_ exits: [PendingExit], extraInputs: [(String, (PendingExit) -> FlowValue)] = []) -> Bool {
        guard !exits.isEmpty else {
            current = nil
            return false
        }
        let names = localOrder.filter { name in exits.allSatisfy { $0.env[name] != nil } }
        var inputs = names.map { newVariable($0) }
        inputs += extraInputs.map { newVariable($0.0) }
        let block = newBlock(inputs)
        for exit in exits {
            var args = names.map { exit.env[$0]! }
            args += extraInputs.map { $0.1(exit) }
            let link = Link(args: args, target: block, exitcase: exit.exitcase)
            link.exceptionClass = exit.exceptionClass
            link.lastExceptionValue = exit.exceptionValue
            exit.block.exits.append(link)
        }
        env = [:]
        for (n, v) in zip(names, inputs) { env[n] = .variable(v) }
        for (i, extra) in extraInputs.enumerated() { bind(extra.0, .variable(inputs[names.count + i])) }
        current = block
        return true
    }

    /// Ends the current block with a boolean switch; returns the (false, true) exits.
    func branch(on condition: FlowValue) -> (PendingExit, PendingExit) {
        let b = current ?? newBlock([])   // unreachable code still gets well-formed blocks
        b.exitSwitch = .bool(condition)
        current = nil
        return (PendingExit(block: b, exitcase: false, exceptionClass: nil, exceptionValue: nil, env: env),
                PendingExit(block: b, exitcase: true, exceptionClass: nil, exceptionValue: nil, env: env))
    }

    /// Bool links false first, then true; exception links keep creation order (normal first).
    func orderExits() {
        for b in allBlocks {
            if case .bool = b.exitSwitch {
                b.exits.sort { ($0.exitcase == true ? 1 : 0) < ($1.exitcase == true ? 1 : 0) }
            }
        }
    }

    // MARK: - Emitting operations

    /// The `except` classes active at this point, innermost first, with their contexts.
    func activeHandlers() -> [(TryContext, Int, PyClass)] {
        var result: [(TryContext, Int, PyClass)] = []
        for u in unwind.reversed() {
            if case .handlers(let ctx) = u {
                for (i, classes) in ctx.clauses.enumerated() {
                    for c in classes { result.append((ctx, i, c)) }
                }
            }
        }
        return result
    }

    /// Appends `result = name(args)`. Inside a `try`, an operation that may raise ends its
    /// block with exception links to the active handlers.
    @discardableResult
    func emit(_ name: String, _ args: [FlowValue], at location: SourceLocation,
              extra: OperationExtra = .none, hint: String = "") -> FlowValue {
        let result = newVariable(hint)
        guard let block = current else { return .variable(result) }
        block.operations.append(Operation(name, args, result: result, location: location, extra: extra))
        if !HighLevelOps.cannotRaise.contains(name) {
            splitForExceptions(raisingOnly: name == "raise")
        }
        return .variable(result)
    }

    func splitForExceptions(raisingOnly: Bool) {
        let handlers = activeHandlers()
        guard let block = current, !handlers.isEmpty || raisingOnly else { return }
        block.exitSwitch = .exception
        let envBefore = env
        if raisingOnly {
            current = nil
        } else {
            let next = newBlock([])
            block.exits.append(Link(args: [], target: next))
            current = next
        }
        for (ctx, clause, cls) in handlers {
            let excVar = newVariable("exc")
            ctx.exits[clause].append(PendingExit(block: block, exitcase: nil, exceptionClass: cls,
                                                 exceptionValue: excVar, env: envBefore))
        }
    }

    func constant(_ v: Value) -> FlowValue { .constant(v) }

    // MARK: - Statements

    func buildBody(_ body: [Stmt]) throws {
        for stmt in body {
            if current == nil { return }   // unreachable code after return/raise/break
            try buildStatement(stmt)
        }
    }

    func buildStatement(_ stmt: Stmt) throws {
        statementLocation = stmt.location
        current?.lastLocation = stmt.location
        defer { current?.lastLocation = current?.lastLocation ?? stmt.location }
        let loc = stmt.location
        switch stmt.kind {
        case .expr(let e):
            if case .yield(let v) = e.kind {
                try buildYield(v, at: loc)
            } else {
                _ = try expression(e)
            }
        case .pass:
            if let hook = bodyHooks[ObjectIdentifier(stmt)] { try hook() }
        case .assign(let targets, let value):
            let v = try expression(value)
            for t in targets { try assign(t, v) }
        case .annAssign(let target, _, let value):
            if let value = value { try assign(target, try expression(value)) }
        case .augAssign(let target, let op, let value):
            try augmentedAssign(target, op, value, at: loc)
        case .return(let e):
            let v = try e.map { try expression($0) } ?? .constant(.none)
            try emitReturn(v, at: loc)
        case .if(let test, let body, let orelse):
            let (f, t) = try condition(test)
            join(t)
            try buildBody(body)
            var ends = pathEnd()
            join(f)
            try buildBody(orelse)
            ends += pathEnd()
            join(ends)
        case .while(let test, let body, let orelse):
            try buildWhile(test, body, orelse)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { throw Diagnostic(.unsupported, "'async for' is not RPython", at: loc) }
            try buildFor(target, iter, body, orelse, at: loc)
        case .break:
            try emitBreak(at: loc)
        case .continue:
            try emitContinue(at: loc)
        case .raise(let exc, _):
            try buildRaise(exc, at: loc)
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try buildTryExcept(body, handlers, orelse, at: loc)
            } else {
                try buildTryFinally({
                    if handlers.isEmpty {
                        try self.buildBody(body)
                        if self.current != nil { try self.buildBody(orelse) }
                    } else {
                        try self.buildTryExcept(body, handlers, orelse, at: loc)
                    }
                }, finalbody, at: loc)
            }
        case .assert(let test, let msg):
            try buildAssert(test, msg, at: loc)
        case .delete(let targets):
            for t in targets { try delete(t) }
        case .with(let items, let body, let isAsync):
            if isAsync { throw Diagnostic(.unsupported, "'async with' is not RPython", at: loc) }
            try buildWith(items, body, at: loc)
        case .global(let names):
            throw Diagnostic(.unsupported,
                             "'global \(names.joined(separator: ", "))' in run-time code: module globals are constants after init time; keep mutable state in a prebuilt instance",
                             at: loc)
        case .nonlocal(let names):
            throw Diagnostic(.unsupported, "'nonlocal \(names.joined(separator: ", "))' is not RPython at run time", at: loc)
        case .functionDef(let def):
            let f = try nestedFunction(def, at: def.location)
            bindLocal(def.name, .constant(.object(f)))
            closureBindings[prefix + def.name] = numbering.capturedNames[ObjectIdentifier(f)] != nil ? f : nil
        case .classDef(let cls):
            throw Diagnostic(.unsupported, "class '\(cls.name)' defined at run time: classes must be defined at init time", at: cls.location)
        case .import, .importFrom:
            throw Diagnostic(.unsupported, "import at run time: import modules at module level", at: loc)
        case .match:
            throw Diagnostic(.unsupported, "'match' statements are not RPython", at: loc)
        }
    }

    func emitReturn(_ value: FlowValue, at loc: SourceLocation) throws {
        // Run the enclosing `finally` bodies, innermost first: each with the unwind stack cut
        // below it, so that what it raises or returns goes outward.
        var i = unwind.count - 1
        while i >= 0 {
            if case .generator(let ctx) = unwind[i] {
                // `return` in an inlined generator ends the iteration
                ctx.exhausted += pathEnd()
                current = nil
                return
            }
            if case .generatorFinally(let final) = unwind[i] {
                let saved = unwind
                unwind = Array(saved[0..<i])
                try final()
                if current != nil { try emitReturn(value, at: loc) }
                unwind = saved
                return
            }
            if case .finally(let final) = unwind[i] {
                let saved = unwind
                unwind = Array(saved[0..<i])
                let tmp = "#ret\(hiddenCounter)"
                hiddenCounter += 1
                bind(tmp, value)
                try final()
                if current != nil { try emitReturn(env[tmp]!, at: loc) }
                unwind = saved
                return
            }
            i -= 1
        }
        try emitReturnDirect(value)
    }

    private func emitReturnDirect(_ value: FlowValue) throws {
        guard let b = current else { return }
        b.exits.append(Link(args: [value], target: graph.returnBlock))
        current = nil
    }

    /// Runs the `finally` bodies between here and the innermost loop; returns that loop.
    func unwindToLoop(at loc: SourceLocation, what: String) throws -> LoopContext? {
        let saved = unwind
        var i = unwind.count - 1
        while i >= 0 {
            switch unwind[i] {
            case .loop(let ctx):
                unwind = saved
                return ctx
            case .finally(let final):
                unwind = Array(saved[0..<i])
                try final()
                unwind = saved
                if current == nil { return nil }
            case .generatorFinally(let final):
                if what == "continue" { break }
                unwind = Array(saved[0..<i])
                try final()
                unwind = saved
                if current == nil { return nil }
            case .handlers:
                break
            case .generator:
                throw Diagnostic(.syntaxError, "'\(what)' outside loop", at: loc)
            }
            i -= 1
        }
        throw Diagnostic(.syntaxError, "'\(what)' outside loop", at: loc)
    }

    func emitBreak(at loc: SourceLocation) throws {
        guard let ctx = try unwindToLoop(at: loc, what: "break") else { return }
        ctx.breaks += pathEnd()
        current = nil
    }

    func emitContinue(at loc: SourceLocation) throws {
        guard let ctx = try unwindToLoop(at: loc, what: "continue") else { return }
        linkBack(to: ctx)
    }

    func linkBack(to ctx: LoopContext) {
        guard let b = current else { return }
        guard let header = ctx.header else {
            ctx.continueExits = (ctx.continueExits ?? []) + pathEnd()
            current = nil
            return
        }
        b.exits.append(Link(args: ctx.headerNames.map { env[$0]! }, target: header))
        current = nil
    }

    /// Starts a loop header whose inputs are the locals bound now.
    func startLoopHeader() -> LoopContext {
        let names = localOrder.filter { env[$0] != nil }
        let inputs = names.map { newVariable($0) }
        let header = newBlock(inputs)
        current!.exits.append(Link(args: names.map { env[$0]! }, target: header))
        env = [:]
        for (n, v) in zip(names, inputs) { env[n] = .variable(v) }
        current = header
        return LoopContext(header: header, headerNames: names)
    }

    func buildWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let ctx = startLoopHeader()
        let (f, t) = try condition(test)
        join(t)
        unwind.append(.loop(ctx))
        try buildBody(body)
        unwind.removeLast()
        linkBack(to: ctx)
        join(f)
        try buildBody(orelse)
        join(pathEnd() + ctx.breaks)
    }

    func buildFor(_ target: Expr, _ iterExpr: Expr, _ body: [Stmt], _ orelse: [Stmt],
                  at loc: SourceLocation) throws {
        if let gen = generatorCall(iterExpr) {
            try buildGeneratorFor(gen, iterExpr, target, body, orelse, at: loc)
            return
        }
        if case .call(let callee, let args, let kws) = iterExpr.kind, kws.isEmpty,
           args.count >= 1, args.count <= 3, !args.contains(where: { if case .starred = $0.kind { return true }; return false }),
           builtinName(constantValue(of: callee)) == "range" {
            try buildRangeFor(target, args, body, orelse, at: loc)
            return
        }
        let iterable = try expression(iterExpr)
        let it = emit("iter", [iterable], at: iterExpr.location, hint: "it")
        let itName = "#it\(hiddenCounter)"
        hiddenCounter += 1
        bind(itName, it)
        let ctx = startLoopHeader()
        // next(it): its StopIteration exit leaves the loop.
        let item = newVariable("item")
        let header = current!
        header.operations.append(Operation("next", [env[itName]!], result: item, location: loc))
        header.exitSwitch = .exception
        let bodyBlock = newBlock([])
        header.exits.append(Link(args: [], target: bodyBlock))
        let stop = PendingExit(block: header, exitcase: nil, exceptionClass: builtinClass("StopIteration"),
                               exceptionValue: newVariable("stop"), env: env)
        current = bodyBlock
        try assign(target, .variable(item))
        unwind.append(.loop(ctx))
        try buildBody(body)
        unwind.removeLast()
        linkBack(to: ctx)
        join([stop])
        try buildBody(orelse)
        join(pathEnd() + ctx.breaks)
    }

    /// `for i in range(...)`: a counting loop, no iterator object.
    func buildRangeFor(_ target: Expr, _ args: [Expr], _ body: [Stmt], _ orelse: [Stmt],
                       at loc: SourceLocation) throws {
        var start: FlowValue = .constant(.int(0))
        var stop: FlowValue
        var step: FlowValue = .constant(.int(1))
        if args.count == 1 {
            stop = try expression(args[0])
        } else {
            start = try expression(args[0])
            stop = try expression(args[1])
            if args.count == 3 { step = try expression(args[2]) }
        }
        let stepSign: Int
        if case .constant(.int(let s)) = step {
            if s == 0 { throw Diagnostic(.translationError, "range() arg 3 must not be zero", at: args[2].location) }
            stepSign = s > 0 ? 1 : -1
        } else {
            stepSign = 0
            emit("check_range_step", [step], at: loc)
        }
        let counter = "#i\(hiddenCounter)"
        let stopName = "#stop\(hiddenCounter)"
        let stepName = "#step\(hiddenCounter)"
        hiddenCounter += 1
        // Keep stop and step in variables so the loop header passes them along.
        bind(counter, emit("same_as", [start], at: loc, hint: "i"))
        bind(stopName, emit("same_as", [stop], at: loc, hint: "stop"))
        if stepSign == 0 { bind(stepName, step) }
        let ctx = startLoopHeader()
        let i = env[counter]!
        let cond: FlowValue
        switch stepSign {
        case 1: cond = emit("lt", [i, env[stopName]!], at: loc)
        case -1: cond = emit("gt", [i, env[stopName]!], at: loc)
        default: cond = emit("range_continues", [i, env[stopName]!, env[stepName]!], at: loc)
        }
        let (f, t) = branch(on: cond)
        join([t])
        let item = env[counter]!
        bind(counter, emit("add", [item, stepSign == 0 ? env[stepName]! : step], at: loc, hint: "i"))
        try assign(target, item)
        unwind.append(.loop(ctx))
        try buildBody(body)
        unwind.removeLast()
        linkBack(to: ctx)
        join([f])
        try buildBody(orelse)
        join(pathEnd() + ctx.breaks)
    }

    func builtinClass(_ name: String) -> PyClass? {
        if case .object(let o)? = builtins.dict[name], let c = o as? PyClass { return c }
        return nil
    }

    func buildRaise(_ exc: Expr?, at loc: SourceLocation) throws {
        var value: FlowValue
        if let exc = exc {
            value = try expression(exc)
            if case .constant(.object(let o)) = value, o is PyClass {
                // `raise Cls` instantiates the class with no arguments.
                value = emit("call", [value], at: loc, extra: .callShape(CallShape(positional: 0)))
            }
        } else {
            guard let current = env["#exc"] else {
                throw Diagnostic(.translationError, "bare 'raise' outside an except clause", at: loc)
            }
            value = current
        }
        emit("raise", [value], at: loc)
        current = nil
    }

    func buildAssert(_ test: Expr, _ msg: Expr?, at loc: SourceLocation) throws {
        let (f, t) = try condition(test)
        join(f)
        guard let assertion = builtinClass("AssertionError") else {
            throw Diagnostic(.internalError, "builtins lack AssertionError", at: loc)
        }
        var args: [FlowValue] = []
        if let msg = msg { args.append(try expression(msg)) }
        let exc = emit("call", [.constant(.object(assertion))] + args, at: loc,
                       extra: .callShape(CallShape(positional: args.count)))
        emit("raise", [exc], at: loc)
        current = nil
        join(t)
    }

    func buildTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                        at loc: SourceLocation) throws {
        var clauses: [[PyClass]] = []
        for h in handlers {
            guard let typeExpr = h.type else {
                clauses.append([builtinClass("BaseException")!])
                continue
            }
            clauses.append(try exceptionClasses(typeExpr))
        }
        let outerExc = env["#exc"]
        let ctx = TryContext(clauses: clauses)
        unwind.append(.handlers(ctx))
        try buildBody(body)
        unwind.removeLast()
        try buildBody(orelse)
        var ends = pathEnd()
        for (i, h) in handlers.enumerated() {
            guard join(ctx.exits[i], extraInputs: [("#exc", { .variable($0.exceptionValue!) })]) else { continue }
            if let name = h.name { bindLocal(name, env["#exc"]!) }
            try buildBody(h.body)
            ends += pathEnd()
        }
        join(ends)
        // The outer handler's exception (if any) was bound before this statement, so it
        // dominates what follows.
        if current != nil { env["#exc"] = outerExc }
    }

    /// `try: <inner> finally: <finalbody>`: the final body is built once per way out (normal
    /// exit here; return/break/continue where they happen; exceptions via a catch-all clause
    /// that re-raises).
    func buildTryFinally(_ inner: () throws -> Void, _ finalbody: [Stmt], at loc: SourceLocation) throws {
        let catchAll = TryContext(clauses: [[builtinClass("BaseException")!]])
        // The finally entry goes below its catch-all, so that running it on the way out
        // (return, break) cuts the catch-all off too.
        unwind.append(.finally({ try self.buildBody(finalbody) }))
        unwind.append(.handlers(catchAll))
        try inner()
        unwind.removeLast(2)
        try buildBody(finalbody)
        let normal = pathEnd()
        if join(catchAll.exits[0], extraInputs: [("#fexc", { .variable($0.exceptionValue!) })]) {
            let exc = env["#fexc"]!
            try buildBody(finalbody)
            if current != nil {
                emit("raise", [exc], at: loc)
                current = nil
            }
        }
        env["#fexc"] = nil
        join(normal)
    }

    /// `with mgr as x: body` calls `mgr.__enter__()`, then `mgr.__exit__(None, None, None)` on
    /// a normal exit, or `mgr.__exit__(type(e), e, None)` when the body raises (a true result
    /// suppresses the exception).
    func buildWith(_ items: [WithItem], _ body: [Stmt], at loc: SourceLocation) throws {
        guard let first = items.first else { try buildBody(body); return }
        let rest = Array(items.dropFirst())
        let mgr = try expression(first.contextExpr)
        let mgrName = "#with\(hiddenCounter)"
        hiddenCounter += 1
        bind(mgrName, mgr)
        let entered = emit("call_method", [mgr], at: loc, extra: .methodCall("__enter__", CallShape(positional: 0)))
        if let target = first.optionalVars { try assign(target, entered) }
        let none = FlowValue.constant(.none)
        let catchAll = TryContext(clauses: [[builtinClass("BaseException")!]])
        unwind.append(.finally({
            self.emit("call_method", [self.env[mgrName]!, none, none, none], at: loc,
                      extra: .methodCall("__exit__", CallShape(positional: 3)))
        }))
        unwind.append(.handlers(catchAll))
        if rest.isEmpty { try buildBody(body) } else { try buildWith(rest, body, at: loc) }
        unwind.removeLast(2)
        if current != nil {
            emit("call_method", [env[mgrName]!, none, none, none], at: loc,
                 extra: .methodCall("__exit__", CallShape(positional: 3)))
        }
        var ends = pathEnd()
        if join(catchAll.exits[0], extraInputs: [("#wexc", { .variable($0.exceptionValue!) })]) {
            let exc = env["#wexc"]!
            let cls = emit("type", [exc], at: loc)
            let suppressed = emit("call_method", [env[mgrName]!, cls, exc, none], at: loc,
                                  extra: .methodCall("__exit__", CallShape(positional: 3)))
            let (f, t) = branch(on: emit("is_true", [suppressed], at: loc))
            join([f])
            emit("raise", [exc], at: loc)
            current = nil
            join([t])
            ends += pathEnd()
        }
        env["#wexc"] = nil
        join(ends)
    }

    /// The classes named by an `except` clause: a class or a tuple of classes, all constants.
    func exceptionClasses(_ e: Expr) throws -> [PyClass] {
        if case .tuple(let items) = e.kind {
            return try items.flatMap { try exceptionClasses($0) }
        }
        let v = try expression(e)
        if case .constant(.object(let o)) = v {
            if let c = o as? PyClass { return [c] }
            if let t = o as? PyTuple {
                return try t.items.map {
                    guard case .object(let o) = $0, let c = o as? PyClass else {
                        throw Diagnostic(.translationError, "except clause names something that is not a class", at: e.location)
                    }
                    return c
                }
            }
        }
        throw Diagnostic(.translationError, "except clause must name a class known at init time", at: e.location)
    }
}

/// The names a function body binds (its locals), without descending into nested scopes.
func collectLocals(_ def: FunctionDef) -> Set<String> {
    var names = Set<String>()
    func target(_ e: Expr) {
        switch e.kind {
        case .name(let n): names.insert(n)
        case .tuple(let items), .list(let items): items.forEach(target)
        case .starred(let inner): target(inner)
        default: break
        }
    }
    func expr(_ e: Expr) {
        if case .namedExpr(let t, let v) = e.kind { target(t); expr(v) }
    }
    func stmts(_ body: [Stmt]) {
        for s in body {
            switch s.kind {
            case .assign(let targets, let v): targets.forEach(target); expr(v)
            case .augAssign(let t, _, _): target(t)
            case .annAssign(let t, _, let v): if v != nil { target(t) }
            case .for(let t, _, let body, let orelse, _): target(t); stmts(body); stmts(orelse)
            case .while(_, let body, let orelse): stmts(body); stmts(orelse)
            case .if(_, let body, let orelse): stmts(body); stmts(orelse)
            case .with(let items, let body, _):
                for i in items { if let v = i.optionalVars { target(v) } }
                stmts(body)
            case .try(let body, let handlers, let orelse, let finalbody):
                stmts(body); stmts(orelse); stmts(finalbody)
                for h in handlers { if let n = h.name { names.insert(n) }; stmts(h.body) }
            case .functionDef(let d): names.insert(d.name)
            case .classDef(let c): names.insert(c.name)
            case .import(let aliases):
                for a in aliases { names.insert(a.asname ?? String(a.name.split(separator: ".").first ?? "")) }
            case .importFrom(_, let aliases, _):
                for a in aliases { names.insert(a.asname ?? a.name) }
            case .delete(let targets): targets.forEach(target)
            case .expr(let e): expr(e)
            default: break
            }
        }
    }
    stmts(def.body)
    return names
}
