// Scopes.swift — static scope analysis for init-time evaluation.
//
// Python decides at compile time which names of a function are local, global, nonlocal or free
// (captured from an enclosing function). The evaluator asks this analysis once per `def`,
// lambda, class body and comprehension (cached by node identity) and uses the answer to
// resolve names and to build closures (`PyFunction.closure`) the way CPython does.

import Syntax

/// What a scope (function, lambda, class body or comprehension) binds and what it reads.
final class ScopeInfo {
    /// Names bound in the scope (parameters, assignment targets, defs, imports, ...) minus
    /// those declared `global` or `nonlocal`.
    var locals: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Names read or written here or in nested scopes that are not local here: candidates for
    /// capture from an enclosing function when this scope's function object is created.
    var free: Set<String> = []
    var hasYield = false
    /// Positional parameter names (posonly + regular) of a function, in order.
    var positionalParameters: [String] = []
}

/// Collects bindings and references of one scope, descending into nested scopes only for
/// their free names.
struct ScopeAnalyzer {
    private var assigned: Set<String> = []
    private var referenced: Set<String> = []
    private var globals: Set<String> = []
    private var nonlocals: Set<String> = []
    private var hasYield = false

    static func function(_ def: FunctionDef) -> ScopeInfo {
        var a = ScopeAnalyzer()
        a.bindParameters(def.args)
        for s in def.body { a.stmt(s) }
        let info = a.finish()
        info.positionalParameters = (def.args.posonlyargs + def.args.args).map { $0.name }
        return info
    }

    static func lambda(_ args: Arguments, body: Expr) -> ScopeInfo {
        var a = ScopeAnalyzer()
        a.bindParameters(args)
        a.expr(body)
        return a.finish()
    }

    static func classBody(_ def: ClassDef) -> ScopeInfo {
        var a = ScopeAnalyzer()
        for s in def.body { a.stmt(s) }
        let info = a.finish()
        // A class body reads names from its namespace first, so every name it mentions may
        // also come from an enclosing function.
        info.free = a.referenced.union(info.free).subtracting(info.globals)
        return info
    }

    static func comprehension(_ generators: [Comprehension], elements: [Expr]) -> ScopeInfo {
        var a = ScopeAnalyzer()
        for g in generators {
            a.target(g.target)
            a.expr(g.iter)
            for c in g.ifs { a.expr(c) }
        }
        for e in elements { a.expr(e) }
        return a.finish()
    }

    private mutating func finish() -> ScopeInfo {
        let info = ScopeInfo()
        info.globals = globals
        info.nonlocals = nonlocals
        info.locals = assigned.subtracting(globals).subtracting(nonlocals)
        info.free = referenced.union(nonlocals).subtracting(info.locals).subtracting(globals)
        info.hasYield = hasYield
        return info
    }

    private mutating func bindParameters(_ args: Arguments) {
        for a in args.posonlyargs + args.args + args.kwonlyargs { assigned.insert(a.name) }
        if let v = args.vararg { assigned.insert(v.name) }
        if let k = args.kwarg { assigned.insert(k.name) }
    }

    private mutating func nested(_ info: ScopeInfo) {
        referenced.formUnion(info.free)
    }

    private mutating func target(_ e: Expr) {
        switch e.kind {
        case .name(let n): assigned.insert(n)
        case .tuple(let items), .list(let items): for i in items { target(i) }
        case .starred(let inner): target(inner)
        default: expr(e)
        }
    }

    private mutating func stmts(_ body: [Stmt]) { for s in body { stmt(s) } }

