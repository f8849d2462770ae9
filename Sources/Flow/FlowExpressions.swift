// FlowExpressions.swift — expressions, assignment targets and calls for the flow-graph builder.
//
// Names resolve to locals (the environment), closure cells, module globals or builtins; the
// last three are init-time constants. Attributes of constant modules and classes fold to
// constants. f-strings and `%`-formatting with a constant format become `format` operations
// (one per field) joined by `buildstr`; comprehensions become loops that fill a new container.

import InitTime
import Syntax

extension FlowBuilder {

    /// `object.__init__` / `BaseException.__init__`, called explicitly from a subclass.
    static let builtinInit = PyBuiltin(name: "builtin.__init__") { _, _ in .none }

    // MARK: - Constant resolution

    /// The value of a name or attribute chain when it is an init-time constant (a global, a
    /// builtin, a module or class attribute), without emitting anything.
    func constantValue(of e: Expr) -> Value? {
        switch e.kind {
        case .name(let n):
            if localSet.contains(n) { return nil }
            if let cell = function.closure[n] { return cell.value }
            if let v = function.module.dict[n] { return v }
            return builtins.dict[n]
        case .attribute(let base, let attr):
            guard let b = constantValue(of: base), case .object(let o) = b else { return nil }
            return attributeOfConstant(o, attr)
        case .constant(let c):
            return try? constantLiteral(c, at: e.location)
        default:
            return nil
        }
    }

    /// Attributes that fold at build time: module globals and class attributes.
    func attributeOfConstant(_ o: PyObject, _ attr: String) -> Value? {
        if let m = o as? PyModule { return m.dict[attr] }
        if let c = o as? PyClass {
            guard let v = c.lookup(attr) else {
                // Base.__init__(self, ...) where Base is a built-in class (object, Exception)
                if attr == "__init__" && c.mro.contains(where: { $0.builtin != nil }) {
                    return .object(FlowBuilder.builtinInit)
                }
                return nil
            }
            if case .object(let f) = v, let sm = f as? PyStaticMethod { return sm.function }
            if case .object(let f) = v, f is PyClassMethod { return nil }
            return v
        }
        return nil
    }

    func builtinName(_ v: Value?) -> String? {
        if case .object(let o)? = v, let b = o as? PyBuiltin { return b.name }
        return nil
    }

