// AnnotateOps.swift — the annotation rule of each high-level operation.
//
// Each rule takes the operands' annotations and gives the result's, generalizing shared
// definitions (list items, dict keys, instance fields, callee inputs) as a side effect.
// Operations that create containers reuse one definition per operation, so that re-annotating
// a block converges.

import Flow
import InitTime
import Syntax

extension Annotator {

    func unsupported(_ what: String, _ op: Operation) -> Diagnostic {
        Diagnostic(.unsupported, what, at: op.location)
    }

    /// One ListDef per creating operation (stable across re-annotation).
    func listDef(for op: Operation, slot: Int = 0) -> ListDef {
        let key = "\(op.result.id)/\(slot)"
        if let d = opListDefs[key] { return d }
        let d = newListDef()
        opListDefs[key] = d
        return d
    }

    func dictDef(for op: Operation, slot: Int = 0) -> DictDef {
        let key = "\(op.result.id)/\(slot)"
        if let d = opDictDefs[key] { return d }
        let d = newDictDef()
        opDictDefs[key] = d
        return d
    }

    func annotateOperation(_ op: Operation, in desc: FunctionDesc) throws -> Annotation {
        let args = try op.args.map { try annotation(of: $0) }
        if case .dict(let d, _)? = args.first, d.root.customEq != nil {
            defer { try? feedCustomKeyFunctions(d, at: op.location) }
        }
        // An operand not known yet blocks the operation (except calls, which must still
        // register their arguments, and constants-only operations).
        if args.contains(where: { $0.isImpossible }) && op.name != "raise" {
            return .impossible
        }
        switch op.name {
        case "same_as", "pos":
            return args[0]
        case "is_true":
            return truthAnnotation(op, args[0])
        case "bool_not":
            if let k = op.args[0].variable.flatMap({ knownTypes[$0] }) {
                knownTypes[op.result] = KnownType(variable: k.variable, annotation: k.annotation, onTrue: !k.onTrue)
            }
            if case .bool(let c?) = args[0] { return .bool(constant: !c) }
            return .bool(constant: nil)
        case "is_":
            return identityAnnotation(op, args)
        case "eq", "ne", "lt", "le", "gt", "ge":
            try checkComparable(op, args[0], args[1])
            return .bool(constant: nil)
        case "contains":
            return try containsAnnotation(op, args[0], args[1])
        case "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor":
            return try binaryAnnotation(op, op.name, args[0], args[1])
        case "inplace_add":
            if case .list(let d, _) = args[0] {
                try d.generalize(try iteratedItem(op, args[1]))
                d.root.resized = true
                return args[0]
            }
            return try binaryAnnotation(op, "add", args[0], args[1])
        case "inplace_mul":
            if case .list(let d, _) = args[0] { d.root.resized = true; return args[0] }
            return try binaryAnnotation(op, "mul", args[0], args[1])
        case "add_ovf", "sub_ovf", "mul_ovf", "lshift_ovf", "floordiv_ovf", "mod_ovf":
            guard args[0].isIntegral, args[1].isIntegral else {
                throw unsupported("ovfcheck() needs int operands, got \(args[0]) and \(args[1])", op)
            }
            return .int
        case "neg_ovf":
            return .int
        case "neg":
            switch args[0] {
            case .bool, .int: return .int
            case .uint: return .uint
            case .float: return .float
            default: throw unsupported("unary '-' on \(args[0])", op)
            }
        case "invert":
            switch args[0] {
            case .bool, .int: return .int
            case .uint: return .uint
            default: throw unsupported("'~' on \(args[0])", op)
            }
        case "getitem":
            return try getitemAnnotation(op, args[0], args[1])
        case "setitem":
            return try setitemAnnotation(op, args[0], args[1], args[2])
        case "delitem":
            switch args[0] {
            case .list(let d, _): try requireInt(op, args[1], "list index"); d.root.resized = true
            case .dict(let d, _): try d.generalize(key: args[1], value: nil)
            default: throw unsupported("'del x[i]' on \(args[0])", op)
            }
            return .none
        case "getslice":
            for bound in args[1...2] where !(bound.isIntegral || isNone(bound)) {
                throw unsupported("slice bounds must be ints, got \(bound)", op)
            }
            switch args[0] {
            case .list(let d, _):
                let r = listDef(for: op)
                try r.unify(with: d)
                return .list(r.root, nullable: false)
            case .str: return .str(nullable: false)
            case .bytes: return .bytes(nullable: false)
            case .tuple(let items):
                guard let lo = intConstant(op.args[1]) ?? (isNone(args[1]) ? 0 : nil),
                      let hi = intConstant(op.args[2]) ?? (isNone(args[2]) ? items.count : nil),
                      isNone(args[3]) else {
                    throw unsupported("slicing a tuple needs constant bounds", op)
                }
                let n = items.count
                let a = max(0, min(n, lo < 0 ? lo + n : lo)), b = max(0, min(n, hi < 0 ? hi + n : hi))
                return .tuple(a < b ? Array(items[a..<b]) : [])
            default: throw unsupported("slicing \(args[0])", op)
            }
        case "setslice":
            guard case .list(let d, _) = args[0] else { throw unsupported("slice assignment on \(args[0])", op) }
            try d.generalize(try iteratedItem(op, args[3]))
            d.root.resized = true
            return .none
        case "delslice":
            guard case .list(let d, _) = args[0] else { throw unsupported("deleting a slice of \(args[0])", op) }
            d.root.resized = true
            return .none
        case "getattr":
            guard case .name(let name) = op.extra else { return .impossible }
            return try getattrAnnotation(op, args[0], name)
        case "setattr":
            guard case .name(let name) = op.extra else { return .impossible }
            guard case .instance(let c, _) = args[0] else {
                throw unsupported("setting attribute '\(name)' on \(args[0])", op)
            }
            if desc.function.name != "__init__", let holder = immutableFieldHolder(c, name) {
                throw Diagnostic(.translationError,
                                 "attribute '\(name)' is declared immutable in _immutable_fields_ of \(holder.name) but is written outside __init__ (in \(desc.name))",
                                 at: op.location)
            }
            try writeField(c, name, args[1], at: op.location)
            return .none
        case "newlist":
            let d = listDef(for: op)
            for a in args { try d.generalize(a) }
            return .list(d.root, nullable: false)
        case "newtuple":
            return .tuple(args)
        case "newclosure":
            guard case .constant(.object(let f as PyFunction)) = op.args[0] else { return .impossible }
            return .closure(f, Array(args.dropFirst()))
        case "newdict":
            let d = dictDef(for: op)
            var i = 0
            while i + 1 < args.count {
                try d.generalize(key: args[i], value: args[i + 1])
                try checkHashable(op, args[i])
                i += 2
            }
            return .dict(d.root, nullable: false)
        case "newset":
            let d = dictDef(for: op)
            for a in args { try d.generalize(key: a, value: nil); try checkHashable(op, a) }
            return .set(d.root, nullable: false)
        case "call":
            guard case .callShape(let shape) = op.extra else { return .impossible }
            return try callAnnotation(op, callee: args[0], calleeValue: op.args[0], args: Array(args.dropFirst()), shape: shape)
        case "call_method":
            guard case .methodCall(let name, let shape) = op.extra else { return .impossible }
            return try methodCallAnnotation(op, receiver: args[0], name: name, args: Array(args.dropFirst()), shape: shape)
        case "iter":
            return try iteratorAnnotation(op, args[0])
        case "next":
            guard case .iterator(let item, _) = args[0] else { throw unsupported("next() on \(args[0])", op) }
            return item
        case "format":
            try checkFormattable(op, args[0])
            if args.count > 1 { try requireInt(op, args[1], "a '*' precision") }
            return .str(nullable: false)
        case "buildstr":
            return .str(nullable: false)
        case "raise":
            guard case .instance(let c, _) = args[0], isExceptionClass(c) else {
                throw Diagnostic(.translationError, "'raise' needs an exception instance, got \(args[0])", at: op.location)
            }
            return .impossible
        case "check_unpack":
            guard let n = intConstant(op.args[1]) else { return .none }
            switch args[0] {
            case .tuple(let items):
                guard items.count == n else {
                    throw Diagnostic(.translationError, "cannot unpack a tuple of \(items.count) items into \(n) targets", at: op.location)
                }
            case .list: break
            default: throw unsupported("unpacking \(args[0])", op)
            }
            return .none
        case "type":
            guard case .instance(let c, _) = args[0] else { throw unsupported("type() of \(args[0])", op) }
            return .pbc(PBCSet(kind: .class, items: family(c).map { $0.pyClass }), nullable: false)
        case "check_range_step":
            try requireInt(op, args[0], "range() step")
            return .none
        case "range_continues":
            return .bool(constant: nil)
        default:
            throw unsupported("operation '\(op.name)' is not supported by the annotator", op)
        }
    }

