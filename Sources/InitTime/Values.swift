// Values.swift — the object model of init-time evaluation.
//
// Stage 2 of the pipeline: module bodies run at translation time over these values. The heap
// they leave behind is the set of *prebuilt constants* that later stages read: the flow-graph
// builder resolves global names to them, the annotator types them, the C backend emits them as
// static data. Values follow CPython semantics (equality, hashing, truth) closely enough that
// init-time code computes what CPython would.

import OrderedCollections
import Syntax

/// An init-time value. Scalars are stored inline; everything with identity is a `PyObject`.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    /// An `rlib.rarithmetic.r_uint`.
    case uint(UInt)
    case float(Double)
    case str(String)
    case bytes([UInt8])
    case object(PyObject)

    public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }
}

/// Base of every init-time value that has identity.
public class PyObject {
    /// Attributes set with `setattr`/`obj.x = ...` on objects that allow it (functions carry
    /// JIT and specialization hints this way, e.g. `_annspecialcase_`).
    public var attributes: OrderedDictionary<String, Value> = [:]
    public init() {}
}

public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value]) { self.items = items }
}

public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) { self.items = items }
}

/// A key in an init-time dict or set: Python equality and hashing (1 == 1.0 == True,
/// tuples by value, other objects by identity).
public struct HashKey: Hashable {
    public let value: Value
    public init(_ value: Value) { self.value = value }

    public static func == (a: HashKey, b: HashKey) -> Bool { pyEquals(a.value, b.value) }
    public func hash(into hasher: inout Hasher) { pyHashInto(value, &hasher) }
}

public final class PyDict: PyObject {
    /// Insertion-ordered, as on CPython. The stored key is the first one inserted.
    public var entries: OrderedDictionary<HashKey, Value>
    public init(_ entries: OrderedDictionary<HashKey, Value> = [:]) { self.entries = entries }
}

public final class PySet: PyObject {
    public var items: OrderedSet<HashKey>
    public let isFrozen: Bool
    public init(_ items: OrderedSet<HashKey> = [], frozen: Bool = false) {
        self.items = items
        self.isFrozen = frozen
    }
}

/// A module: its dotted name, the file it came from, and its namespace.
public final class PyModule: PyObject {
    public let name: String
    public let file: String
    public var dict: OrderedDictionary<String, Value> = [:]
    public init(name: String, file: String) {
        self.name = name
        self.file = file
    }
}

/// A variable captured by a closure.
public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) { self.value = value }
}

/// A function written in Python. Lambdas are given a synthesized `FunctionDef` named
/// `<lambda>` whose body is `return <expr>`, so that every stage sees one shape.
public final class PyFunction: PyObject {
    public let def: FunctionDef
    public var name: String
    public var qualname: String
    /// The module whose namespace holds this function's globals.
    public let module: PyModule
    /// Defaults of the positional parameters (the last `defaults.count` of them).
    public var defaults: [Value]
    /// Defaults of keyword-only parameters, by name.
    public var kwDefaults: [String: Value]
    /// Free variables, by name: cells of the enclosing init-time scopes.
    public var closure: [String: PyCell]

    public init(def: FunctionDef, name: String, qualname: String, module: PyModule,
                defaults: [Value] = [], kwDefaults: [String: Value] = [:],
                closure: [String: PyCell] = [:]) {
        self.def = def
        self.name = name
        self.qualname = qualname
        self.module = module
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
    }
}

/// A class. Built-in classes (`object`, `int`, `Exception` and its hierarchy, ...) are
/// `PyClass` objects too, with `builtin` set, so that user classes can inherit from them and
/// `isinstance` treats them uniformly.
public final class PyClass: PyObject {
    /// Writable because init-time code may rename classes (`cls.__name__ = ...` in factories).
    public var name: String
    public var qualname: String
    public let bases: [PyClass]
    /// The class body's namespace, in definition order (methods, class attributes, hints such
    /// as `_immutable_fields_`, `_mixin_`).
    public var dict: OrderedDictionary<String, Value>
    public let module: PyModule?
    public let location: SourceLocation?
    /// For built-in classes: which one ("object", "int", "ValueError", ...).
    public let builtin: String?

    public init(name: String, qualname: String, bases: [PyClass],
                dict: OrderedDictionary<String, Value>, module: PyModule?,
                location: SourceLocation?, builtin: String? = nil) {
        self.name = name
        self.qualname = qualname
        self.bases = bases
        self.dict = dict
        self.module = module
        self.location = location
        self.builtin = builtin
    }

    /// The method resolution order. RPython allows single inheritance (plus mixins, whose
    /// members the evaluator copies into the class dict), so this is the chain of first bases.
    public var mro: [PyClass] {
        var result: [PyClass] = [self]
        var c = self
        while let b = c.bases.first { result.append(b); c = b }
        return result
    }

    public func lookup(_ name: String) -> Value? {
        var c: PyClass? = self
        while let k = c {
            if let v = k.dict[name] { return v }
            c = k.bases.first
        }
        return nil
    }

    public func isSubclass(of other: PyClass) -> Bool {
        var c: PyClass? = self
        while let k = c {
            if k === other { return true }
            c = k.bases.first
        }
        return false
    }
}

/// An instance of a Python class (including built-in exception classes).
public final class PyInstance: PyObject {
    public let cls: PyClass
    public init(cls: PyClass) { self.cls = cls }
}