    func constantLiteral(_ c: Constant, at loc: SourceLocation) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .bigInt(let digits):
            throw Diagnostic(.translationError, "integer literal \(digits) does not fit in a 64-bit machine word", at: loc)
        case .imaginary:
            throw Diagnostic(.unsupported, "complex numbers are not RPython", at: loc)
        case .ellipsis:
            throw Diagnostic(.unsupported, "'...' is not RPython at run time", at: loc)
        }
    }

    // MARK: - Expressions

    func truth(_ e: Expr) throws -> FlowValue {
        let v = try expression(e)
        return emit("is_true", [v], at: e.location)
    }

    /// A test as control flow: the exits taken when it is false and when it is true. `and`,
    /// `or` and `not` become branches rather than values, so that what a test proves (e.g.
    /// `isinstance(x, A) and x.field`) holds on the branch it leads to.
    func condition(_ e: Expr) throws -> (falses: [PendingExit], trues: [PendingExit]) {
        switch e.kind {
        case .unaryOp(.not, let operand):
            let (f, t) = try condition(operand)
            return (t, f)
        case .boolOp(let op, let values):
            var shortCircuit: [PendingExit] = []
            for (i, v) in values.enumerated() {
                let (f, t) = try condition(v)
                if i == values.count - 1 {
                    return op == .and ? (shortCircuit + f, t) : (f, shortCircuit + t)
                }
                if op == .and { shortCircuit += f; join(t) } else { shortCircuit += t; join(f) }
            }
            return (shortCircuit, [])
        default:
            let (f, t) = branch(on: try truth(e))
            return ([f], [t])
        }
    }

    func expression(_ e: Expr) throws -> FlowValue {
        let loc = e.location
        switch e.kind {
        case .constant(let c):
            return .constant(try constantLiteral(c, at: loc))
        case .name(let n):
            if let f = closureBindings[prefix + n] as? PyFunction {
                return try closureValue(f, at: loc)
            }
            return try loadName(n, at: loc)
        case .attribute(let base, let attr):
            let b = try expression(base)
            if case .constant(.object(let o)) = b, o is PyModule || o is PyClass {
                guard let v = attributeOfConstant(o, attr) else {
                    throw Diagnostic(.translationError, "\(describeConstant(.object(o))) has no attribute '\(attr)' known at init time", at: loc)
                }
                return .constant(v)
            }
            return emit("getattr", [b], at: loc, extra: .name(attr), hint: attr)
        case .binOp(let l, let op, let r):
            if op == .mod, case .constant(.str(let fmt)) = l.kind {
                return try percentFormat(fmt, r, at: loc)
            }
            let a = try expression(l)
            let b = try expression(r)
            return emit(binaryOpName(op), [a, b], at: loc)
        case .unaryOp(let op, let operand):
            let v = try expression(operand)
            switch op {
            case .not: return emit("bool_not", [emit("is_true", [v], at: loc)], at: loc)
            case .minus:
                if case .constant(.int(let i)) = v, i != Int.min { return .constant(.int(-i)) }
                if case .constant(.float(let d)) = v { return .constant(.float(-d)) }
                return emit("neg", [v], at: loc)
            case .plus: return emit("pos", [v], at: loc)
            case .invert: return emit("invert", [v], at: loc)
            }
        case .boolOp(let op, let values):
            return try booleanOperation(op, values, at: loc)
        case .compare(let first, let ops, let rest):
            return try comparison(first, ops, rest, at: loc)
        case .ifExp(let test, let body, let orelse):
            let (f, t) = try condition(test)
            let tmp = hiddenName("ifexp")
            join(t)
            bind(tmp, try expression(body))
            var ends = pathEnd()
            join(f)
            bind(tmp, try expression(orelse))
            ends += pathEnd()
            join(ends)
            return env[tmp] ?? .constant(.none)
        case .call(let callee, let args, let keywords):
            return try call(callee, args, keywords, at: loc)
        case .subscript(let base, let index):
            let b = try expression(base)
            if case .slice(let lower, let upper, let step) = index.kind {
                let lo = try lower.map { try expression($0) } ?? .constant(.none)
                let hi = try upper.map { try expression($0) } ?? .constant(.none)
                let st = try step.map { try expression($0) } ?? .constant(.none)
                return emit("getslice", [b, lo, hi, st], at: loc)
            }
            return emit("getitem", [b, try expression(index)], at: loc)
        case .tuple(let items):
            let values = try items.map { try expression($0) }
            if values.allSatisfy({ $0.constant != nil }) {
                return .constant(.object(PyTuple(values.map { $0.constant! })))
            }
            return emit("newtuple", values, at: loc)
        case .list(let items):
            return emit("newlist", try items.map { try expression($0) }, at: loc)
        case .set(let items):
            return emit("newset", try items.map { try expression($0) }, at: loc)
        case .dict(let keys, let values):
            var args: [FlowValue] = []
            for (k, v) in zip(keys, values) {
                guard let k = k else {
                    throw Diagnostic(.unsupported, "'**' in a dict display is not RPython", at: v.location)
                }
                args.append(try expression(k))
                args.append(try expression(v))
            }
            return emit("newdict", args, at: loc)
        case .listComp(let element, let generators):
            return try comprehension(kind: "newlist", generators, at: loc) { container in
                let v = try self.expression(element)
                self.emit("call_method", [container, v], at: loc, extra: .methodCall("append", CallShape(positional: 1)))
            }
        case .generatorExp(let element, let generators):
            // Generator expressions may only be consumed directly (list(), sum(), any(),
            // all(), "".join(), ...): they are materialized as a list.
            return try comprehension(kind: "newlist", generators, at: loc) { container in
                let v = try self.expression(element)
                self.emit("call_method", [container, v], at: loc, extra: .methodCall("append", CallShape(positional: 1)))
            }
        case .setComp(let element, let generators):
            return try comprehension(kind: "newset", generators, at: loc) { container in
                let v = try self.expression(element)
                self.emit("call_method", [container, v], at: loc, extra: .methodCall("add", CallShape(positional: 1)))
            }
        case .dictComp(let key, let value, let generators):
            return try comprehension(kind: "newdict", generators, at: loc) { container in
                let k = try self.expression(key)
                let v = try self.expression(value)
                self.emit("setitem", [container, k, v], at: loc)
            }
        case .joinedStr(let parts):
            return try fString(parts, at: loc)
        case .formattedValue:
            return try fString([e], at: loc)
        case .namedExpr(let target, let value):
            let v = try expression(value)
            try assign(target, v)
            return v
        case .lambda(let args, let body):
            let f = try lambdaFunction(e, args, body)
            if numbering.capturedNames[ObjectIdentifier(f)] != nil {
                return try closureValue(f, at: loc)
            }
            return .constant(.object(f))
        case .starred:
            throw Diagnostic(.unsupported, "a starred expression here is not RPython (only '*args' in a call, with a tuple)", at: loc)
        case .yield, .yieldFrom:
            throw Diagnostic(.unsupported, "generators at run time are not supported yet", at: loc)
        case .await:
            throw Diagnostic(.unsupported, "'await' is not RPython", at: loc)
        case .slice:
            throw Diagnostic(.translationError, "a slice is only allowed as an index", at: loc)
        }
    }

    func hiddenName(_ base: String) -> String {
        hiddenCounter += 1
        return "#\(base)\(hiddenCounter)"
    }

    func loadName(_ n: String, at loc: SourceLocation) throws -> FlowValue {
        if localSet.contains(n) {
            guard let v = env[prefix + n] else {
                throw Diagnostic(.translationError,
                                 "local variable '\(n)' may be used before it is assigned (it is not assigned on every path to here)",
                                 at: loc)
            }
            return v
        }
        if let cell = function.closure[n] {
            guard let v = cell.value else {
                throw Diagnostic(.translationError, "free variable '\(n)' has no value at init time", at: loc)
            }
            return .constant(v)
        }
        if let v = function.module.dict[n] { return .constant(v) }
        if let v = builtins.dict[n] { return .constant(v) }
        throw Diagnostic(.translationError, "name '\(n)' is not defined", at: loc)
    }

    func binaryOpName(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .matMul: return "matmul"
        case .div: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lShift: return "lshift"
        case .rShift: return "rshift"
        case .bitOr: return "or_"
        case .bitXor: return "xor"
        case .bitAnd: return "and_"
        }
    }

    /// `a and b` / `a or b`: the value of the operand that decided, short-circuiting.
    func booleanOperation(_ op: BoolOperator, _ values: [Expr], at loc: SourceLocation) throws -> FlowValue {
        let tmp = hiddenName("boolop")
        var ends: [PendingExit] = []
        for (i, e) in values.enumerated() {
            let v = try expression(e)
            bind(tmp, v)
            if i == values.count - 1 {
                ends += pathEnd()
                break
            }
            let (f, t) = branch(on: emit("is_true", [v], at: loc))
            // `and` stops at the first false operand, `or` at the first true one.
            if op == .and { ends.append(f); join([t]) } else { ends.append(t); join([f]) }
        }
        join(ends)
        return env[tmp]!
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    func comparison(_ first: Expr, _ ops: [CompareOperator], _ rest: [Expr],
                    at loc: SourceLocation) throws -> FlowValue {
        var left = try expression(first)
        if ops.count == 1 {
            return compareOp(ops[0], left, try expression(rest[0]), at: loc)
        }
        let tmp = hiddenName("cmp")
        var ends: [PendingExit] = []
        for (i, op) in ops.enumerated() {
            let right = try expression(rest[i])
            let r = compareOp(op, left, right, at: loc)
            bind(tmp, r)
            if i == ops.count - 1 { ends += pathEnd(); break }
            let (f, t) = branch(on: r)
            ends.append(f)
            join([t])
            left = right
        }
        join(ends)
        return env[tmp]!
    }

    func compareOp(_ op: CompareOperator, _ a: FlowValue, _ b: FlowValue, at loc: SourceLocation) -> FlowValue {
        switch op {
        case .eq: return emit("eq", [a, b], at: loc)
        case .notEq: return emit("ne", [a, b], at: loc)
        case .lt: return emit("lt", [a, b], at: loc)
        case .ltE: return emit("le", [a, b], at: loc)
        case .gt: return emit("gt", [a, b], at: loc)
        case .gtE: return emit("ge", [a, b], at: loc)
        case .is: return emit("is_", [a, b], at: loc)
        case .isNot: return emit("bool_not", [emit("is_", [a, b], at: loc)], at: loc)
        case .in: return emit("contains", [b, a], at: loc)
        case .notIn: return emit("bool_not", [emit("contains", [b, a], at: loc)], at: loc)
        }
    }

    // MARK: - Calls

    func call(_ callee: Expr, _ args: [Expr], _ keywords: [Keyword], at loc: SourceLocation) throws -> FlowValue {
        // super().name(...) inside a method: the base class's implementation, called directly.
        if case .attribute(let base, let name) = callee.kind, case .call(let s, let sargs, _) = base.kind,
           sargs.isEmpty || sargs.count == 2, case .name("super") = s.kind, !localSet.contains("super") {
            return try superCall(name, args, keywords, at: loc)
        }
        // Method call syntax: obj.name(...) on a run-time object.
        if case .attribute(let base, let name) = callee.kind {
            let receiver = try expression(base)
            var isConstantNamespace = false
            if case .constant(.object(let o)) = receiver, o is PyModule || o is PyClass {
                isConstantNamespace = true
                if let c = o as? PyClass, case .object(let m)? = c.lookup(name), let cm = m as? PyClassMethod {
                    let (values, shape) = try callArguments(args, keywords)
                    return emit("call", [.constant(cm.function), receiver] + values, at: loc,
                                extra: .callShape(CallShape(positional: shape.positional + 1, keywords: shape.keywords,
                                                            hasStarArgs: shape.hasStarArgs)))
                }
            }
            if !isConstantNamespace {
                let (values, shape) = try callArguments(args, keywords)
                return emit("call_method", [receiver] + values, at: loc, extra: .methodCall(name, shape), hint: name)
            }
        }
        let f = try expression(callee)
        if builtinName(f.constant) == "sys.exit", let systemExit = builtinClass("SystemExit") {
            // sys.exit(x) raises SystemExit(x), so that finally clauses run as on CPython
            let (values, shape) = try callArguments(args, keywords)
            let exc = emit("call", [.constant(.object(systemExit))] + values, at: loc, extra: .callShape(shape))
            emit("raise", [exc], at: loc)
            current = nil
            return .constant(.none)
        }
        if builtinName(f.constant) == "rlib.rarithmetic.r_uint", args.count == 1, keywords.isEmpty,
           case .constant(.bigInt(let digits)) = args[0].kind {
            // r_uint(0xFFFFFFFFFFFFFFFF): an unsigned word literal above 2**63
            guard let u = UInt(digits) else {
                throw Diagnostic(.translationError, "integer literal \(digits) does not fit in an unsigned 64-bit word", at: args[0].location)
            }
            return .constant(.uint(u))
        }
        if builtinName(f.constant) == "rlib.rarithmetic.ovfcheck", args.count == 1, keywords.isEmpty {
            return try overflowChecked(args[0], at: loc)
        }
        // getattr(x, "name") / setattr(x, "name", v) / hasattr with a constant name are plain
        // attribute operations.
        if let b = builtinName(f.constant), ["getattr", "setattr"].contains(b), keywords.isEmpty,
           args.count == (b == "getattr" ? 2 : 3) {
            guard case .constant(.str(let name)) = try expression(args[1]) else {
                throw Diagnostic(.unsupported,
                                 "\(b)() with a name computed at run time is not RPython: the attribute name must be a constant",
                                 at: args[1].location)
            }
            let obj = try expression(args[0])
            if b == "getattr" {
                if case .constant(.object(let o)) = obj, o is PyModule || o is PyClass, let v = attributeOfConstant(o, name) {
                    return .constant(v)
                }
                return emit("getattr", [obj], at: loc, extra: .name(name), hint: name)
            }
            emit("setattr", [obj, try expression(args[2])], at: loc, extra: .name(name))
            return .constant(.none)
        }
        var (values, shape) = try callArguments(args, keywords)
        var lifted: PyObject? = nil
        if case .constant(.object(let o)) = f { lifted = o }
        if case .name(let n) = callee.kind, let o = closureBindings[prefix + n] { lifted = o }
        if let o = lifted, let captured = numbering.capturedNames[ObjectIdentifier(o)] {
            // a lifted closure: pass the captured locals' current values first
            let capturedValues = try captured.map { try capturedValue($0, at: loc) }
            values = capturedValues + values
            shape.positional += captured.count
        }
        let calleeValue: FlowValue = lifted.map { .constant(.object($0)) } ?? f
        return emit("call", [calleeValue] + values, at: loc, extra: .callShape(shape))
    }

    /// The value a closure captures for `name`: another closure is captured as a value.
    func capturedValue(_ name: String, at loc: SourceLocation) throws -> FlowValue {
        if let f = closureBindings[prefix + name] as? PyFunction {
            guard !closuresBeingBuilt.contains(ObjectIdentifier(f)) else {
                throw Diagnostic(.unsupported, "nested function '\(f.name)' refers to itself while reading enclosing locals: recursive closures are not supported; define it at module level",
                                 at: loc)
            }
            closuresBeingBuilt.insert(ObjectIdentifier(f))
            defer { closuresBeingBuilt.remove(ObjectIdentifier(f)) }
            return try closureValue(f, at: loc)
        }
        return try loadName(name, at: loc)
    }

    /// A lifted closure used as a value: the function with the current values of the locals it
    /// captured (`newclosure`); calling it passes them first.
    func closureValue(_ f: PyFunction, at loc: SourceLocation) throws -> FlowValue {
        let captured = numbering.capturedNames[ObjectIdentifier(f)] ?? []
        let values = try captured.map { try capturedValue($0, at: loc) }
        return emit("newclosure", [.constant(.object(f))] + values, at: loc, hint: f.name)
    }

    /// `super().name(args)` in a method of class C: calls B.name(self, args) where B is C's base.
    func superCall(_ name: String, _ args: [Expr], _ keywords: [Keyword], at loc: SourceLocation) throws -> FlowValue {
        guard let owner = owningClass(of: function), let base = owner.bases.first else {
            throw Diagnostic(.unsupported, "super() outside a method of a class with a base class", at: loc)
        }
        let params = function.def.args.posonlyargs + function.def.args.args
        guard let selfName = params.first?.name else {
            throw Diagnostic(.unsupported, "super() in a method without a self parameter", at: loc)
        }
        let selfValue = try loadName(selfName, at: loc)
        let target: Value
        if let v = base.lookup(name) {
            if case .object(let o) = v, let sm = o as? PyStaticMethod {
                let (values, shape) = try callArguments(args, keywords)
                return emit("call", [.constant(sm.function)] + values, at: loc, extra: .callShape(shape))
            }
            // in a classmethod, the first parameter is the class: pass it on
            if case .object(let o) = v, let cm = o as? PyClassMethod {
                target = cm.function
            } else {
                target = v
            }
        } else if name == "__init__" {
            target = .object(FlowBuilder.builtinInit)
        } else {
            throw Diagnostic(.translationError, "super(): \(base.qualname) has no attribute '\(name)'", at: loc)
        }
        var (values, shape) = try callArguments(args, keywords)
        values.insert(selfValue, at: 0)
        shape.positional += 1
        return emit("call", [.constant(target)] + values, at: loc, extra: .callShape(shape))
    }

    /// The class whose body defined `f` (searched in f's module).
    func owningClass(of f: PyFunction) -> PyClass? {
        var seen = Set<ObjectIdentifier>()
        func search(_ values: [Value]) -> PyClass? {
            for case .object(let o) in values {
                guard let c = o as? PyClass, seen.insert(ObjectIdentifier(c)).inserted else { continue }
                for v in c.dict.values {
                    if case .object(let m) = v, m === f { return c }
                    if case .object(let m as PyStaticMethod) = v, case .object(let g) = m.function, g === f { return c }
                    if case .object(let m as PyClassMethod) = v, case .object(let g) = m.function, g === f { return c }
                }
                if let inner = search(Array(c.dict.values)) { return inner }
            }
            return nil
        }
        return search(Array(f.module.dict.values))
    }

    /// Positional values (a `*args` tuple last), then keyword values in source order.
    func callArguments(_ args: [Expr], _ keywords: [Keyword]) throws -> ([FlowValue], CallShape) {
        var positional: [FlowValue] = []
        var star: FlowValue? = nil
        for a in args {
            if case .starred(let inner) = a.kind {
                guard star == nil else {
                    throw Diagnostic(.unsupported, "only one '*args' per call is RPython", at: a.location)
                }
                star = try expression(inner)
            } else {
                guard star == nil else {
                    throw Diagnostic(.unsupported, "positional arguments after '*args' are not RPython", at: a.location)
                }
                positional.append(try expression(a))
            }
        }
        var names: [String] = []
        var kwValues: [FlowValue] = []
        for k in keywords {
            guard let name = k.name else {
                throw Diagnostic(.unsupported, "'**kwargs' in a call is not RPython", at: k.location)
            }
            names.append(name)
            kwValues.append(try expression(k.value))
        }
        let shape = CallShape(positional: positional.count, keywords: names, hasStarArgs: star != nil)
        return (positional + kwValues + (star.map { [$0] } ?? []), shape)
    }

    /// `ovfcheck(a OP b)`: checked arithmetic that raises OverflowError.
    func overflowChecked(_ e: Expr, at loc: SourceLocation) throws -> FlowValue {
        switch e.kind {
        case .binOp(let l, let op, let r):
            let name: String
            switch op {
            case .add: name = "add_ovf"
            case .sub: name = "sub_ovf"
            case .mul: name = "mul_ovf"
            case .lShift: name = "lshift_ovf"
            case .floorDiv: name = "floordiv_ovf"
            case .mod: name = "mod_ovf"
            default:
                throw Diagnostic(.unsupported, "ovfcheck() of '\(op.rawValue)' is not supported", at: e.location)
            }
            // On CPython, ovfcheck() sees the exact value of the whole expression: every
            // arithmetic step inside it is checked, not only the last.
            return emit(name, [try checkedOperand(l, at: loc), try checkedOperand(r, at: loc)], at: loc)
        case .unaryOp(.minus, let operand):
            return emit("neg_ovf", [try checkedOperand(operand, at: loc)], at: loc)
        default:
            throw Diagnostic(.translationError, "ovfcheck() takes one arithmetic operation, like ovfcheck(a + b)", at: e.location)
        }
    }

    func checkedOperand(_ e: Expr, at loc: SourceLocation) throws -> FlowValue {
        switch e.kind {
        case .binOp(_, let op, _) where [.add, .sub, .mul, .lShift].contains(op):
            return try overflowChecked(e, at: loc)
        case .unaryOp(.minus, let operand):
            if case .constant = operand.kind { return try expression(e) }
            return try overflowChecked(e, at: loc)
        default:
            return try expression(e)
        }
    }

    // MARK: - Comprehensions

    func comprehension(kind: String, _ generators: [Comprehension], at loc: SourceLocation,
                       body: @escaping (FlowValue) throws -> Void) throws -> FlowValue {
        let container = emit(kind, [], at: loc)
        let name = hiddenName("comp")
        bind(name, container)
        // Comprehension variables are local to the comprehension (Python 3): remember what
        // they were bound to outside.
        var targets: [String] = []
        for g in generators { collectTargetNames(g.target, into: &targets) }
        let saved = targets.map { ($0, env[prefix + $0], localSet.contains($0)) }
        try comprehensionLevel(generators[...], at: loc) { try body(self.env[name]!) }
        for (n, v, wasLocal) in saved {
            env[prefix + n] = v
            if !wasLocal { localSet.remove(n) }
        }
        return env[name] ?? container
    }

    private func comprehensionLevel(_ generators: ArraySlice<Comprehension>, at loc: SourceLocation,
                                    body: @escaping () throws -> Void) throws {
        guard let g = generators.first else {
            try body()
            return
        }
        if g.isAsync { throw Diagnostic(.unsupported, "async comprehensions are not RPython", at: loc) }
        let rest = generators.dropFirst()
        try buildForLoop(target: g.target, iter: g.iter, at: loc) {
            // each `if` clause skips to the next item when false
            var skips: [PendingExit] = []
            for cond in g.ifs {
                let (f, t) = try self.condition(cond)
                skips += f
                self.join(t)
            }
            try self.comprehensionLevel(rest, at: loc, body: body)
            self.join(self.pathEnd() + skips)
        }
    }

    func collectTargetNames(_ e: Expr, into names: inout [String]) {
        switch e.kind {
        case .name(let n): names.append(n)
        case .tuple(let items), .list(let items): for i in items { collectTargetNames(i, into: &names) }
        default: break
        }
    }

    /// A `for` loop whose body is produced by a closure (used by comprehensions).
    func buildForLoop(target: Expr, iter: Expr, at loc: SourceLocation, body: @escaping () throws -> Void) throws {
        let marker = Stmt(.pass, loc)
        bodyHooks[ObjectIdentifier(marker)] = body
        try buildFor(target, iter, [marker], [], at: loc)
        bodyHooks[ObjectIdentifier(marker)] = nil
    }

    // MARK: - Strings

    /// f"...": one `format` per replacement field, then `buildstr` of all the parts.
    func fString(_ parts: [Expr], at loc: SourceLocation) throws -> FlowValue {
        var values: [FlowValue] = []
        for p in parts {
            switch p.kind {
            case .constant(.str(let s)):
                if !s.isEmpty { values.append(.constant(.str(s))) }
            case .formattedValue(let value, let conversion, let spec):
                var specText = ""
                if let spec = spec {
                    guard let text = constantFString(spec) else {
                        throw Diagnostic(.unsupported, "a format spec computed at run time is not supported", at: spec.location)
                    }
                    specText = text
                }
                let v = try expression(value)
                let conv = conversion.map { String($0) } ?? ""
                values.append(emit("format", [v], at: p.location, extra: .format(conv + "|" + specText)))
            default:
                values.append(emit("format", [try expression(p)], at: p.location, extra: .format("|")))
            }
        }
        if values.count == 1, case .constant = values[0] { return values[0] }
        if values.isEmpty { return .constant(.str("")) }
        return emit("buildstr", values, at: loc)
    }

    func constantFString(_ e: Expr) -> String? {
        switch e.kind {
        case .constant(.str(let s)): return s
        case .joinedStr(let parts):
            var out = ""
            for p in parts {
                guard case .constant(.str(let s)) = p.kind else { return nil }
                out += s
            }
            return out
        default: return nil
        }
    }

    /// `"fmt" % args` with a constant format: each directive becomes a `format` operation
    /// with the equivalent format spec (`%5d` -> ">5d", `%-8s` -> "<8", `%.2f` -> ".2f").
    func percentFormat(_ fmt: String, _ argsExpr: Expr, at loc: SourceLocation) throws -> FlowValue {
        let scalars = Array(fmt.unicodeScalars)
        var pieces: [(literal: String?, spec: (conv: String, spec: String)?)] = []
        var literal = ""
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c != "%" { literal.unicodeScalars.append(c); i += 1; continue }
            i += 1
            guard i < scalars.count else {
                throw Diagnostic(.translationError, "incomplete format: '%' at the end of the format string", at: loc)
            }
            if scalars[i] == "%" { literal += "%"; i += 1; continue }
            var flags = ""
            while i < scalars.count, "-+ 0#".unicodeScalars.contains(scalars[i]) { flags.unicodeScalars.append(scalars[i]); i += 1 }
            var width = ""
            while i < scalars.count, scalars[i].properties.numericType != nil, scalars[i].isASCII { width.unicodeScalars.append(scalars[i]); i += 1 }
            var precision = ""
            if i < scalars.count, scalars[i] == "." {
                precision = "."
                i += 1
                if i < scalars.count, scalars[i] == "*" {     // precision given as an argument
                    precision = ".*"
                    i += 1
                }
                while precision != ".*", i < scalars.count, scalars[i].properties.numericType != nil, scalars[i].isASCII { precision.unicodeScalars.append(scalars[i]); i += 1 }
                if precision == "." { precision = ".0" }
            }
            guard i < scalars.count else {
                throw Diagnostic(.translationError, "incomplete format directive in '\(fmt)'", at: loc)
            }
            let type = scalars[i]
            i += 1
            if !literal.isEmpty { pieces.append((literal, nil)); literal = "" }
            // The runtime formats one %-directive from its text (flags, width, precision
            // and conversion letter), with %-formatting's own conversions.
            guard "sdiuxXoeEfFgGcra".unicodeScalars.contains(type) else {
                throw Diagnostic(.translationError, "unsupported format character '\(type)' in '\(fmt)'", at: loc)
            }
            pieces.append((nil, ("%", flags + width + precision + String(type))))
        }
        if !literal.isEmpty { pieces.append((literal, nil)) }
        // a `*` precision takes one more argument, before the value
        let directiveCount = pieces.reduce(0) { n, p in
            guard let spec = p.spec else { return n }
            return n + (spec.spec.contains("*") ? 2 : 1)
        }
        var args: [FlowValue]
        if case .tuple(let items) = argsExpr.kind {
            args = try items.map { try expression($0) }
        } else if directiveCount == 1 {
            args = [try expression(argsExpr)]
        } else {
            let t = try expression(argsExpr)
            args = (0..<directiveCount).map { emit("getitem", [t, .constant(.int($0))], at: loc) }
        }
        guard args.count == directiveCount else {
            throw Diagnostic(.translationError,
                             "format string '\(fmt)' has \(directiveCount) directives but \(args.count) arguments are given",
                             at: loc)
        }
        var values: [FlowValue] = []
        var next = 0
        for piece in pieces {
            if let lit = piece.literal { values.append(.constant(.str(lit))); continue }
            let (conv, spec) = piece.spec!
            if spec.contains("*") {
                values.append(emit("format", [args[next + 1], args[next]], at: loc, extra: .format(conv + "|" + spec)))
                next += 2
            } else {
                values.append(emit("format", [args[next]], at: loc, extra: .format(conv + "|" + spec)))
                next += 1
            }
        }
        if values.isEmpty { return .constant(.str("")) }
        if values.count == 1, case .constant = values[0] { return values[0] }
        return emit("buildstr", values, at: loc)
    }

    // MARK: - Assignment

    func assign(_ target: Expr, _ value: FlowValue) throws {
        let loc = target.location
        switch target.kind {
        case .name(let n):
            bindLocal(n, value)
            if case .constant(.object(let o)) = value, numbering.capturedNames[ObjectIdentifier(o)] != nil {
                closureBindings[prefix + n] = o
            } else {
                closureBindings[prefix + n] = nil
            }
        case .attribute(let base, let attr):
            let b = try expression(base)
            if case .constant(.object(let o)) = b, o is PyModule || o is PyClass {
                throw Diagnostic(.translationError,
                                 "assignment to '\(attr)' of \(describeConstant(.object(o))) at run time: module and class attributes are constants after init time",
                                 at: loc)
            }
            emit("setattr", [b, value], at: loc, extra: .name(attr))
        case .subscript(let base, let index):
            let b = try expression(base)
            if case .slice(let lower, let upper, let step) = index.kind {
                if step != nil {
                    throw Diagnostic(.unsupported, "slice assignment with a step is not RPython", at: loc)
                }
                let lo = try lower.map { try expression($0) } ?? .constant(.none)
                let hi = try upper.map { try expression($0) } ?? .constant(.none)
                emit("setslice", [b, lo, hi, value], at: loc)
                return
            }
            emit("setitem", [b, try expression(index), value], at: loc)
        case .tuple(let items), .list(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                throw Diagnostic(.unsupported, "starred assignment targets are not RPython", at: loc)
            }
            emit("check_unpack", [value, .constant(.int(items.count))], at: loc)
            var parts: [FlowValue] = []
            for i in 0..<items.count {
                if case .constant(.object(let o)) = value, let t = o as? PyTuple, i < t.items.count {
                    parts.append(.constant(t.items[i]))
                } else {
                    parts.append(emit("getitem", [value, .constant(.int(i))], at: loc))
                }
            }
            for (item, part) in zip(items, parts) { try assign(item, part) }
        case .starred:
            throw Diagnostic(.unsupported, "starred assignment targets are not RPython", at: loc)
        default:
            throw Diagnostic(.syntaxError, "cannot assign to this expression", at: loc)
        }
    }

    func augmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, at loc: SourceLocation) throws {
        let opName: String
        switch op {
        case .add: opName = "inplace_add"
        case .mul: opName = "inplace_mul"
        default: opName = binaryOpName(op)
        }
        switch target.kind {
        case .name(let n):
            let old = try loadName(n, at: target.location)
            bindLocal(n, emit(opName, [old, try expression(valueExpr)], at: loc))
        case .attribute(let base, let attr):
            let b = try expression(base)
            if case .constant(.object(let o)) = b, o is PyModule || o is PyClass {
                throw Diagnostic(.translationError,
                                 "assignment to '\(attr)' of \(describeConstant(.object(o))) at run time: module and class attributes are constants after init time",
                                 at: loc)
            }
            let old = emit("getattr", [b], at: loc, extra: .name(attr), hint: attr)
            let new = emit(opName, [old, try expression(valueExpr)], at: loc)
            emit("setattr", [b, new], at: loc, extra: .name(attr))
        case .subscript(let base, let index):
            if case .slice = index.kind {
                throw Diagnostic(.unsupported, "augmented assignment to a slice is not RPython", at: loc)
            }
            let b = try expression(base)
            let i = try expression(index)
            let old = emit("getitem", [b, i], at: loc)
            let new = emit(opName, [old, try expression(valueExpr)], at: loc)
            emit("setitem", [b, i, new], at: loc)
        default:
            throw Diagnostic(.syntaxError, "illegal expression for augmented assignment", at: loc)
        }
    }

    func delete(_ target: Expr) throws {
        let loc = target.location
        switch target.kind {
        case .subscript(let base, let index):
            let b = try expression(base)
            if case .slice(let lower, let upper, let step) = index.kind {
                let lo = try lower.map { try expression($0) } ?? .constant(.none)
                let hi = try upper.map { try expression($0) } ?? .constant(.none)
                let st = try step.map { try expression($0) } ?? .constant(.none)
                emit("delslice", [b, lo, hi, st], at: loc)
                return
            }
            emit("delitem", [b, try expression(index)], at: loc)
        case .tuple(let items), .list(let items):
            for i in items { try delete(i) }
        case .name(let n):
            throw Diagnostic(.unsupported, "'del \(n)' of a local variable is not RPython", at: loc)
        default:
            throw Diagnostic(.unsupported, "this 'del' target is not RPython", at: loc)
        }
    }
}