    // MARK: - Helpers

    func isNone(_ a: Annotation) -> Bool {
        if case .none = a { return true }
        return false
    }

    func intConstant(_ v: FlowValue) -> Int? {
        if case .constant(.int(let i)) = v { return i }
        return nil
    }

    func requireInt(_ op: Operation, _ a: Annotation, _ what: String) throws {
        guard a.isIntegral else { throw Diagnostic(.translationError, "\(what) must be an int, not \(a)", at: op.location) }
    }

    func isExceptionClass(_ c: ClassDef) -> Bool {
        c.ancestry.contains { $0.pyClass.builtin == "BaseException" }
    }

    func checkHashable(_ op: Operation, _ a: Annotation) throws {
        switch a {
        case .list, .dict, .set:
            throw Diagnostic(.translationError, "unhashable type: \(a)", at: op.location)
        default: break
        }
    }

    func checkFormattable(_ op: Operation, _ a: Annotation) throws {
        switch a {
        case .bool, .int, .uint, .float, .str, .none, .bytes, .impossible: return
        case .instance(let c, _) where isExceptionClass(c): return
        case .tuple(let items): for i in items { try checkFormattable(op, i) }
        case .list(let d, _): try checkFormattable(op, d.item)
        case .dict(let d, _): try checkFormattable(op, d.key); try checkFormattable(op, d.value)
        case .set(let d, _): try checkFormattable(op, d.key)
        default:
            throw Diagnostic(.unsupported, "converting \(a) to a string is not supported", at: op.location)
        }
    }

