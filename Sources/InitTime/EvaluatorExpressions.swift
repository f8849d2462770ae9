// EvaluatorExpressions.swift — evaluation of expressions at init time.
//
// Part of stage 2 (see Evaluator.swift): names, constants, operators (delegated to
// Operators.swift), calls with positional/keyword/starred arguments, lambdas (one synthesized
// `FunctionDef` per lambda node, so identity is stable), comprehensions in their own scope,
// f-strings, subscripts and slices. Errors get the location of the innermost expression.

import OrderedCollections
import Syntax

extension Interpreter {
    func eval(_ e: Expr, _ f: Frame) throws -> Value {
        do {
            return try evalExpression(e, f)
        } catch {
            throw locate(error, e.location)
        }
    }

    private func evalExpression(_ e: Expr, _ f: Frame) throws -> Value {
        switch e.kind {
        case .name(let n):
            return try lookup(n, f)
        case .constant(let c):
            return try constant(c)
        case .boolOp(let op, let items):
            var v: Value = .none
            for item in items {
                v = try eval(item, f)
                let t = try truthy(v)
                if op == .and && !t { return v }
                if op == .or && t { return v }
            }
            return v
        case .namedExpr(let target, let value):
            let v = try eval(value, f)
            var scopeFrame = f
            while scopeFrame.kind == .comprehension, let p = scopeFrame.parent { scopeFrame = p }
            try assign(target, v, scopeFrame)
            return v
        case .binOp(let l, let op, let r):
            let a = try eval(l, f)
            let b = try eval(r, f)
            return try binaryOp(op, a, b)
        case .unaryOp(let op, let x):
            return try unaryOp(op, try eval(x, f))
        case .lambda(let args, let body):
            return .object(try makeLambda(e, args, body, f))
        case .ifExp(let test, let body, let orelse):
            return try eval(try truthy(try eval(test, f)) ? body : orelse, f)
        case .dict(let keys, let values):
            let d = PyDict()
            for (k, v) in zip(keys, values) {
                if let k {
                    d.entries[try hashKey(try eval(k, f))] = try eval(v, f)
                } else {
                    let other = try eval(v, f)
                    guard case .object(let o) = other, let od = o as? PyDict else {
                        throw typeError("'\(typeName(other))' object is not a mapping")
                    }
                    for (k2, v2) in od.entries { d.entries[k2] = v2 }
                }
            }
            return .object(d)
        case .set(let items):
            let s = PySet()
            for v in try evalItems(items, f) { s.items.append(try hashKey(v)) }
            return .object(s)
        case .list(let items):
            return .object(PyList(try evalItems(items, f)))
        case .tuple(let items):
            return .object(PyTuple(try evalItems(items, f)))
        case .listComp(let element, let gens):
            var result: [Value] = []
            try comprehension(e, gens, [element], f) { vals in result.append(vals[0]) }
            return .object(PyList(result))
        case .generatorExp(let element, let gens):
            var result: [Value] = []
            try comprehension(e, gens, [element], f) { vals in result.append(vals[0]) }
            return .object(PyIterator(items: result))
        case .setComp(let element, let gens):
            let s = PySet()
            try comprehension(e, gens, [element], f) { vals in s.items.append(try self.hashKey(vals[0])) }
            return .object(s)
        case .dictComp(let key, let value, let gens):
            let d = PyDict()
            try comprehension(e, gens, [key, value], f) { vals in d.entries[try self.hashKey(vals[0])] = vals[1] }
            return .object(d)
        case .await:
            throw unsupported("'await'")
        case .yield(let x):
            guard f.generator != nil else { throw unsupported("'yield' outside a function") }
            try yieldValue(try x.map { try eval($0, f) } ?? .none, f)
            return .none
        case .yieldFrom(let x):
            guard f.generator != nil else { throw unsupported("'yield from' outside a function") }
            let it = try iterator(try eval(x, f))
            while let item = try it.next() { try yieldValue(item, f) }
            return it.returnValue
        case .compare(let left, let ops, let rights):
            var a = try eval(left, f)
            for (op, r) in zip(ops, rights) {
                let b = try eval(r, f)
                if !(try compare(op, a, b)) { return .bool(false) }
                a = b
            }
            return .bool(true)
        case .call(let fn, let args, let keywords):
            return try evalCall(e, fn, args, keywords, f)
        case .joinedStr(let parts):
            var s = ""
            for p in parts {
                let v = try eval(p, f)
                if case .str(let piece) = v { s += piece } else { s += try strOf(v) }
            }
            return .str(s)
        case .formattedValue(let valueExpr, let conversion, let specExpr):
            var v = try eval(valueExpr, f)
            switch conversion {
            case "r"?: v = .str(try reprOf(v))
            case "s"?: v = .str(try strOf(v))
            case "a"?: v = .str(asciiEscaped(try reprOf(v)))
            default: break
            }
            var spec = ""
            if let specExpr, case .str(let s) = try eval(specExpr, f) { spec = s }
            return .str(try format(v, spec))
        case .attribute(let obj, let name):
            return try getAttribute(try eval(obj, f), name)
        case .subscript(let obj, let index):
            let container = try eval(obj, f)
            return try getItem(container, try eval(index, f))
        case .starred:
            throw InitFailure(.initTimeError, "can't use starred expression here", at: e.location)
        case .slice(let lower, let upper, let step):
            let s = PySlice(lower: try lower.map { try eval($0, f) } ?? .none,
                            upper: try upper.map { try eval($0, f) } ?? .none,
                            step: try step.map { try eval($0, f) } ?? .none)
            return .object(s)
        }
    }

