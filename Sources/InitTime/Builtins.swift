// Builtins.swift — the `builtins` namespace of init-time evaluation.
//
// Part of stage 2 (see Evaluator.swift). Built-in classes (`object`, `int`, ..., the exception
// hierarchy) are `PyClass` values with `builtin` set; built-in functions are `PyBuiltin` values
// named by their Python name ("len", "isinstance"). Their implementations here give the init-time
// meaning; the run-time meaning of the same names belongs to the annotator.

import Foundation
import OrderedCollections
import Syntax

extension Interpreter {
    /// The exception hierarchy, parent before child.
    static let exceptionHierarchy: [(String, String)] = [
        ("BaseException", "object"), ("Exception", "BaseException"), ("SystemExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
        ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"), ("FloatingPointError", "ArithmeticError"),
        ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
        ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
        ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
        ("TypeError", "Exception"), ("AttributeError", "Exception"), ("NameError", "Exception"),
        ("UnboundLocalError", "NameError"), ("RuntimeError", "Exception"),
        ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
        ("AssertionError", "Exception"), ("StopIteration", "Exception"), ("OSError", "Exception"),
        ("EOFError", "Exception"), ("MemoryError", "Exception"), ("ImportError", "Exception"),
        ("ModuleNotFoundError", "ImportError"), ("BufferError", "Exception"),
        ("LookupError", "Exception"),
    ]

    func installBuiltins() {
        func makeClass(_ name: String, _ base: String?, visible: Bool = true) {
            if builtinClasses[name] != nil { return }
            let bases = base.flatMap { builtinClasses[$0] }.map { [$0] } ?? []
            let c = PyClass(name: name, qualname: name, bases: bases, dict: [:], module: nil, location: nil, builtin: name)
            builtinClasses[name] = c
            if visible { builtins.dict[name] = .object(c) }
        }
        makeClass("object", nil)
        for name in ["type", "int", "float", "str", "bytes", "list", "dict", "tuple", "set", "frozenset"] {
            makeClass(name, "object")
        }
        makeClass("bool", "int")
        for name in ["NoneType", "function", "builtin_function_or_method", "method", "module", "range",
                     "iterator", "slice", "super", "staticmethod", "classmethod", "cell"] {
            makeClass(name, "object", visible: false)
        }
        makeClass("r_uint", "int", visible: false)
        for (name, base) in Interpreter.exceptionHierarchy { makeClass(name, base) }
        baseException = builtinClasses["BaseException"]
        builtins.dict["IOError"] = builtins.dict["OSError"]
        builtins.dict["EnvironmentError"] = builtins.dict["OSError"]
        installConstructors()
        installFunctions()
    }

    /// A `PyBuiltin` registered in the builtins namespace.
    func define(_ name: String, _ body: @escaping PyBuiltin.Implementation) {
        builtins.dict[name] = .object(PyBuiltin(name: name, implementation: body))
    }

    func arity(_ name: String, _ args: [Value], _ range: ClosedRange<Int>) throws {
        if !range.contains(args.count) {
            if range.lowerBound == range.upperBound {
                throw typeError("\(name)() takes exactly \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s") (\(args.count) given)")
            }
            throw typeError("\(name)() takes from \(range.lowerBound) to \(range.upperBound) arguments (\(args.count) given)")
        }
    }

    private func installConstructors() {
        builtinConstructors["object"] = { args, _ in
            if !args.isEmpty { throw self.typeError("object() takes no arguments") }
            return .object(PyInstance(cls: self.cls("object")))
        }
        builtinConstructors["int"] = { args, kwargs in
            try self.arity("int", args, 0...2)
            guard let x = args.first else { return .int(0) }
            var base = 10
            if args.count == 2 { base = try self.intValue(args[1]) } else if let b = kwargs["base"] { base = try self.intValue(b) }
            return try self.toInt(x, base: args.count == 2 || kwargs["base"] != nil ? base : nil)
        }
        builtinConstructors["float"] = { args, _ in
            try self.arity("float", args, 0...1)
            guard let x = args.first else { return .float(0) }
            return .float(try self.toFloat(x))
        }
        builtinConstructors["str"] = { args, _ in
            try self.arity("str", args, 0...3)
            guard let x = args.first else { return .str("") }
            if case .bytes(let b) = x, args.count > 1 {
                guard let s = String(bytes: b, encoding: .utf8) else { throw self.pyError("UnicodeDecodeError", "invalid utf-8") }
                return .str(s)
            }
            return .str(try self.strOf(x))
        }
        builtinConstructors["bool"] = { args, _ in
            try self.arity("bool", args, 0...1)
            return .bool(try args.first.map { try self.truthy($0) } ?? false)
        }
        builtinConstructors["list"] = { args, _ in
            try self.arity("list", args, 0...1)
            return .object(PyList(try args.first.map { try self.iterate($0) } ?? []))
        }
        builtinConstructors["tuple"] = { args, _ in
            try self.arity("tuple", args, 0...1)
            if case .object(let o)? = args.first, o is PyTuple { return args[0] }
            return .object(PyTuple(try args.first.map { try self.iterate($0) } ?? []))
        }
        builtinConstructors["set"] = { args, _ in
            try self.arity("set", args, 0...1)
            return .object(PySet(OrderedSet(try (args.first.map { try self.iterate($0) } ?? []).map { try self.hashKey($0) })))
        }
        builtinConstructors["frozenset"] = { args, _ in
            try self.arity("frozenset", args, 0...1)
            return .object(PySet(OrderedSet(try (args.first.map { try self.iterate($0) } ?? []).map { try self.hashKey($0) }), frozen: true))
        }
        builtinConstructors["dict"] = { args, kwargs in
            try self.arity("dict", args, 0...1)
            let d = PyDict()
            if let x = args.first { try self.updateDict(d, x) }
            for (k, v) in kwargs { d.entries[HashKey(.str(k))] = v }
            return .object(d)
        }
        builtinConstructors["bytes"] = { args, _ in
            try self.arity("bytes", args, 0...3)
            guard let x = args.first else { return .bytes([]) }
            switch x {
            case .str(let s): return .bytes(Array(s.utf8))
            case .bytes: return x
            case .int(let n):
                if n < 0 { throw self.pyError("ValueError", "negative count") }
                try self.checkSize(n)
                return .bytes(Array(repeating: 0, count: n))
            default:
                return .bytes(try self.iterate(x).map { v in
                    let n = try self.intValue(v)
                    guard (0...255).contains(n) else { throw self.pyError("ValueError", "bytes must be in range(0, 256)") }
                    return UInt8(n)
                })
            }
        }
        builtinConstructors["type"] = { args, _ in
            if args.count == 1 { return .object(self.typeOf(args[0])) }
            try self.arity("type", args, 3...3)
            guard case .str(let name) = args[0], case .object(let bo) = args[1], let bases = bo as? PyTuple,
                  case .object(let dobj) = args[2], let d = dobj as? PyDict else {
                throw self.typeError("type() argument types: (str, tuple, dict)")
            }
            var ns = OrderedDictionary<String, Value>()
            for (k, v) in d.entries { if case .str(let key) = k.value { ns[key] = v } }
            let module = self.callerModule()
            return .object(try self.makeClass(name: name, bases: bases.items, namespace: ns, module: module,
                                              location: self.callSites.last ?? nil))
        }
    }

    /// The module of the innermost init-time call site (for classes made by `type(...)`).
    func callerModule() -> PyModule? {
        guard let site = callSites.last ?? nil else { return nil }
        return modules.values.first { $0.file == site.file }
    }

    func updateDict(_ d: PyDict, _ x: Value) throws {
        if case .object(let o) = x, let other = o as? PyDict {
            for (k, v) in other.entries { d.entries[k] = v }
            return
        }
        for item in try iterate(x) {
            let pair = try iterate(item)
            guard pair.count == 2 else {
                throw pyError("ValueError", "dictionary update sequence element has length \(pair.count); 2 is required")
            }
            d.entries[try hashKey(pair[0])] = pair[1]
        }
    }

    func toInt(_ x: Value, base: Int?) throws -> Value {
        if let base {
            guard case .str(let s) = x else { throw typeError("int() can't convert non-string with explicit base") }
            return try parseInt(s, base: base)
        }
        switch x {
        case .int, .bool: return .int(try intValue(x))
        case .uint(let u):
            if let i = Int(exactly: u) { return .int(i) }
            return try intResult(Int128(u))
        case .float(let d):
            if d.isNaN { throw pyError("ValueError", "cannot convert float NaN to integer") }
            if d.isInfinite { throw pyError("OverflowError", "cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if let i = Int(exactly: t) { return .int(i) }
            if abs(t) < 1.7e38 { return try intResult(Int128(t)) }
            throw overflow()
        case .str(let s): return try parseInt(s, base: 10)
        case .bytes(let b): return try parseInt(String(decoding: b, as: UTF8.self), base: 10)
        case .object(let o):
            if o is PyBigInt { return x }
            if let inst = o as? PyInstance, let m = inst.cls.lookup("__int__") {
                return try call(try bindIfFunction(m, x, inst.cls), [])
            }
        case .none: break
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }

    func parseInt(_ text: String, base: Int) throws -> Value {
        let invalid = pyError("ValueError", "invalid literal for int() with base \(base): \(stringRepr(text))")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var b = base
        let lower = s.lowercased()
        for (prefix, pb) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == pb || base == 0) {
            b = pb; s = s.dropFirst(2)
            if s.first == "_" { s = s.dropFirst() }
        }
        if b == 0 { b = 10 }
        guard (2...36).contains(b), !s.isEmpty, !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { throw invalid }
        var value: Int128 = 0
        for c in s where c != "_" {
            guard let d = c.hexDigitValue ?? (c.isLetter && c.isASCII ? Int(c.asciiValue ?? 0) - 87 : nil), d >= 0, d < b else { throw invalid }
            let (m, o1) = value.multipliedReportingOverflow(by: Int128(b))
            let (a, o2) = m.addingReportingOverflow(Int128(d))
            if o1 || o2 { throw overflow() }
            value = a
        }
        return try intResult(negative ? -value : value)
    }

    func toFloat(_ x: Value) throws -> Double {
        if let d = floatValue(x) { return d }
        if case .str(let text) = x {
            let s = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: "_", with: "")
            switch s {
            case "inf", "+inf", "infinity", "+infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            case "nan", "+nan", "-nan": return .nan
            default: break
            }
            if let d = Double(s), !s.hasPrefix("0x"), !s.isEmpty { return d }
            throw pyError("ValueError", "could not convert string to float: \(stringRepr(text))")
        }
        if case .object(let o) = x, let inst = o as? PyInstance, let m = inst.cls.lookup("__float__") {
            if case .float(let d) = try call(try bindIfFunction(m, x, inst.cls), []) { return d }
        }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(x))'")
    }

    /// Whether `v` is an instance of the class (or tuple of classes) `classInfo`.
    func isInstance(_ v: Value, _ classInfo: Value) throws -> Bool {
        guard case .object(let o) = classInfo else { throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union") }
        if let t = o as? PyTuple {
            for c in t.items where try isInstance(v, c) { return true }
            return false
        }
        if let b = o as? PyBuiltin, b.name == "rlib.rarithmetic.r_uint" {
            if case .uint = v { return true }
            return false
        }
        guard let c = o as? PyClass else { throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union") }
        return typeOf(v).isSubclass(of: c)
    }

    /// A stable sort (CPython's sort is stable; reverse keeps equal items in order).
    func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
        let keys = try items.map { v -> Value in
            if let key, !isNone(key) { return try call(key, [v]) }
            return v
        }
        var order = Array(items.indices)
        func less(_ i: Int, _ j: Int) throws -> Bool {
            reverse ? try ordered(.lt, keys[j], keys[i]) : try ordered(.lt, keys[i], keys[j])
        }
        func mergeSort(_ a: ArraySlice<Int>) throws -> [Int] {
            if a.count <= 1 { return Array(a) }
            let mid = a.startIndex + a.count / 2
            let l = try mergeSort(a[a.startIndex..<mid]), r = try mergeSort(a[mid..<a.endIndex])
            var out: [Int] = []
            out.reserveCapacity(a.count)
            var i = 0, j = 0
            while i < l.count && j < r.count {
                if try less(r[j], l[i]) { out.append(r[j]); j += 1 } else { out.append(l[i]); i += 1 }
            }
            out += l[i...]; out += r[j...]
            return out
        }
        order = try mergeSort(order[...])
        return order.map { items[$0] }
    }

    func identity(_ o: PyObject) -> Int {
        let id = ObjectIdentifier(o)
        if let n = identities[id] { return n }
        let n = identities.count + 1
        identities[id] = n
        identityKeepAlive.append(o)
        return n
    }

    /// A deterministic hash for init-time `hash()` (CPython's string hashes are randomized).
    func hashValue(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x345678
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i == -1 ? -2 : i
        case .uint(let u): return Int(bitPattern: u)
        case .float(let d):
            if let i = Int(exactly: d) { return i == -1 ? -2 : i }
            return Int(truncatingIfNeeded: d.bitPattern)
        case .str(let s):
            var h: UInt64 = 0xcbf29ce484222325
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            let r = Int(truncatingIfNeeded: h >> 1)
            return r == -1 ? -2 : r
        case .bytes(let b): return try hashValue(.str(String(decoding: b, as: UTF8.self)))
        case .object(let o):
            if let t = o as? PyTuple {
                var h = 0x345678
                for item in t.items { h = (h ^ (try hashValue(item))) &* 1000003 }
                return h
            }
            _ = try hashKey(v)
            if let inst = o as? PyInstance, let m = inst.cls.lookup("__hash__") {
                return try intValue(try call(try bindIfFunction(m, v, inst.cls), []))
            }
            return identity(o)
        }
    }

    func minMax(_ name: String, _ args: [Value], _ kwargs: OrderedDictionary<String, Value>, wantMax: Bool) throws -> Value {
        let items = args.count == 1 ? try iterate(args[0]) : args
        guard var best = items.first else {
            if let d = kwargs["default"] { return d }
            throw pyError("ValueError", "\(name)() arg is an empty sequence")
        }
        let key = kwargs["key"].flatMap { isNone($0) ? nil : $0 }
        var bestKey = try key.map { try call($0, [best]) } ?? best
        for item in items.dropFirst() {
            let k = try key.map { try call($0, [item]) } ?? item
            if try ordered(wantMax ? .gt : .lt, k, bestKey) { best = item; bestKey = k }
        }
        return best
    }

    func write(toStandardError text: String) {
        FileHandle.standardError.write(text.data(using: .utf8) ?? Data())
    }
}

/// Whether a value is `None` (for optional arguments such as `key=None`).
func isNone(_ v: Value?) -> Bool {
    if case .none? = v { return true }
    return false
}