    func truthAnnotation(_ op: Operation, _ a: Annotation) -> Annotation {
        if let v = op.args[0].variable {
            if let k = knownTypes[v] {
                knownTypes[op.result] = k
            } else if a.isNullable, case .instance = a {
                knownTypes[op.result] = KnownType(variable: v, annotation: a.nonNull, onTrue: true)
            }
        }
        switch a {
        case .bool(let c): return .bool(constant: c)
        case .none: return .bool(constant: false)
        case .instance(_, let n), .pbc(_, let n): return n ? .bool(constant: nil) : .bool(constant: true)
        default: return .bool(constant: nil)
        }
    }

    func identityAnnotation(_ op: Operation, _ args: [Annotation]) -> Annotation {
        // `x is None`: on the false branch x is not None.
        for (i, j) in [(0, 1), (1, 0)] where isNone(args[j]) {
            if let v = op.args[i].variable, args[i].isNullable {
                knownTypes[op.result] = KnownType(variable: v, annotation: args[i].nonNull, onTrue: false)
            }
            if !args[i].isNullable { return .bool(constant: false) }
            if isNone(args[i]) { return .bool(constant: true) }
        }
        // `type(x) is C`: on the true branch x is exactly a C
        for (i, j) in [(0, 1), (1, 0)] {
            if let t = op.args[i].variable, let x = typeOfVariable[t],
               case .constant(.object(let o)) = op.args[j], let cls = o as? PyClass,
               let cd = try? classDef(for: cls) {
                knownTypes[op.result] = KnownType(variable: x, annotation: .instance(cd, nullable: false), onTrue: true)
            }
        }
        // Prebuilt constants known exactly (functions, classes, builtins: one each) compare at
        // translation time; they have no run-time representation to compare.
        if case .pbc(let s1, false) = args[0], case .pbc(let s2, false) = args[1],
           s1.items.count == 1, s2.items.count == 1, s1.kind != .class || s2.kind != .class {
            return .bool(constant: s1.items[0] === s2.items[0])
        }
        if case .pbc(let s1, _) = args[0], case .pbc(let s2, _) = args[1],
           !s1.items.contains(where: { o in s2.items.contains { $0 === o } }) {
            return .bool(constant: false)
        }
        return .bool(constant: nil)
    }

    func checkComparable(_ op: Operation, _ a: Annotation, _ b: Annotation) throws {
        switch (a, b) {
        case _ where a.isNumeric && b.isNumeric: return
        case (.str, .str), (.bytes, .bytes), (.none, _), (_, .none): return
        case (.tuple, .tuple), (.list, .list), (.instance, .instance), (.pbc, .pbc), (.dict, .dict), (.set, .set): return
        default:
            if op.name == "eq" || op.name == "ne" { return }   // always False / True, as on CPython
            throw Diagnostic(.translationError, "cannot compare \(a) with \(b) using '\(op.name)'", at: op.location)
        }
    }

    func containsAnnotation(_ op: Operation, _ container: Annotation, _ item: Annotation) throws -> Annotation {
        switch container {
        case .list, .tuple: return .bool(constant: nil)
        case .dict(let d, _), .set(let d, _):
            _ = d.read()
            return .bool(constant: nil)
        case .str:
            guard case .str = item else {
                throw Diagnostic(.translationError, "'in <string>' requires a string as left operand, not \(item)", at: op.location)
            }
            return .bool(constant: nil)
        default:
            throw unsupported("'in' on \(container)", op)
        }
    }

