// Generators.swift — generators consumed by a `for` loop, inlined into it.
//
// RPYTHON.md allows generators whose generator object does not escape the function that
// iterates it. `for x in gen(args): BODY` is built by inlining gen's body into the loop: its
// parameters and locals live in the caller's graph under a private prefix, and each
// `yield v` becomes `x = v; BODY`, after which gen's body resumes (`continue` in BODY
// resumes it too; `break` leaves the loop). When gen's body ends or returns, the loop's
// `else` clause runs. Exceptions raised by gen propagate out of the `for` statement, as on
// CPython.
//
// Leaving the loop early (break, return, an exception from the loop body) closes the
// generator as CPython does: its active `finally` clauses run then.

import InitTime
import Syntax

/// The part of the builder's state that belongs to the function whose code is being built.
struct BuilderScope {
    var function: PyFunction
    var localSet: Set<String>
    var prefix: String
}

/// One inlined generator: where its `return`s and its end go.
final class GeneratorContext {
    var exhausted: [PendingExit] = []
    let consumerTarget: Expr
    let consumerBody: [Stmt]
    let callerScope: BuilderScope
    let callerUnwind: [Unwind]
    let loop: LoopContext

    init(consumerTarget: Expr, consumerBody: [Stmt], callerScope: BuilderScope, callerUnwind: [Unwind],
         loop: LoopContext) {
        self.consumerTarget = consumerTarget
        self.consumerBody = consumerBody
        self.callerScope = callerScope
        self.callerUnwind = callerUnwind
        self.loop = loop
    }
}

extension FlowBuilder {

    var scope: BuilderScope {
        get { BuilderScope(function: function, localSet: localSet, prefix: prefix) }
        set {
            function = newValue.function
            localSet = newValue.localSet
            prefix = newValue.prefix
        }
    }

    /// The generator function called by `e`, if `e` is a direct call of one.
    func generatorCall(_ e: Expr) -> PyFunction? {
        guard case .call(let callee, _, _) = e.kind, case .object(let o)? = constantValue(of: callee),
              let f = o as? PyFunction, isGenerator(f.def) else { return nil }
        return f
    }

    /// `for target in gen(args): body else: orelse`, with gen's body inlined.
    func buildGeneratorFor(_ gen: PyFunction, _ call: Expr, _ target: Expr, _ body: [Stmt], _ orelse: [Stmt],
                           at loc: SourceLocation) throws {
        guard case .call(_, let args, let keywords) = call.kind else { return }
        if generatorDepth >= 8 {
            throw Diagnostic(.unsupported, "generator '\(gen.qualname)' is inlined recursively: recursive generators are not supported",
                             at: loc)
        }
        let (values, shape) = try callArguments(args, keywords)
        let parameters = parameterNames(gen.def)
        let bound = try bindGeneratorArguments(gen, values, shape, at: loc)

        let ctx = GeneratorContext(consumerTarget: target, consumerBody: body, callerScope: scope, callerUnwind: unwind,
                                   loop: LoopContext(header: nil, headerNames: []))
        ctx.loop.continueExits = []
        generatorDepth += 1
        hiddenCounter += 1
        let genPrefix = "#g\(hiddenCounter)."
        var genLocals = collectLocals(gen.def)
        for p in parameters { genLocals.insert(p) }
        scope = BuilderScope(function: gen, localSet: genLocals, prefix: genPrefix)
        for (p, v) in zip(parameters, bound) { bindLocal(p, v) }
        unwind.append(.generator(ctx))
        try buildBody(gen.def.body)
        unwind.removeLast()
        ctx.exhausted += pathEnd()
        scope = ctx.callerScope
        generatorDepth -= 1

        join(ctx.exhausted)
        try buildBody(orelse)
        join(pathEnd() + ctx.loop.breaks)
    }

    /// `yield v` inside an inlined generator: run the consumer's loop body, then resume.
    func buildYield(_ value: Expr?, at loc: SourceLocation) throws {
        guard let ctx = innermostGenerator() else {
            throw Diagnostic(.unsupported,
                             "a generator at run time must be consumed directly by a for loop (for x in gen(...)); this generator object escapes",
                             at: loc)
        }
        let v = try value.map { try expression($0) } ?? .constant(.none)
        let genScope = scope
        let genUnwind = unwind
        // The generator's active `finally` clauses (innermost last), run in its own scope
        // when the loop body leaves the loop: that closes the generator, as on CPython.
        var finals: [() throws -> Void] = []
        if let boundary = genUnwind.lastIndex(where: { if case .generator(let g) = $0 { return g === ctx }; return false }) {
            for u in genUnwind[(boundary + 1)...] {
                if case .finally(let f) = u {
                    finals.append({ [unowned self] in
                        let saved = self.scope
                        self.scope = genScope
                        defer { self.scope = saved }
                        try f()
                    })
                }
            }
        }
        scope = ctx.callerScope
        unwind = ctx.callerUnwind + [.loop(ctx.loop)] + finals.map { .generatorFinally($0) }
        // An exception raised by the loop body closes the generator too, then goes on.
        let catchAll = TryContext(clauses: finals.isEmpty ? [] : [[builtinClass("BaseException")!]])
        if !finals.isEmpty { unwind.append(.handlers(catchAll)) }
        try assign(ctx.consumerTarget, v)
        try buildBody(ctx.consumerBody)
        let resume = pathEnd() + (ctx.loop.continueExits ?? [])
        ctx.loop.continueExits = []
        if !finals.isEmpty, join(catchAll.exits[0], extraInputs: [("#gexc", { .variable($0.exceptionValue!) })]) {
            let exc = env["#gexc"]!
            unwind = ctx.callerUnwind
            for f in finals.reversed() {
                if current == nil { break }
                try f()
            }
            if current != nil {
                emit("raise", [exc], at: loc)
                current = nil
            }
        }
        env["#gexc"] = nil
        scope = genScope
        unwind = genUnwind
        join(resume)
    }