    /// The most items init-time code may draw from one iterator into a sequence: an endless
    /// generator given to `list()` must end in a diagnostic, not in exhausted memory.
    nonisolated(unsafe) static var maximumYields = 10_000_000

    func constant(_ c: Constant) throws -> Value {
        switch c {
        case .none: return .none
        case .ellipsis: return builtins.dict["Ellipsis"] ?? .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits):
            if allowBigInts, let v = Int128(digits) { return .object(PyBigInt(v)) }
            throw InitFailure(.initTimeError, "integer overflow at init time: the literal \(digits) does not fit in 64 bits")
        case .float(let d): return .float(d)
        case .imaginary: throw unsupported("complex numbers")
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// Items of a list/tuple/set display, expanding `*iterable`.
    func evalItems(_ items: [Expr], _ f: Frame) throws -> [Value] {
        var result: [Value] = []
        for item in items {
            if case .starred(let inner) = item.kind {
                result += try iterate(try eval(inner, f))
            } else {
                result.append(try eval(item, f))
            }
        }
        return result
    }

    private func evalCall(_ e: Expr, _ fnExpr: Expr, _ argExprs: [Expr], _ keywords: [Keyword],
                          _ f: Frame) throws -> Value {
        let fn = try eval(fnExpr, f)
        // `super()` without arguments reads the method's class cell and first argument.
        if argExprs.isEmpty, keywords.isEmpty, case .object(let o) = fn, let b = o as? PyBuiltin,
           b.name == "super" {
            return try zeroArgumentSuper(f)
        }
        // Inside `ovfcheck(...)` overflow raises OverflowError; inside the word-wrapping
        // intrinsics (`r_uint(0xFFFFFFFFFFFFFFFF)`, `intmask(...)`) wide integers are fine.
        var isOvfcheck = false, wraps = false
        if case .object(let o) = fn, let b = o as? PyBuiltin {
            isOvfcheck = b.name == "rlib.rarithmetic.ovfcheck"
            wraps = Interpreter.wrappingIntrinsics.contains(b.name)
        }
        let savedOverflow = overflowRaises, savedBig = allowBigInts
        overflowRaises = isOvfcheck
        if wraps { allowBigInts = true }
        defer { overflowRaises = savedOverflow; allowBigInts = savedBig }
        var args: [Value] = []
        for a in argExprs {
            if case .starred(let inner) = a.kind {
                args += try iterate(try eval(inner, f))
            } else {
                args.append(try eval(a, f))
            }
        }
        var kwargs: OrderedDictionary<String, Value> = [:]
        for k in keywords {
            let v = try eval(k.value, f)
            if let name = k.name {
                if kwargs[name] != nil { throw typeError("keyword argument repeated: \(name)") }
                kwargs[name] = v
            } else {
                guard case .object(let o) = v, let d = o as? PyDict else {
                    throw typeError("argument after ** must be a mapping, not \(typeName(v))")
                }
                for (key, value) in d.entries {
                    guard case .str(let name) = key.value else { throw typeError("keywords must be strings") }
                    if kwargs[name] != nil { throw typeError("got multiple values for keyword argument '\(name)'") }
                    kwargs[name] = value
                }
            }
        }
        overflowRaises = false
        allowBigInts = savedBig
        callSites.append(e.location)
        defer { callSites.removeLast() }
        return try call(fn, args, kwargs)
    }

    private func zeroArgumentSuper(_ f: Frame) throws -> Value {
        guard f.kind == .function, let fn = f.function, case .object(let co)? = f.closure["__class__"]?.value,
              let klass = co as? PyClass else {
            throw pyError("RuntimeError", "super(): no arguments")
        }
        let params = fn.def.args.posonlyargs + fn.def.args.args
        guard let first = params.first, let receiver = f.cells[first.name]?.value else {
            throw pyError("RuntimeError", "super(): no arguments")
        }
        return .object(PySuper(thisClass: klass, receiver: receiver))
    }

    private func makeLambda(_ e: Expr, _ args: Arguments, _ body: Expr, _ f: Frame) throws -> PyFunction {
        let key = ObjectIdentifier(e)
        let def: FunctionDef
        if let d = lambdaDefs[key] { def = d } else {
            def = FunctionDef(name: "<lambda>", args: args, body: [Stmt(.return(body), body.location)],
                              decorators: [], returns: nil, location: e.location)
            lambdaDefs[key] = def
        }
        let defaults = try args.defaults.map { try eval($0, f) }
        var kwDefaults: [String: Value] = [:]
        for (arg, d) in zip(args.kwonlyargs, args.kwDefaults) {
            if let d { kwDefaults[arg.name] = try eval(d, f) }
        }
        return PyFunction(def: def, name: "<lambda>", qualname: qualname("<lambda>", f), module: f.module,
                          defaults: defaults, kwDefaults: kwDefaults, closure: capture(scope(of: def).free, from: f))
    }

    /// Runs a comprehension in its own scope; `emit` receives the element values per iteration.
    private func comprehension(_ node: Expr, _ gens: [Comprehension], _ elements: [Expr], _ f: Frame,
                               _ emit: ([Value]) throws -> Void) throws {
        let key = ObjectIdentifier(node)
        let info: ScopeInfo
        if let s = scopeCache[key] { info = s } else {
            info = ScopeAnalyzer.comprehension(gens, elements: elements)
            scopeCache[key] = info
        }
        guard let first = gens.first else { return }
        if first.isAsync { throw unsupported("'async for' in a comprehension") }
        let firstIterable = try eval(first.iter, f)
        var visible = f.closure
        if f.kind == .function || f.kind == .comprehension {
            for (k, c) in f.cells { visible[k] = c }
        }
        let frame = Frame(kind: .comprehension, module: f.module, scope: info, closure: visible,
                          function: f.function, parent: f)
        var count = 0
        try runGenerators(gens[...], firstIterable, elements, frame) { values in
            count += 1
            if count > Interpreter.maximumYields {
                throw InitFailure(.unsupported,
                                  "a comprehension producing more than \(Interpreter.maximumYields) values is not supported at init time (over an endless generator?)")
            }
            try emit(values)
        }
    }

    private func runGenerators(_ gens: ArraySlice<Comprehension>, _ iterable: Value?, _ elements: [Expr],
                               _ frame: Frame, _ emit: ([Value]) throws -> Void) throws {
        guard let g = gens.first else {
            try emit(try elements.map { try eval($0, frame) })
            return
        }
        if g.isAsync { throw unsupported("'async for' in a comprehension") }
        let it = try iterator(try iterable ?? eval(g.iter, frame))
        outer: while let item = try it.next() {
            try assign(g.target, item, frame)
            for cond in g.ifs where !(try truthy(try eval(cond, frame))) { continue outer }
            try runGenerators(gens.dropFirst(), nil, elements, frame, emit)
        }
    }
}

/// A `slice` object (only as a subscript at init time).
final class PySlice: PyObject {
    let lower: Value, upper: Value, step: Value
    init(lower: Value, upper: Value, step: Value) {
        self.lower = lower
        self.upper = upper
        self.step = step
    }
}

/// The object `super()` returns: attribute lookup starts after `thisClass` in the receiver's MRO.
final class PySuper: PyObject {
    let thisClass: PyClass
    let receiver: Value
    init(thisClass: PyClass, receiver: Value) {
        self.thisClass = thisClass
        self.receiver = receiver
    }
}