    func binaryAnnotation(_ op: Operation, _ name: String, _ a: Annotation, _ b: Annotation) throws -> Annotation {
        switch (a, b) {
        case (.bool, .bool) where ["and_", "or_", "xor"].contains(name):
            return .bool(constant: nil)
        case _ where a.isIntegral && b.isIntegral:
            if name == "truediv" { return .float }
            if case .uint = a { return .uint }
            if case .uint = b, name != "lshift", name != "rshift" { return .uint }
            return .int
        case _ where a.isNumeric && b.isNumeric:
            if ["lshift", "rshift", "and_", "or_", "xor"].contains(name) {
                throw Diagnostic(.translationError, "unsupported operand types for \(name): \(a) and \(b)", at: op.location)
            }
            return .float
        case (.str, .str) where name == "add": return .str(nullable: false)
        case (.bytes, .bytes) where name == "add": return .bytes(nullable: false)
        case (.str, _) where name == "mul" && b.isIntegral: return .str(nullable: false)
        case (_, .str) where name == "mul" && a.isIntegral: return .str(nullable: false)
        case (_, .list(let d, _)) where name == "mul" && a.isIntegral:
            let r = listDef(for: op)
            try r.generalize(d.readItem())
            return .list(r.root, nullable: false)
        case (.list(let d1, _), .list(let d2, _)) where name == "add":
            let r = listDef(for: op)
            try r.generalize(d1.readItem())
            try r.generalize(d2.readItem())
            return .list(r.root, nullable: false)
        case (.list(let d, _), _) where name == "mul" && b.isIntegral:
            let r = listDef(for: op)
            try r.generalize(d.readItem())
            return .list(r.root, nullable: false)
        case (.tuple(let x), .tuple(let y)) where name == "add":
            return .tuple(x + y)
        case (.set(let d1, _), .set(let d2, _)) where ["or_", "and_", "sub", "xor"].contains(name):
            let r = dictDef(for: op)
            try r.unify(with: d1)
            try r.unify(with: d2)
            return .set(r.root, nullable: false)
        case (.str, _) where name == "mod":
            throw Diagnostic(.unsupported, "'%' formatting needs a constant format string", at: op.location)
        default:
            throw Diagnostic(.translationError, "unsupported operand types for '\(opSymbol(name))': \(a) and \(b)", at: op.location)
        }
    }

    func opSymbol(_ name: String) -> String {
        ["add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "**",
         "lshift": "<<", "rshift": ">>", "and_": "&", "or_": "|", "xor": "^"][name] ?? name
    }

    /// What iterating over a value gives.
    func iteratedItem(_ op: Operation, _ a: Annotation) throws -> Annotation {
        guard case .iterator(let item, _) = try iteratorAnnotation(op, a) else { return .impossible }
        return item
    }

    func iteratorAnnotation(_ op: Operation, _ a: Annotation) throws -> Annotation {
        switch a {
        case .list(let d, _): return .iterator(d.readItem(), over: .list)
        case .str: return .iterator(.str(nullable: false), over: .str)
        case .bytes: return .iterator(.int, over: .bytes)
        case .dict(let d, _): return .iterator(d.read().key, over: .dict)
        case .set(let d, _): return .iterator(d.read().key, over: .set)
        case .tuple(let items):
            var u: Annotation = .impossible
            for i in items {
                do { u = try union(u, i) } catch {
                    throw Diagnostic(.translationError, "iterating over a tuple whose items have different types (\(a))", at: op.location)
                }
            }
            return .iterator(u, over: .tuple)
        case .iterator: return a
        default:
            throw Diagnostic(.translationError, "\(a) is not iterable in RPython", at: op.location)
        }
    }

    func getitemAnnotation(_ op: Operation, _ c: Annotation, _ index: Annotation) throws -> Annotation {
        switch c {
        case .list(let d, _):
            try requireInt(op, index, "list index")
            return d.readItem()
        case .str:
            try requireInt(op, index, "string index")
            return .str(nullable: false)
        case .bytes:
            try requireInt(op, index, "bytes index")
            return .int
        case .dict(let d, _):
            let (k, v) = d.read()
            if !k.isImpossible { _ = try union(k, index) }
            return v
        case .tuple(let items):
            if let i = intConstant(op.args[1]) {
                let j = i < 0 ? i + items.count : i
                guard j >= 0, j < items.count else {
                    throw Diagnostic(.translationError, "tuple index \(i) out of range for a tuple of \(items.count) items", at: op.location)
                }
                return items[j]
            }
            try requireInt(op, index, "tuple index")
            var u: Annotation = .impossible
            for i in items {
                do { u = try union(u, i) } catch {
                    throw Diagnostic(.translationError, "indexing a tuple with a computed index needs items of one type (\(c))", at: op.location)
                }
            }
            return u
        default:
            throw Diagnostic(.translationError, "\(c) is not subscriptable", at: op.location)
        }
    }