/// A function implemented inside the translator: built-ins (`len`, `isinstance`), methods of
/// built-in types at init time, and `rlib` intrinsics. `name` is the qualified name that
/// later stages dispatch on, e.g. "len", "rlib.rarithmetic.intmask".
public final class PyBuiltin: PyObject {
    public typealias Implementation = (_ args: [Value], _ kwargs: OrderedDictionary<String, Value>) throws -> Value
    public let name: String
    public let implementation: Implementation
    public init(name: String, implementation: @escaping Implementation) {
        self.name = name
        self.implementation = implementation
    }
}

/// `obj.method` bound at init time (for built-ins too, e.g. `lst.append`).
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
}

/// `range(start, stop, step)` at init time.
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}

/// An integer outside the signed 64-bit range. Only `rlib` modules may compute with them at
/// init time (e.g. `_MASK = (1 << LONG_BIT) - 1` in rlib.rarithmetic); anywhere else such a
/// result is the diagnostic "integer overflow at init time". Run-time code may not use them.
public final class PyBigInt: PyObject {
    public let value: Int128
    public init(_ value: Int128) { self.value = value }
    /// The decimal digits, with a leading '-' when negative.
    public var decimal: String { String(value) }
}

/// A Python iterator at init time (`iter(x)`, `enumerate(...)`, generator expressions and
/// generator functions). `next` returns nil when exhausted.
public final class PyIterator: PyObject {
    public let next: () throws -> Value?
    /// What a generator function returned when it finished (the value of `yield from`).
    public var returnValue: Value = .none
    public init(next: @escaping () throws -> Value?) { self.next = next }
    public convenience init(items: [Value]) {
        var i = 0
        self.init(next: {
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i]
        })
    }
}

// MARK: - Python equality and hashing for init-time values

/// `a == b` as CPython computes it for the types init-time code uses.
public func pyEquals(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.str(let x), .str(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
    case (.bytes(let x), .bytes(let y)): return x == y
    case (.object(let x), .object(let y)):
        if x === y { return true }
        if let tx = x as? PyTuple, let ty = y as? PyTuple {
            return tx.items.count == ty.items.count
                && zip(tx.items, ty.items).allSatisfy { pyEquals($0, $1) }
        }
        if let lx = x as? PyList, let ly = y as? PyList {
            return lx.items.count == ly.items.count
                && zip(lx.items, ly.items).allSatisfy { pyEquals($0, $1) }
        }
        if let dx = x as? PyDict, let dy = y as? PyDict {
            return dx.entries.count == dy.entries.count && dx.entries.allSatisfy { k, v in
                if let w = dy.entries[k] { return pyEquals(v, w) }
                return false
            }
        }
        if let sx = x as? PySet, let sy = y as? PySet {
            return sx.items.count == sy.items.count && sx.items.allSatisfy { sy.items.contains($0) }
        }
        if let bx = x as? PyBigInt, let by = y as? PyBigInt { return bx.value == by.value }
        return false
    default:
        if let x = numericValue(a), let y = numericValue(b) { return x == y }
        return false
    }
}

/// Numbers compared across int, bool, r_uint and float. Exact for words: compares as
/// integers when both are integral, as doubles otherwise.
private enum Numeric: Equatable {
    case integer(Int)
    case unsigned(UInt)
    case real(Double)
    static func == (a: Numeric, b: Numeric) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y
        case (.unsigned(let x), .unsigned(let y)): return x == y
        case (.integer(let x), .unsigned(let y)), (.unsigned(let y), .integer(let x)):
            return x >= 0 && UInt(x) == y
        case (.real(let x), .real(let y)): return x == y
        case (.integer(let i), .real(let d)), (.real(let d), .integer(let i)):
            return Double(i) == d && d.rounded() == d && d < 9.3e18 && Int(d) == i
        case (.unsigned(let u), .real(let d)), (.real(let d), .unsigned(let u)):
            return Double(u) == d && d >= 0 && d < 1.8e19 && d.rounded() == d && UInt(d) == u
        }
    }
}

private func numericValue(_ v: Value) -> Numeric? {
    switch v {
    case .bool(let b): return .integer(b ? 1 : 0)
    case .int(let i): return .integer(i)
    case .uint(let u): return .unsigned(u)
    case .float(let d): return .real(d)
    default: return nil
    }
}

/// Feeds a hash consistent with `pyEquals` (equal numbers hash alike).
public func pyHashInto(_ v: Value, _ hasher: inout Hasher) {
    switch v {
    case .none: hasher.combine(0)
    case .bool(let b): hasher.combine(b ? 1 : 0)
    case .int(let i): hasher.combine(i)
    case .uint(let u): if u <= UInt(Int.max) { hasher.combine(Int(u)) } else { hasher.combine(u) }
    case .float(let d):
        if d.rounded() == d, abs(d) < 9.2e18 { hasher.combine(Int(d)) } else { hasher.combine(d) }
    case .str(let s): hasher.combine(1); for u in s.unicodeScalars { hasher.combine(u.value) }
    case .bytes(let b): hasher.combine(2); hasher.combine(b)
    case .object(let o):
        if let t = o as? PyTuple {
            hasher.combine(3)
            for item in t.items { pyHashInto(item, &hasher) }
        } else if let b = o as? PyBigInt {
            hasher.combine(4)
            hasher.combine(b.value)
        } else {
            hasher.combine(ObjectIdentifier(o))
        }
    }
}