    private mutating func stmt(_ s: Stmt) {
        switch s.kind {
        case .functionDef(let d):
            assigned.insert(d.name)
            for e in d.decorators { expr(e) }
            for e in d.args.defaults { expr(e) }
            for case let e? in d.args.kwDefaults { expr(e) }
            nested(ScopeAnalyzer.function(d))
        case .classDef(let d):
            assigned.insert(d.name)
            for e in d.decorators + d.bases { expr(e) }
            for k in d.keywords { expr(k.value) }
            nested(ScopeAnalyzer.classBody(d))
        case .return(let e): if let e { expr(e) }
        case .delete(let ts): for t in ts { target(t) }
        case .assign(let ts, let v): for t in ts { target(t) }; expr(v)
        case .augAssign(let t, _, let v):
            target(t)
            if case .name(let n) = t.kind { referenced.insert(n) }
            expr(v)
        case .annAssign(let t, _, let v):
            if let v { target(t); expr(v) }
        case .for(let t, let it, let body, let orelse, _):
            target(t); expr(it); stmts(body); stmts(orelse)
        case .while(let t, let body, let orelse): expr(t); stmts(body); stmts(orelse)
        case .if(let t, let body, let orelse): expr(t); stmts(body); stmts(orelse)
        case .with(let items, let body, _):
            for i in items {
                expr(i.contextExpr)
                if let v = i.optionalVars { target(v) }
            }
            stmts(body)
        case .match(let subject, let cases):
            expr(subject)
            for c in cases { if let g = c.guardExpr { expr(g) }; stmts(c.body) }
        case .raise(let e, let c): if let e { expr(e) }; if let c { expr(c) }
        case .try(let body, let handlers, let orelse, let finalbody):
            stmts(body)
            for h in handlers {
                if let t = h.type { expr(t) }
                if let n = h.name { assigned.insert(n) }
                stmts(h.body)
            }
            stmts(orelse); stmts(finalbody)
        case .assert(let t, let m): expr(t); if let m { expr(m) }
        case .import(let names):
            for a in names {
                let bound = a.asname ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                assigned.insert(bound)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { assigned.insert(a.asname ?? a.name) }
        case .global(let ns): globals.formUnion(ns)
        case .nonlocal(let ns): nonlocals.formUnion(ns)
        case .expr(let e): expr(e)
        case .pass, .break, .continue: break
        }
    }

    private mutating func comprehension(_ gens: [Comprehension], _ elements: [Expr]) {
        // The first iterable is evaluated in the enclosing scope; the rest is a nested scope.
        if let first = gens.first { expr(first.iter) }
        nested(ScopeAnalyzer.comprehension(gens, elements: elements))
    }

    private mutating func expr(_ e: Expr) {
        switch e.kind {
        case .name(let n):
            referenced.insert(n)
            if n == "super" { referenced.insert("__class__") }
        case .constant: break
        case .boolOp(_, let items): for i in items { expr(i) }
        case .namedExpr(let t, let v): target(t); expr(v)
        case .binOp(let l, _, let r): expr(l); expr(r)
        case .unaryOp(_, let x): expr(x)
        case .lambda(let args, let body):
            for d in args.defaults { expr(d) }
            for case let d? in args.kwDefaults { expr(d) }
            nested(ScopeAnalyzer.lambda(args, body: body))
        case .ifExp(let t, let b, let o): expr(t); expr(b); expr(o)
        case .dict(let keys, let values):
            for case let k? in keys { expr(k) }
            for v in values { expr(v) }
        case .set(let items), .list(let items), .tuple(let items), .joinedStr(let items):
            for i in items { expr(i) }
        case .listComp(let el, let gens), .setComp(let el, let gens), .generatorExp(let el, let gens):
            comprehension(gens, [el])
        case .dictComp(let k, let v, let gens): comprehension(gens, [k, v])
        case .await(let x): expr(x)
        case .yield(let x): hasYield = true; if let x { expr(x) }
        case .yieldFrom(let x): hasYield = true; expr(x)
        case .compare(let l, _, let rs): expr(l); for r in rs { expr(r) }
        case .call(let f, let args, let kws):
            expr(f)
            for a in args { expr(a) }
            for k in kws { expr(k.value) }
        case .formattedValue(let v, _, let spec): expr(v); if let spec { expr(spec) }
        case .attribute(let v, _): expr(v)
        case .subscript(let v, let i): expr(v); expr(i)
        case .starred(let x): expr(x)
        case .slice(let a, let b, let c):
            if let a { expr(a) }; if let b { expr(b) }; if let c { expr(c) }
        }
    }
}
