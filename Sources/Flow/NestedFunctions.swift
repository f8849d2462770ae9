// NestedFunctions.swift — `def` and `lambda` inside run-time functions.
//
// RPYTHON.md allows nested functions and lambdas that do not rebind outer names and do not
// escape. Those that read no local variable of the enclosing function are plain functions:
// they become prebuilt function constants (one per definition, shared by every graph that
// builds it). Reading an enclosing local (a closure at run time) is reported as not supported
// yet, with the names involved.

import InitTime
import Syntax

extension FlowBuilder {

    func nestedFunction(_ def: FunctionDef, at loc: SourceLocation) throws -> PyFunction {
        if let f = numbering.nestedFunctions[ObjectIdentifier(def)] { return f }
        if !def.decorators.isEmpty {
            throw Diagnostic(.unsupported, "decorators on a nested function at run time are not supported", at: def.location)
        }
        var own = collectLocals(def)
        for a in def.args.posonlyargs + def.args.args + def.args.kwonlyargs { own.insert(a.name) }
        if let v = def.args.vararg { own.insert(v.name) }
        var used = Set<String>()
        collectNames(def.body, into: &used)
        let captured = used.subtracting(own).filter { localSet.contains($0) }.sorted()
        // A closure over locals of this function is lifted: the captured variables become
        // leading parameters, and calls made here pass their current values (late binding,
        // as in Python). Such a function must not escape the function that defines it.
        var lifted = def
        if !captured.isEmpty {
            var args = def.args
            args.posonlyargs = captured.map { Arg(name: $0, location: def.location) } + args.posonlyargs
            lifted = FunctionDef(name: def.name, args: args, body: def.body, decorators: [], returns: nil,
                                 location: def.location)
        }
        var defaults: [Value] = []
        for d in def.args.defaults {
            guard let v = constantValue(of: d) else {
                throw Diagnostic(.unsupported, "a default value computed at run time is not supported; use a constant", at: d.location)
            }
            defaults.append(v)
        }
        var kwDefaults: [String: Value] = [:]
        for (arg, d) in zip(def.args.kwonlyargs, def.args.kwDefaults) {
            guard let d = d else { continue }
            guard let v = constantValue(of: d) else {
                throw Diagnostic(.unsupported, "a default value computed at run time is not supported; use a constant", at: d.location)
            }
            kwDefaults[arg.name] = v
        }
        let f = PyFunction(def: lifted, name: def.name, qualname: function.qualname + ".<locals>." + def.name,
                           module: function.module, defaults: defaults, kwDefaults: kwDefaults,
                           closure: function.closure)
        numbering.nestedFunctions[ObjectIdentifier(def)] = f
        if !captured.isEmpty { numbering.capturedNames[ObjectIdentifier(f)] = captured }
        return f
    }

    func lambdaFunction(_ e: Expr, _ args: Arguments, _ body: Expr) throws -> PyFunction {
        let def: FunctionDef
        if let d = numbering.lambdaDefs[ObjectIdentifier(e)] {
            def = d
        } else {
            def = FunctionDef(name: "<lambda>", args: args, body: [Stmt(.return(body), body.location)],
                              decorators: [], returns: nil, location: e.location)
            numbering.lambdaDefs[ObjectIdentifier(e)] = def
        }
        return try nestedFunction(def, at: e.location)
    }
}

/// Every name read or written anywhere in these statements (nested scopes included).
func collectNames(_ body: [Stmt], into names: inout Set<String>) {
    for s in body { collectNames(s, into: &names) }
}

func collectNames(_ s: Stmt, into names: inout Set<String>) {
    func e(_ x: Expr?) { if let x = x { collectNames(x, into: &names) } }
    func b(_ body: [Stmt]) { collectNames(body, into: &names) }
    switch s.kind {
    case .functionDef(let d):
        d.args.defaults.forEach(e)
        b(d.body)
    case .classDef(let c): c.bases.forEach(e); b(c.body)
    case .return(let x): e(x)
    case .delete(let xs): xs.forEach(e)
    case .assign(let ts, let v): ts.forEach(e); e(v)
    case .augAssign(let t, _, let v): e(t); e(v)
    case .annAssign(let t, _, let v): e(t); e(v)
    case .for(let t, let it, let body, let orelse, _): e(t); e(it); b(body); b(orelse)
    case .while(let t, let body, let orelse): e(t); b(body); b(orelse)
    case .if(let t, let body, let orelse): e(t); b(body); b(orelse)
    case .with(let items, let body, _): for i in items { e(i.contextExpr); e(i.optionalVars) }; b(body)
    case .match(let subject, let cases): e(subject); for c in cases { e(c.guardExpr); b(c.body) }
    case .raise(let x, let c): e(x); e(c)
    case .try(let body, let handlers, let orelse, let fin):
        b(body); b(orelse); b(fin)
        for h in handlers { e(h.type); if let n = h.name { names.insert(n) }; b(h.body) }
    case .assert(let t, let m): e(t); e(m)
    case .expr(let x): e(x)
    case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: break
    }
}

func collectNames(_ x: Expr, into names: inout Set<String>) {
    if case .name(let n) = x.kind { names.insert(n) }
    visitChildren(x) { child in
        if let child = child { collectNames(child, into: &names) }
    }
}