    func setitemAnnotation(_ op: Operation, _ c: Annotation, _ index: Annotation, _ value: Annotation) throws -> Annotation {
        switch c {
        case .list(let d, _):
            try requireInt(op, index, "list index")
            try d.generalize(value)
        case .dict(let d, _):
            try checkHashable(op, index)
            try d.generalize(key: index, value: value)
        default:
            throw Diagnostic(.translationError, "\(c) does not support item assignment", at: op.location)
        }
        return .none
    }

    func getattrAnnotation(_ op: Operation, _ obj: Annotation, _ name: String) throws -> Annotation {
        switch obj {
        case .instance(let c, _):
            if name == traceAttribute {
                let owner = c.fieldOwner(name)
                traceLine("getattr \(name) on \(c.name)#\(c.id) at \(op.location): owner=\(owner.map { "\($0.name)#\($0.id)" } ?? "-") ann=\(owner?.fields[name]?.annotation.description ?? "nil") sub=\(c.family.dropFirst().filter { $0.fields[name] != nil }.map { $0.name })")
            }
            if let a = readField(c, name, at: op.location) { return a }
            // a class attribute (a constant per class, possibly overridden in subclasses)
            var result: Annotation = .impossible
            var found = false
            for d in family(c) {
                guard let v = d.pyClass.lookup(name) else { continue }
                if case .object(let o) = v, o is PyFunction {
                    return .boundMethod(c, name, nullable: false)
                }
                if case .object(let o) = v, o is PyStaticMethod || o is PyClassMethod {
                    throw Diagnostic(.unsupported,
                                     "static or class method '\(name)' of \(c.name) used as a value through an instance",
                                     at: op.location)
                }
                found = true
                result = try union(result, try constantAnnotation(v))
            }
            if found { return result }
            if name == "__class__" {
                return .pbc(PBCSet(kind: .class, items: family(c).map { $0.pyClass }), nullable: false)
            }
            if let p = currentPoint { c.lookupReaders.insert(p) }
            return .impossible
        case .pbc(let s, _) where s.kind == .class:
            var result: Annotation = .impossible
            for cls in s.classes {
                guard let v = cls.lookup(name) else {
                    throw Diagnostic(.translationError, "class \(cls.qualname) has no attribute '\(name)'", at: op.location)
                }
                result = try union(result, try constantAnnotation(v))
            }
            return result
        default:
            throw Diagnostic(.translationError, "\(obj) has no attribute '\(name)' (in RPython)", at: op.location)
        }
    }

    // MARK: - Calls

    func argumentAnnotations(_ sources: [ArgumentSource], _ args: [Annotation], leading: [Annotation]) throws -> [Annotation] {
        func one(_ s: ArgumentSource) throws -> Annotation {
            switch s {
            case .operand(let i): return i < 0 ? leading[leading.count + i] : args[i]
            case .starItem(let operand, let index):
                guard case .tuple(let items) = args[operand], index < items.count else { return .impossible }
                return items[index]
            case .defaultValue(let v): return try constantAnnotation(v)
            case .packed(let parts): return .tuple(try parts.map(one))
            }
        }
        return try sources.map(one)
    }

    func starLength(_ args: [Annotation], _ shape: CallShape, _ op: Operation) throws -> Int {
        guard shape.hasStarArgs else { return 0 }
        guard case .tuple(let items) = args[shape.positional + shape.keywords.count] else {
            throw Diagnostic(.unsupported, "'*args' in a call needs a tuple", at: op.location)
        }
        return items.count
    }

    func callFunction(_ op: Operation, _ f: PyFunction, owner: ClassDef?, leading: [Annotation],
                      args: [Annotation], shape: CallShape) throws -> Annotation {
        let sources = try bindArguments(f, shape: shape, leading: leading.count,
                                        starLength: try starLength(args, shape, op), at: op.location)
        let inputs = try argumentAnnotations(sources, args, leading: leading)
        let key = try specializationKey(f, sources: sources, inputs: inputs, op: op)
        let desc = try description(of: f, owner: owner, specialization: key, at: op.location)
        try feed(desc, inputs, at: op.location)
        callTargets[op.result, default: []].insert(desc.graphIndex)
        lastCalledGraph = desc.graphIndex
        return returnOf(desc)
    }

    /// Records that this operation picks its implementation by the class of its receiver:
    /// class `d` runs graph `graph` (the C backend calls through a vtable slot).
    func recordDispatch(_ op: Operation, base: ClassDef, name: String, _ d: ClassDef, _ graph: Int,
                        passesClass: Bool = false) {
        var entry = dispatch[op.result] ?? Dispatch(base: base, name: name, implementations: [:], passesClass: passesClass)
        if entry.base !== base, let common = entry.base.commonBase(with: base) { entry.base = common }
        entry.implementations[d.id] = graph
        dispatch[op.result] = entry
    }

    /// specialize.memo: the function runs at translation time on the call's constant arguments.
    func memoCall(_ op: Operation, _ f: PyFunction, shape: CallShape) throws -> Annotation {
        if let v = memoResults[op.result] { return try constantAnnotation(v) }
        guard shape.keywords.isEmpty, !shape.hasStarArgs else {
            throw Diagnostic(.unsupported, "specialize.memo functions take positional arguments only", at: op.location)
        }
        var values: [Value] = []
        for a in op.args.dropFirst() {
            guard case .constant(let c) = a else {
                throw Diagnostic(.translationError,
                                 "\(f.qualname) is specialize.memo: its arguments must be constants known at translation time",
                                 at: op.location)
            }
            values.append(c)
        }
        guard let call = initTimeCall else {
            throw Diagnostic(.internalError, "specialize.memo needs init-time evaluation", at: op.location)
        }
        // one evaluation per combination of arguments, as the function's own cache would do
        let key = "\(ObjectIdentifier(f).hashValue)(" + values.map { v -> String in
            if case .object(let o) = v { return "@\(ObjectIdentifier(o).hashValue)" }
            return describeConstant(v)
        }.joined(separator: ",") + ")"
        if let cached = memoCache[key] {
            memoResults[op.result] = cached
            return try constantAnnotation(cached)
        }
        let v: Value
        do {
            v = try call(.object(f), values)
        } catch let d as Diagnostic {
            throw Diagnostic(.translationError, "evaluating \(f.qualname) at translation time (specialize.memo) failed: \(d.message)",
                             at: op.location, notes: [DiagnosticNote("raised here", at: d.location)])
        }
        memoResults[op.result] = v
        memoCache[key] = v
        return try constantAnnotation(v)
    }

    /// The key that selects a specialized copy of `f` (rlib.objectmodel.specialize), or "".
    func specializationKey(_ f: PyFunction, sources: [ArgumentSource], inputs: [Annotation],
                           op: Operation) throws -> String {
        guard case .str(let tag)? = f.attributes["_annspecialcase_"] else { return "" }
        let indices = tag.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if tag.hasPrefix("specialize:argtype") {
            return indices.map { $0 < inputs.count ? typeKey(inputs[$0]) : "?" }.joined(separator: ",")
        }
        if tag.hasPrefix("specialize:arg") {
            return try indices.map { i -> String in
                guard i < sources.count, case .operand(let j) = sources[i], j >= 0, 1 + j < op.args.count,
                      case .constant(let c) = op.args[1 + j] else {
                    if i < sources.count, case .defaultValue(let v) = sources[i] { return describeConstant(v) }
                    throw Diagnostic(.translationError,
                                     "\(f.qualname) is specialized on argument \(i) (specialize.arg), which must be a constant at each call",
                                     at: op.location)
                }
                return describeConstant(c)
            }.joined(separator: ",")
        }
        if tag.hasPrefix("specialize:call_location") { return op.location.description }
        throw Diagnostic(.unsupported, "\(tag) is not supported yet", at: op.location)
    }

    func typeKey(_ a: Annotation) -> String {
        switch a {
        case .instance(let c, _): return c.name
        case .list(let d, _): return "list[\(typeKey(d.item))]"
        case .tuple(let items): return "(" + items.map(typeKey).joined(separator: ",") + ")"
        case .bool: return "bool"
        case .str: return "str"
        case .bytes: return "bytes"
        default: return a.nonNull.description
        }
    }

    func callAnnotation(_ op: Operation, callee: Annotation, calleeValue: FlowValue, args: [Annotation],
                        shape: CallShape) throws -> Annotation {
        if case .boundMethod(let c, let name, _) = callee {
            return try methodCallAnnotation(op, receiver: .instance(c, nullable: false), name: name, args: args, shape: shape)
        }
        if case .closure(let f, let captured) = callee {
            return try callFunction(op, f, owner: nil, leading: captured, args: args, shape: shape)
        }
        guard case .pbc(let set, _) = callee else {
            throw Diagnostic(.translationError, "\(callee) is not callable", at: op.location)
        }
        var result: Annotation = .impossible
        for item in set.items {
            switch item {
            case let f as PyFunction:
                if case .str(let tag)? = f.attributes["_annspecialcase_"], tag.hasPrefix("specialize:memo") {
                    result = try union(result, try memoCall(op, f, shape: shape))
                    continue
                }
                result = try union(result, try callFunction(op, f, owner: nil, leading: [], args: args, shape: shape))
            case let c as PyClass:
                result = try union(result, try instantiate(op, c, args: args, shape: shape))
                if set.items.count > 1, let cd = classDefIfKnown(c), let (initFn, _) = findMethod(c, "__init__"),
                   let g = callTargets[op.result]?.first(where: { descs[$0].function === initFn }) {
                    let defs = set.classes.compactMap { classDefIfKnown($0) }
                    let base = defs.dropFirst().reduce(defs.first) { acc, d in acc?.commonBase(with: d) } ?? cd
                    recordDispatch(op, base: base, name: "__init__", cd, g)
                }
            case let b as PyBuiltin:
                result = try union(result, try builtinCall(op, b.name, args: args, shape: shape))
            default:
                throw Diagnostic(.translationError, "\(describeObject(item)) is not callable", at: op.location)
            }
        }
        return result
    }

    func instantiate(_ op: Operation, _ cls: PyClass, args: [Annotation], shape: CallShape) throws -> Annotation {
        if let b = cls.builtin, !isBuiltinExceptionName(b, cls) {
            return try builtinCall(op, b, args: args, shape: shape)
        }
        let cd = try classDef(for: cls)
        let instance = Annotation.instance(cd, nullable: false)
        instantiated.insert(ObjectIdentifier(cd))
        if let (del, _) = findMethod(cls, "__del__") {
            throw Diagnostic(.unsupported, "__del__ is not supported: RPython has no finalizers (\(cls.qualname) defines one)",
                             at: del.def.location, notes: [DiagnosticNote("\(cls.qualname) is instantiated here", at: op.location)])
        }
        if let (initFn, owner) = findMethod(cls, "__init__") {
            _ = try callFunction(op, initFn, owner: try classDef(for: owner), leading: [instance], args: args, shape: shape)
        } else if isExceptionClass(cd) {
            try initBuiltinException(op, args: args, shape: shape)
            if cls.builtin == "SystemExit" {
                try writeField(cd, "__status", .int, at: op.location)
            }
        } else if !args.isEmpty {
            throw Diagnostic(.translationError, "\(cls.qualname)() takes no arguments", at: op.location)
        }
        return instance
    }

    func isBuiltinExceptionName(_ b: String, _ cls: PyClass) -> Bool {
        cls.mro.contains { $0.builtin == "BaseException" }
    }

    /// Built-in exceptions keep their first argument, converted to a string, as the message.
    func initBuiltinException(_ op: Operation, args: [Annotation], shape: CallShape) throws {
        guard shape.keywords.isEmpty, !shape.hasStarArgs else {
            throw Diagnostic(.unsupported, "built-in exceptions take positional arguments only", at: op.location)
        }
        for a in args { try checkFormattable(op, a) }
        if let base = classDefs.first(where: { $0.pyClass.builtin == "BaseException" }) {
            try writeField(base, "__message", .str(nullable: true), at: op.location)
        }
    }

    /// The function implementing method `name` for instances of `cls`, and the class holding it.
    func findMethod(_ cls: PyClass, _ name: String) -> (PyFunction, PyClass)? {
        methodImplementation(cls, name)
    }

    func methodCallAnnotation(_ op: Operation, receiver: Annotation, name: String, args: [Annotation],
                              shape: CallShape) throws -> Annotation {
        switch receiver {
        case .instance(let c, _):
            if c.pyClass.name == "JitDriver", c.pyClass.module?.name == "rlib.jit" {
                guard name == "jit_merge_point" || name == "can_enter_jit" else {
                    throw unsupported("JitDriver has no run-time method '\(name)'", op)
                }
                return .none
            }
            if name == "__class__" {
                let classes = Annotation.pbc(PBCSet(kind: .class, items: family(c).map { $0.pyClass }), nullable: false)
                return try callAnnotation(op, callee: classes, calleeValue: op.args[0], args: args, shape: shape)
            }
            if c.fieldOwner(name) != nil {
                // a function stored in an instance attribute: obj.f(args) calls it
                guard let fieldAnn = readField(c, name, at: op.location) else { return .impossible }
                if fieldAnn.isImpossible { return .impossible }
                return try callAnnotation(op, callee: fieldAnn, calleeValue: op.args[0], args: args, shape: shape)
            }
            var result: Annotation = .impossible
            var found = false
            for d in family(c) {
                guard let v = d.pyClass.lookup(name) else { continue }
                switch v {
                case .object(let o as PyFunction):
                    guard let owner = d.pyClass.mro.first(where: { $0.dict[name] != nil }) else { continue }
                    let ownerDef = try classDef(for: owner)
                    found = true
                    let r = try callFunction(op, o, owner: ownerDef, leading: [.instance(ownerDef, nullable: false)],
                                             args: args, shape: shape)
                    recordDispatch(op, base: c, name: name, d, lastCalledGraph)
                    result = try union(result, r)
                case .object(let o as PyStaticMethod):
                    guard case .object(let f as PyFunction) = o.function else { continue }
                    found = true
                    result = try union(result, try callFunction(op, f, owner: nil, leading: [], args: args, shape: shape))
                    recordDispatch(op, base: c, name: name, d, lastCalledGraph)
                case .object(let o as PyClassMethod):
                    // a classmethod called through an instance receives the instance's class
                    guard case .object(let f as PyFunction) = o.function else { continue }
                    found = true
                    let classes = Annotation.pbc(PBCSet(kind: .class, items: family(c).map { $0.pyClass }), nullable: false)
                    result = try union(result, try callFunction(op, f, owner: nil, leading: [classes], args: args, shape: shape))
                    recordDispatch(op, base: c, name: name, d, lastCalledGraph, passesClass: true)
                default:
                    throw unsupported("'\(name)' of \(d.name) is not a method", op)
                }
            }
            if !found {
                if name == "__init__" { return .none }
                throw Diagnostic(.translationError, "\(c.name) instances have no method '\(name)'", at: op.location)
            }
            return result
        case .pbc(let set, _) where set.kind == .class:
            // cls.method(...) on a class known only at run time
            var result: Annotation = .impossible
            let defs = try set.classes.map { try classDef(for: $0) }
            guard let base = defs.dropFirst().reduce(defs.first, { acc, d in acc?.commonBase(with: d) }) else {
                throw Diagnostic(.translationError, "these classes have no common base class", at: op.location)
            }
            for (cls, d) in zip(set.classes, defs) {
                guard let v = cls.lookup(name) else {
                    throw Diagnostic(.translationError, "class \(cls.qualname) has no attribute '\(name)'", at: op.location)
                }
                switch v {
                case .object(let cm as PyClassMethod):
                    guard case .object(let f as PyFunction) = cm.function else { continue }
                    result = try union(result, try callFunction(op, f, owner: nil, leading: [receiver], args: args, shape: shape))
                    recordDispatch(op, base: base, name: name, d, lastCalledGraph, passesClass: true)
                case .object(let sm as PyStaticMethod):
                    guard case .object(let f as PyFunction) = sm.function else { continue }
                    result = try union(result, try callFunction(op, f, owner: nil, leading: [], args: args, shape: shape))
                    recordDispatch(op, base: base, name: name, d, lastCalledGraph)
                case .object(let f as PyFunction):
                    guard let owner = cls.mro.first(where: { $0.dict[name] != nil }) else { continue }
                    result = try union(result, try callFunction(op, f, owner: try classDef(for: owner), leading: [],
                                                                args: args, shape: shape))
                    recordDispatch(op, base: base, name: name, d, lastCalledGraph)
                default:
                    throw Diagnostic(.translationError, "'\(name)' of class \(cls.qualname) is not callable", at: op.location)
                }
            }
            return result
        default:
            return try builtinMethodAnnotation(op, receiver: receiver, name: name, args: args, shape: shape)
        }
    }

    /// The class whose `_immutable_fields_` lists `name` ("x", "x?", "x[*]"), if any.
    func immutableFieldHolder(_ c: ClassDef, _ name: String) -> ClassDef? {
        for anc in c.ancestry {
            guard case .object(let o)? = anc.pyClass.dict["_immutable_fields_"] else { continue }
            let items: [Value] = (o as? PyList)?.items ?? (o as? PyTuple)?.items ?? []
            for case .str(let s) in items {
                var n = s
                if n.hasSuffix("[*]") { n = String(n.dropLast(3)) }
                // "x?" is quasi-immutable: it may change (rarely); the JIT guards on it
                if n.hasSuffix("?") { continue }
                if n == name { return anc }
            }
        }
        return nil
    }

    func readFieldIfPresent(_ c: ClassDef, _ name: String) -> Annotation? {
        if let owner = c.fieldOwner(name) { return owner.fields[name]?.annotation }
        return nil
    }
}
