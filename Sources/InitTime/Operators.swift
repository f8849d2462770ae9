// Operators.swift — Python arithmetic, comparison and truth at init time.
//
// Part of stage 2 (see Evaluator.swift). Integers are 64-bit words: results are computed in
// 128 bits and must fit back in a word ("integer overflow at init time" otherwise; rlib code may
// keep wider intermediates as `PyBigInt`, and inside `ovfcheck(...)` overflow raises
// OverflowError). `r_uint` (`.uint`) arithmetic wraps modulo 2**64. Floor division and modulo
// follow Python's sign rules; `/` is float division; errors are CPython's exceptions.

import Foundation
import OrderedCollections
import Syntax

extension Interpreter {
    // MARK: - Truth

    func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .uint(let u): return u != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .object(let o):
            switch o {
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return !d.entries.isEmpty
            case let s as PySet: return !s.items.isEmpty
            case let r as PyRange: return rangeLength(r) > 0
            case let b as PyBigInt: return b.value != 0
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__bool__") { return try truthy(try call(try bindIfFunction(m, v, inst.cls), [])) }
                if let m = inst.cls.lookup("__len__") { return try truthy(try call(try bindIfFunction(m, v, inst.cls), [])) }
                return true
            default: return true
            }
        }
    }

    // MARK: - Numbers

    func wide(_ v: Value) -> Int128? {
        switch v {
        case .int(let i): return Int128(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    func intValue(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .uint(let u):
            guard let i = Int(exactly: u) else { throw overflow() }
            return i
        default: throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    func floatValue(_ v: Value) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .uint(let u): return Double(u)
        case .float(let d): return d
        case .object(let o): return (o as? PyBigInt).map { Double($0.value) }
        default: return nil
        }
    }

    func overflow() -> Error {
        if overflowRaises { return pyError("OverflowError", "integer overflow") }
        return InitFailure(.initTimeError,
                           "integer overflow at init time: the result does not fit in 64 bits (wrap it with rlib.rarithmetic.intmask or use r_uint)")
    }

    /// A wide integer result back as a word (or a `PyBigInt` in rlib code).
    func intResult(_ r: Int128) throws -> Value {
        if let i = Int(exactly: r) { return .int(i) }
        if allowBigInts && !overflowRaises { return .object(PyBigInt(r)) }
        throw overflow()
    }

    private func checked(_ r: (partialValue: Int128, overflow: Bool)) throws -> Int128 {
        if r.overflow { throw overflow() }
        return r.partialValue
    }

    func floorDivMod(_ a: Int128, _ b: Int128) -> (Int128, Int128) {
        var q = a / b
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { q -= 1; r += b }
        return (q, r)
    }

    func floatDivMod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b; div -= 1 }
        } else {
            mod = b < 0 ? -0.0 : 0.0
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0.0, a / b)
        }
        return (floordiv, mod)
    }

    func dunderName(_ op: BinaryOperator) -> String {
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
        case .bitOr: return "or"
        case .bitXor: return "xor"
        case .bitAnd: return "and"
        }
    }

    func binaryOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        // Booleans combine to booleans under & | ^.
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        if let x = wide(a), let y = wide(b) { return try intOp(op, x, y) }
        if isUnsignedOperand(a) && isUnsignedOperand(b), let r = try uintOp(op, a, b) { return r }
        if let x = floatValue(a), let y = floatValue(b) {
            if case .float = a { return try floatOp(op, x, y) }
            if case .float = b { return try floatOp(op, x, y) }
        }
        if let r = try sequenceOp(op, a, b) { return r }
        if case .object(let o) = a, let inst = o as? PyInstance, let m = inst.cls.lookup("__\(dunderName(op))__") {
            return try call(try bindIfFunction(m, a, inst.cls), [b])
        }
        if case .object(let o) = b, let inst = o as? PyInstance, let m = inst.cls.lookup("__r\(dunderName(op))__") {
            return try call(try bindIfFunction(m, b, inst.cls), [a])
        }
        if op == .add, case .str = a {
            throw typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if op == .add, case .object(let o) = a, o is PyList {
            throw typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        }
        throw typeError("unsupported operand type(s) for \(op.rawValue): '\(typeName(a))' and '\(typeName(b))'")
    }

    private func isUnsignedOperand(_ v: Value) -> Bool {
        switch v {
        case .uint, .int, .bool: return true
        default: return false
        }
    }

    private func intOp(_ op: BinaryOperator, _ x: Int128, _ y: Int128) throws -> Value {
        switch op {
        case .add: return try intResult(try checked(x.addingReportingOverflow(y)))
        case .sub: return try intResult(try checked(x.subtractingReportingOverflow(y)))
        case .mul: return try intResult(try checked(x.multipliedReportingOverflow(by: y)))
        case .div:
            if y == 0 { throw pyError("ZeroDivisionError", "division by zero") }
            return .float(Double(x) / Double(y))
        case .floorDiv:
            if y == 0 { throw pyError("ZeroDivisionError", "integer division or modulo by zero") }
            if x == Int128.min && y == -1 { throw overflow() }
            return try intResult(floorDivMod(x, y).0)
        case .mod:
            if y == 0 { throw pyError("ZeroDivisionError", "integer modulo by zero") }
            if y == -1 { return .int(0) }
            return try intResult(floorDivMod(x, y).1)
        case .pow:
            if y < 0 {
                if x == 0 { throw pyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
                return .float(pow(Double(x), Double(y)))
            }
            var result: Int128 = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 { result = try checked(result.multipliedReportingOverflow(by: base)) }
                e >>= 1
                if e > 0 { base = try checked(base.multipliedReportingOverflow(by: base)) }
            }
            return try intResult(result)
        case .lShift:
            if y < 0 { throw pyError("ValueError", "negative shift count") }
            if x == 0 { return .int(0) }
            if y >= 126 { throw overflow() }
            let r = x << y
            if r >> y != x { throw overflow() }
            return try intResult(r)
        case .rShift:
            if y < 0 { throw pyError("ValueError", "negative shift count") }
            if y >= 127 { return .int(x < 0 ? -1 : 0) }
            return try intResult(x >> y)
        case .bitAnd: return try intResult(x & y)
        case .bitOr: return try intResult(x | y)
        case .bitXor: return try intResult(x ^ y)
        case .matMul: throw typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    private func uintOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        func word(_ v: Value) -> UInt {
            switch v {
            case .uint(let u): return u
            case .int(let i): return UInt(bitPattern: i)
            case .bool(let b): return b ? 1 : 0
            default: return 0
            }
        }
        let x = word(a), y = word(b)
        switch op {
        case .add: return .uint(x &+ y)
        case .sub: return .uint(x &- y)
        case .mul: return .uint(x &* y)
        case .floorDiv, .mod:
            if y == 0 { throw pyError("ZeroDivisionError", op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            return .uint(op == .mod ? x % y : x / y)
        case .div:
            if y == 0 { throw pyError("ZeroDivisionError", "division by zero") }
            return .float(Double(x) / Double(y))
        case .bitAnd: return .uint(x & y)
        case .bitOr: return .uint(x | y)
        case .bitXor: return .uint(x ^ y)
        case .lShift, .rShift:
            let n = try intValue(b)
            if n < 0 { throw pyError("ValueError", "negative shift count") }
            if case .uint = a {
                if n >= 64 { return .uint(0) }
                return .uint(op == .lShift ? x << UInt(n) : x >> UInt(n))
            }
            return nil
        case .pow:
            var result: UInt = 1, base = x, e = try intValue(b)
            if e < 0 { return .float(pow(Double(x), Double(e))) }
            while e > 0 {
                if e & 1 == 1 { result = result &* base }
                base = base &* base
                e >>= 1
            }
            return .uint(result)
        case .matMul: return nil
        }
    }

    private func floatOp(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw pyError("ZeroDivisionError", "float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw pyError("ZeroDivisionError", "float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .mod:
            if y == 0 { throw pyError("ZeroDivisionError", "float modulo") }
            return .float(floatDivMod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw pyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            if x < 0 && y.rounded() != y { throw pyError("ValueError", "complex results are not supported at init time") }
            return .float(pow(x, y))
        default:
            throw typeError("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    /// The largest sequence init-time code may build (items or bytes): beyond it, MemoryError
    /// rather than the translator running out of memory.
    static let maximumSequenceLength = 1 << 28

    func checkSize(_ count: Int, _ itemSize: Int = 1) throws {
        let (total, overflow) = count.multipliedReportingOverflow(by: max(1, itemSize))
        if overflow || total > Interpreter.maximumSequenceLength {
            throw pyError("MemoryError", "init-time object too large (\(count) items)")
        }
    }

    private func repeatCount(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    private func sequenceOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)): return .str(x + y)
        case (.add, .bytes(let x), .bytes(let y)): return .bytes(x + y)
        case (.mul, .str(let s), _):
            if let n = repeatCount(b) { try checkSize(n, s.utf8.count); return .str(String(repeating: s, count: max(0, n))) }
        case (.mul, _, .str(let s)):
            if let n = repeatCount(a) { try checkSize(n, s.utf8.count); return .str(String(repeating: s, count: max(0, n))) }
        case (.mul, .bytes(let s), _):
            if let n = repeatCount(b) { try checkSize(n, s.count); return .bytes(Array([[UInt8]](repeating: s, count: max(0, n)).joined())) }
        case (.mod, .str(let s), _): return .str(try percentFormat(s, b))
        case (.add, .object(let x), .object(let y)):
            if let l = x as? PyList, let m = y as? PyList { return .object(PyList(l.items + m.items)) }
            if let l = x as? PyTuple, let m = y as? PyTuple { return .object(PyTuple(l.items + m.items)) }
        case (.mul, .object(let x), _):
            if let n = repeatCount(b) {
                if let l = x as? PyList { return .object(PyList(try repeated(l.items, n))) }
                if let t = x as? PyTuple { return .object(PyTuple(try repeated(t.items, n))) }
            }
        case (.mul, _, .object(let y)):
            if let n = repeatCount(a) {
                if let l = y as? PyList { return .object(PyList(try repeated(l.items, n))) }
                if let t = y as? PyTuple { return .object(PyTuple(try repeated(t.items, n))) }
            }
        default: break
        }
        if case .object(let x) = a, case .object(let y) = b {
            if let s = x as? PySet, let t = y as? PySet {
                let frozen = s.isFrozen
                switch op {
                case .bitOr: return .object(PySet(s.items.union(t.items), frozen: frozen))
                case .bitAnd: return .object(PySet(s.items.filter { t.items.contains($0) }, frozen: frozen))
                case .sub: return .object(PySet(s.items.filter { !t.items.contains($0) }, frozen: frozen))
                case .bitXor:
                    return .object(PySet(s.items.filter { !t.items.contains($0) }
                        .union(t.items.filter { !s.items.contains($0) }), frozen: frozen))
                default: break
                }
            }
            if op == .bitOr, let d = x as? PyDict, let e = y as? PyDict {
                let r = PyDict(d.entries)
                for (k, v) in e.entries { r.entries[k] = v }
                return .object(r)
            }
        }
        return nil
    }

    func repeated(_ items: [Value], _ n: Int) throws -> [Value] {
        try checkSize(n, items.count)
        var r: [Value] = []
        for _ in 0..<max(0, n) { r += items }
        return r
    }

    func unaryOp(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch op {
        case .not: return .bool(!(try truthy(v)))
        case .plus:
            if case .bool(let b) = v { return .int(b ? 1 : 0) }
            if wide(v) != nil || floatValue(v) != nil { return v }
        case .minus:
            if let x = wide(v) { return try intResult(try checked(Int128(0).subtractingReportingOverflow(x))) }
            if case .uint(let u) = v { return .uint(0 &- u) }
            if case .float(let d) = v { return .float(-d) }
        case .invert:
            if let x = wide(v) { return try intResult(~x) }
            if case .uint(let u) = v { return .uint(~u) }
        }
        if case .object(let o) = v, let inst = o as? PyInstance {
            let name = ["not": "", "+": "__pos__", "-": "__neg__", "~": "__invert__"][op.rawValue] ?? ""
            if let m = inst.cls.lookup(name) { return try call(try bindIfFunction(m, v, inst.cls), []) }
        }
        throw typeError("bad operand type for unary \(op.rawValue): '\(typeName(v))'")
    }

    // MARK: - Comparison

    /// Guards comparisons and reprs of (possibly cyclic) nested containers, as CPython's
    /// recursion limit does.
    func nested<T>(_ body: () throws -> T) throws -> T {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 2000 { throw pyError("RecursionError", "maximum recursion depth exceeded in comparison or repr") }
        return try body()
    }

    func equals(_ a: Value, _ b: Value) throws -> Bool {
        if case .object(let x) = a, case .object(let y) = b, x === y { return true }
        if case .object(let o) = a, let inst = o as? PyInstance, let m = inst.cls.lookup("__eq__") {
            return try truthy(try call(try bindIfFunction(m, a, inst.cls), [b]))
        }
        if case .object(let o) = b, let inst = o as? PyInstance, let m = inst.cls.lookup("__eq__") {
            return try truthy(try call(try bindIfFunction(m, b, inst.cls), [a]))
        }
        if case .object(let x) = a, case .object(let y) = b {
            if let l = x as? PyList, let m = y as? PyList { return try sequencesEqual(l.items, m.items) }
            if let l = x as? PyTuple, let m = y as? PyTuple { return try sequencesEqual(l.items, m.items) }
        }
        return pyEquals(a, b)
    }

    private func sequencesEqual(_ a: [Value], _ b: [Value]) throws -> Bool {
        guard a.count == b.count else { return false }
        return try nested {
            for (x, y) in zip(a, b) where try !identical(x, y) && !equals(x, y) { return false }
            return true
        }
    }

    /// `a < b` (and the other orderings, via `op`).
    func ordered(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Bool {
        func result(_ c: Int) -> Bool {
            switch op {
            case .lt: return c < 0
            case .ltE: return c <= 0
            case .gt: return c > 0
            default: return c >= 0
            }
        }
        if let x = wide(a), let y = wide(b) { return result(x < y ? -1 : (x == y ? 0 : 1)) }
        switch (a, b) {
        case (.uint(let x), .uint(let y)): return result(x < y ? -1 : (x == y ? 0 : 1))
        case (.uint(let x), _) where wide(b) != nil:
            let y = wide(b) ?? 0
            return result(Int128(x) < y ? -1 : (Int128(x) == y ? 0 : 1))
        case (_, .uint(let y)) where wide(a) != nil:
            let x = wide(a) ?? 0
            return result(x < Int128(y) ? -1 : (x == Int128(y) ? 0 : 1))
        case (.str(let x), .str(let y)):
            let c = x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1
                : (x.unicodeScalars.elementsEqual(y.unicodeScalars) ? 0 : 1)
            return result(c)
        case (.bytes(let x), .bytes(let y)):
            return result(x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1))
        default: break
        }
        if let x = floatValue(a), let y = floatValue(b) {
            switch op {
            case .lt: return x < y
            case .ltE: return x <= y
            case .gt: return x > y
            default: return x >= y
            }
        }
        if case .object(let xo) = a, case .object(let yo) = b {
            var xs: [Value]?, ys: [Value]?
            if let l = xo as? PyList, let m = yo as? PyList { xs = l.items; ys = m.items }
            if let l = xo as? PyTuple, let m = yo as? PyTuple { xs = l.items; ys = m.items }
            if let xs, let ys {
                for (x, y) in zip(xs, ys) where try !identical(x, y) && !equals(x, y) {
                    return try nested { try ordered(op, x, y) }
                }
                return result(xs.count < ys.count ? -1 : (xs.count == ys.count ? 0 : 1))
            }
            if let s = xo as? PySet, let t = yo as? PySet {
                let sub = s.items.allSatisfy { t.items.contains($0) }
                let sup = t.items.allSatisfy { s.items.contains($0) }
                switch op {
                case .lt: return sub && s.items.count < t.items.count
                case .ltE: return sub
                case .gt: return sup && s.items.count > t.items.count
                default: return sup
                }
            }
        }
        let names: [CompareOperator: (String, String)] = [.lt: ("__lt__", "__gt__"), .ltE: ("__le__", "__ge__"),
                                                          .gt: ("__gt__", "__lt__"), .gtE: ("__ge__", "__le__")]
        if let (fwd, rev) = names[op] {
            if case .object(let o) = a, let inst = o as? PyInstance, let m = inst.cls.lookup(fwd) {
                return try truthy(try call(try bindIfFunction(m, a, inst.cls), [b]))
            }
            if case .object(let o) = b, let inst = o as? PyInstance, let m = inst.cls.lookup(rev) {
                return try truthy(try call(try bindIfFunction(m, b, inst.cls), [a]))
            }
        }
        throw typeError("'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return sub.isEmpty || s.contains(sub)
        case .bytes(let b):
            if case .int(let i) = item { return b.contains { Int($0) == i } }
            if case .bytes(let sub) = item { return sub.isEmpty || findSubsequence(b, sub, from: 0) != nil }
        case .object(let o):
            switch o {
            case let d as PyDict: return d.entries[try hashKey(item)] != nil
            case let s as PySet: return s.items.contains(try hashKey(item))
            case let r as PyRange:
                guard let i = wide(item) else { return false }
                let start = Int128(r.start), stop = Int128(r.stop), step = Int128(r.step)
                return step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                    : (i <= start && i > stop && (start - i) % (-step) == 0)
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__contains__") {
                    return try truthy(try call(try bindIfFunction(m, container, inst.cls), [item]))
                }
            default: break
            }
            for x in try iterate(container) where try identical(x, item) || equals(x, item) { return true }
            return false
        default: break
        }
        throw typeError("argument of type '\(typeName(container))' is not iterable")
    }

    func findSubsequence<T: Equatable>(_ hay: [T], _ needle: [T], from start: Int) -> Int? {
        if needle.isEmpty { return start <= hay.count ? start : nil }
        guard hay.count >= needle.count, start <= hay.count - needle.count else { return nil }
        var i = max(0, start)
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Bool {
        switch op {
        case .eq: return try equals(a, b)
        case .notEq:
            if case .object(let o) = a, let inst = o as? PyInstance, let m = inst.cls.lookup("__ne__") {
                return try truthy(try call(try bindIfFunction(m, a, inst.cls), [b]))
            }
            return !(try equals(a, b))
        case .is: return identical(a, b)
        case .isNot: return !identical(a, b)
        case .in: return try contains(b, a)
        case .notIn: return !(try contains(b, a))
        case .lt, .ltE, .gt, .gtE: return try ordered(op, a, b)
        }
    }
}