    func innermostGenerator() -> GeneratorContext? {
        for u in unwind.reversed() {
            if case .generator(let g) = u { return g }
        }
        return nil
    }

    func parameterNames(_ def: FunctionDef) -> [String] {
        var params = def.args.posonlyargs.map { $0.name } + def.args.args.map { $0.name }
        if let va = def.args.vararg { params.append(va.name) }
        return params + def.args.kwonlyargs.map { $0.name }
    }

    /// Values for gen's parameters from the call's operands, with keyword arguments and
    /// defaults resolved as for any call.
    func bindGeneratorArguments(_ gen: PyFunction, _ values: [FlowValue], _ shape: CallShape,
                                at loc: SourceLocation) throws -> [FlowValue] {
        if shape.hasStarArgs || gen.def.args.vararg != nil {
            throw Diagnostic(.unsupported, "*args with an inlined generator is not supported", at: loc)
        }
        let args = gen.def.args
        let positional = args.posonlyargs + args.args
        var result: [FlowValue?] = Array(repeating: nil, count: positional.count + args.kwonlyargs.count)
        guard shape.positional <= positional.count else {
            throw Diagnostic(.translationError, "\(gen.qualname)() takes \(positional.count) positional arguments but \(shape.positional) were given", at: loc)
        }
        for i in 0..<shape.positional { result[i] = values[i] }
        for (k, name) in shape.keywords.enumerated() {
            if let i = positional.firstIndex(where: { $0.name == name }) {
                result[i] = values[shape.positional + k]
            } else if let i = args.kwonlyargs.firstIndex(where: { $0.name == name }) {
                result[positional.count + i] = values[shape.positional + k]
            } else {
                throw Diagnostic(.translationError, "\(gen.qualname)() got an unexpected keyword argument '\(name)'", at: loc)
            }
        }
        let firstDefault = positional.count - gen.defaults.count
        for i in 0..<positional.count where result[i] == nil {
            guard i >= firstDefault else {
                throw Diagnostic(.translationError, "\(gen.qualname)() missing required argument '\(positional[i].name)'", at: loc)
            }
            result[i] = .constant(gen.defaults[i - firstDefault])
        }
        for (i, a) in args.kwonlyargs.enumerated() where result[positional.count + i] == nil {
            guard let d = gen.kwDefaults[a.name] else {
                throw Diagnostic(.translationError, "\(gen.qualname)() missing required keyword-only argument '\(a.name)'", at: loc)
            }
            result[positional.count + i] = .constant(d)
        }
        return result.map { $0! }
    }
}

/// Whether a function body contains `yield` (outside nested functions and classes).
func isGenerator(_ def: FunctionDef) -> Bool {
    var found = false
    func expr(_ e: Expr?) {
        guard let e = e, !found else { return }
        switch e.kind {
        case .yield, .yieldFrom: found = true
        case .lambda: return
        default:
            visitChildren(e, expr)
        }
    }
    func stmts(_ body: [Stmt]) {
        for s in body where !found {
            switch s.kind {
            case .functionDef, .classDef: continue
            case .expr(let e): expr(e)
            case .assign(let ts, let v): ts.forEach(expr); expr(v)
            case .augAssign(_, _, let v): expr(v)
            case .annAssign(_, _, let v): expr(v)
            case .return(let v): expr(v)
            case .if(let t, let b, let o): expr(t); stmts(b); stmts(o)
            case .while(let t, let b, let o): expr(t); stmts(b); stmts(o)
            case .for(_, let it, let b, let o, _): expr(it); stmts(b); stmts(o)
            case .with(let items, let b, _): items.forEach { expr($0.contextExpr) }; stmts(b)
            case .try(let b, let hs, let o, let f): stmts(b); hs.forEach { stmts($0.body) }; stmts(o); stmts(f)
            default: continue
            }
        }
    }
    stmts(def.body)
    return found
}

/// Calls `visit` on the direct sub-expressions of `e` (a lambda's defaults and body too).
func visitChildren(_ e: Expr, _ visit: (Expr?) -> Void) {
    switch e.kind {
    case .name, .constant: break
    case .lambda(let a, let body): a.defaults.forEach(visit); visit(body)
    case .boolOp(_, let xs), .set(let xs), .list(let xs), .tuple(let xs), .joinedStr(let xs): xs.forEach(visit)
    case .namedExpr(let t, let v): visit(t); visit(v)
    case .binOp(let l, _, let r): visit(l); visit(r)
    case .unaryOp(_, let v), .await(let v), .yieldFrom(let v), .starred(let v): visit(v)
    case .ifExp(let t, let b, let o): visit(t); visit(b); visit(o)
    case .dict(let ks, let vs): ks.forEach(visit); vs.forEach(visit)
    case .listComp(let el, let gs), .setComp(let el, let gs), .generatorExp(let el, let gs):
        visit(el); for g in gs { visit(g.target); visit(g.iter); g.ifs.forEach(visit) }
    case .dictComp(let k, let v, let gs):
        visit(k); visit(v); for g in gs { visit(g.target); visit(g.iter); g.ifs.forEach(visit) }
    case .yield(let v): visit(v)
    case .compare(let l, _, let rs): visit(l); rs.forEach(visit)
    case .call(let f, let args, let kws): visit(f); args.forEach(visit); kws.forEach { visit($0.value) }
    case .formattedValue(let v, _, let spec): visit(v); visit(spec)
    case .attribute(let v, _): visit(v)
    case .subscript(let v, let i): visit(v); visit(i)
    case .slice(let a, let b, let c): visit(a); visit(b); visit(c)
    }
}
