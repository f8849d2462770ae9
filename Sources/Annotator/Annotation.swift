// Annotation.swift — the lattice of types the annotator infers (stage 4, see DESIGN.md).
//
// An annotation describes every value a variable may hold at run time. Annotations only grow
// (`union`) until the whole program reaches a fixpoint. Containers and instances point to
// shared definitions (ListDef, DictDef, ClassDef) whose item and attribute types generalize as
// more of the program is seen; everyone holding the same definition sees the change.

import InitTime
import Syntax

public indirect enum Annotation: CustomStringConvertible {
    /// No value yet (bottom), or an expression that never returns (raise).
    case impossible
    /// Only None.
    case none
    /// A bool; `constant` when known at translation time (e.g. `we_are_translated()`).
    case bool(constant: Bool?)
    case int
    /// `rlib.rarithmetic.r_uint`.
    case uint
    case float
    case str(nullable: Bool)
    case bytes(nullable: Bool)
    case list(ListDef, nullable: Bool)
    case dict(DictDef, nullable: Bool)
    /// Sets share DictDef (values unused).
    case set(DictDef, nullable: Bool)
    case tuple([Annotation])
    case instance(ClassDef, nullable: Bool)
    /// A set of prebuilt constants of one kind: functions, classes or builtins.
    case pbc(PBCSet, nullable: Bool)
    /// `obj.method` as a value: the receiver (an instance of the class) and the method name.
    case boundMethod(ClassDef, String, nullable: Bool)
    /// A nested function that reads locals of its enclosing function, used as a value: the
    /// (lifted) function and the annotations of the values it captured.
    case closure(PyFunction, [Annotation])
    /// A prebuilt module used as a value (only for attribute access, folded at build time).
    case module(PyModule)
    /// An iterator over a container: next() gives `item`.
    case iterator(Annotation, over: IteratorKind)

    public enum IteratorKind: String {
        case list, str, dict, set, tuple, bytes
    }

    public var description: String {
        switch self {
        case .impossible: return "impossible"
        case .none: return "None"
        case .bool(let c): return c.map { "bool(\($0 ? "True" : "False"))" } ?? "bool"
        case .int: return "int"
        case .uint: return "r_uint"
        case .float: return "float"
        case .str(let n): return n ? "str?" : "str"
        case .bytes(let n): return n ? "bytes?" : "bytes"
        case .list(let d, let n): return "list[\(d.root.item)]" + (n ? "?" : "")
        case .dict(let d, let n): return "dict[\(d.root.key), \(d.root.value)]" + (n ? "?" : "")
        case .set(let d, let n): return "set[\(d.root.key)]" + (n ? "?" : "")
        case .tuple(let items): return "tuple(" + items.map { $0.description }.joined(separator: ", ") + ")"
        case .instance(let c, let n): return c.name + (n ? "?" : "")
        case .pbc(let s, let n): return s.description + (n ? "?" : "")
        case .boundMethod(let c, let m, let n): return "method \(c.name).\(m)" + (n ? "?" : "")
        case .closure(let f, let caps): return "closure \(f.qualname)(" + caps.map { $0.description }.joined(separator: ", ") + ")"
        case .module(let m): return "module \(m.name)"
        case .iterator(let item, let kind): return "iterator[\(kind.rawValue): \(item)]"
        }
    }

    public var isNullable: Bool {
        switch self {
        case .none: return true
        case .str(let n), .bytes(let n), .list(_, let n), .dict(_, let n), .set(_, let n),
             .instance(_, let n), .pbc(_, let n), .boundMethod(_, _, let n): return n
        default: return false
        }
    }

    /// The same annotation without None.
    public var nonNull: Annotation {
        switch self {
        case .str: return .str(nullable: false)
        case .bytes: return .bytes(nullable: false)
        case .list(let d, _): return .list(d, nullable: false)
        case .dict(let d, _): return .dict(d, nullable: false)
        case .set(let d, _): return .set(d, nullable: false)
        case .instance(let c, _): return .instance(c, nullable: false)
        case .pbc(let s, _): return .pbc(s, nullable: false)
        case .boundMethod(let c, let m, _): return .boundMethod(c, m, nullable: false)
        case .none: return .impossible
        default: return self
        }
    }

    func withNull() -> Annotation? {
        switch self {
        case .str: return .str(nullable: true)
        case .bytes: return .bytes(nullable: true)
        case .list(let d, _): return .list(d, nullable: true)
        case .dict(let d, _): return .dict(d, nullable: true)
        case .set(let d, _): return .set(d, nullable: true)
        case .instance(let c, _): return .instance(c, nullable: true)
        case .pbc(let s, _): return .pbc(s, nullable: true)
        case .boundMethod(let c, let m, _): return .boundMethod(c, m, nullable: true)
        case .none, .impossible: return .none
        default: return nil
        }
    }

    public var isImpossible: Bool {
        if case .impossible = self { return true }
        return false
    }

    public var isNumeric: Bool {
        switch self {
        case .bool, .int, .uint, .float: return true
        default: return false
        }
    }

    public var isIntegral: Bool {
        switch self {
        case .bool, .int, .uint: return true
        default: return false
        }
    }
}

/// Why two annotations could not be merged.
public struct UnionError: Error {
    public let left: Annotation
    public let right: Annotation
    public let reason: String
    /// Where the existing type came from, when known (a container's first items).
    public var origin: SourceLocation? = nil
    public var originWhat: String = ""
}

/// The least upper bound of two annotations. Merging two lists (dicts, sets) unifies their
/// definitions; merging instances gives their nearest common base class.
public func union(_ a: Annotation, _ b: Annotation) throws -> Annotation {
    switch (a, b) {
    case (.impossible, _): return b
    case (_, .impossible): return a
    case (.none, .none): return .none
    case (.none, _):
        guard let r = b.withNull() else { throw UnionError(left: a, right: b, reason: "\(b) cannot be None") }
        return r
    case (_, .none):
        guard let r = a.withNull() else { throw UnionError(left: a, right: b, reason: "\(a) cannot be None") }
        return r
    case (.bool(let x), .bool(let y)): return .bool(constant: x == y ? x : nil)
    case (.bool, .int), (.int, .bool), (.int, .int): return .int
    case (.uint, .uint), (.uint, .int), (.int, .uint), (.uint, .bool), (.bool, .uint): return .uint
    case (.float, .float): return .float
    case (.str(let n1), .str(let n2)): return .str(nullable: n1 || n2)
    case (.bytes(let n1), .bytes(let n2)): return .bytes(nullable: n1 || n2)
    case (.list(let d1, let n1), .list(let d2, let n2)):
        try d1.unify(with: d2)
        return .list(d1.root, nullable: n1 || n2)
    case (.dict(let d1, let n1), .dict(let d2, let n2)):
        try d1.unify(with: d2)
        return .dict(d1.root, nullable: n1 || n2)
    case (.set(let d1, let n1), .set(let d2, let n2)):
        try d1.unify(with: d2)
        return .set(d1.root, nullable: n1 || n2)
    case (.tuple(let x), .tuple(let y)):
        guard x.count == y.count else {
            throw UnionError(left: a, right: b, reason: "tuples of different lengths (\(x.count) and \(y.count))")
        }
        return .tuple(try zip(x, y).map { try union($0, $1) })
    case (.instance(let c1, let n1), .instance(let c2, let n2)):
        guard let common = c1.commonBase(with: c2) else {
            throw UnionError(left: a, right: b, reason: "classes \(c1.name) and \(c2.name) have no common base class")
        }
        return .instance(common, nullable: n1 || n2)
    case (.pbc(let s1, let n1), .pbc(let s2, let n2)):
        guard s1.kind == s2.kind else {
            throw UnionError(left: a, right: b, reason: "a \(s1.kind.rawValue) and a \(s2.kind.rawValue) cannot be mixed")
        }
        return .pbc(s1.union(s2), nullable: n1 || n2)
    case (.module(let m1), .module(let m2)) where m1 === m2: return a
    case (.closure(let f1, let c1), .closure(let f2, let c2)) where f1 === f2 && c1.count == c2.count:
        return .closure(f1, try zip(c1, c2).map { try union($0, $1) })
    case (.boundMethod(let c1, let m1, let n1), .boundMethod(let c2, let m2, let n2)) where m1 == m2:
        guard let common = c1.commonBase(with: c2) else {
            throw UnionError(left: a, right: b, reason: "methods of unrelated classes \(c1.name) and \(c2.name)")
        }
        return .boundMethod(common, m1, nullable: n1 || n2)
    case (.iterator(let i1, let k1), .iterator(let i2, let k2)) where k1 == k2:
        return .iterator(try union(i1, i2), over: k1)
    case (.int, .float), (.float, .int), (.bool, .float), (.float, .bool):
        throw UnionError(left: a, right: b, reason: "int and float cannot be mixed; convert explicitly with float() or int()")
    default:
        throw UnionError(left: a, right: b, reason: "\(a) and \(b) have no common RPython type")
    }
}

/// True when `b` adds nothing to `a` (a ⊒ b), for fixpoint detection. Containers compare by
/// definition identity; their contents change through the definitions themselves.
public func contains(_ a: Annotation, _ b: Annotation) -> Bool {
    switch (a, b) {
    case (_, .impossible): return true
    case (.impossible, _): return false
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == nil || x == y
    case (.int, .int), (.int, .bool), (.uint, .uint), (.uint, .int), (.uint, .bool), (.float, .float): return true
    case (.str(let n1), .str(let n2)), (.bytes(let n1), .bytes(let n2)): return n1 || !n2
    case (.str(let n), .none), (.bytes(let n), .none), (.list(_, let n), .none), (.dict(_, let n), .none),
         (.set(_, let n), .none), (.instance(_, let n), .none), (.pbc(_, let n), .none),
         (.boundMethod(_, _, let n), .none): return n
    case (.boundMethod(let c1, let m1, let n1), .boundMethod(let c2, let m2, let n2)):
        return m1 == m2 && c2.isSubclass(of: c1) && (n1 || !n2)
    case (.closure(let f1, let c1), .closure(let f2, let c2)):
        return f1 === f2 && c1.count == c2.count && zip(c1, c2).allSatisfy { contains($0, $1) }
    case (.list(let d1, let n1), .list(let d2, let n2)): return d1.root === d2.root && (n1 || !n2)
    case (.dict(let d1, let n1), .dict(let d2, let n2)): return d1.root === d2.root && (n1 || !n2)
    case (.set(let d1, let n1), .set(let d2, let n2)): return d1.root === d2.root && (n1 || !n2)
    case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { contains($0, $1) }
    case (.instance(let c1, let n1), .instance(let c2, let n2)): return c2.isSubclass(of: c1) && (n1 || !n2)
    case (.pbc(let s1, let n1), .pbc(let s2, let n2)): return s1.kind == s2.kind && s2.items.allSatisfy { s1.contains($0) } && (n1 || !n2)
    case (.module(let m1), .module(let m2)): return m1 === m2
    case (.iterator(let i1, let k1), .iterator(let i2, let k2)): return k1 == k2 && contains(i1, i2)
    default: return false
    }
}

/// A set of prebuilt constants of one kind. Items are kept in first-seen order.
public final class PBCSet: CustomStringConvertible {
    public enum Kind: String {
        case function, `class`, builtin, instance
    }
    public let kind: Kind
    public private(set) var items: [PyObject]

    public init(kind: Kind, items: [PyObject]) {
        self.kind = kind
        self.items = items
    }

    public func contains(_ o: PyObject) -> Bool { items.contains { $0 === o } }

    func union(_ other: PBCSet) -> PBCSet {
        if other.items.allSatisfy({ contains($0) }) { return self }
        var merged = items
        for o in other.items where !merged.contains(where: { $0 === o }) { merged.append(o) }
        return PBCSet(kind: kind, items: merged)
    }

    public var functions: [PyFunction] { items.compactMap { $0 as? PyFunction } }
    public var classes: [PyClass] { items.compactMap { $0 as? PyClass } }

    public var description: String {
        let names = items.map { describeObject($0) }
        return "{" + names.joined(separator: ", ") + "}"
    }
}

func describeObject(_ o: PyObject) -> String {
    switch o {
    case let f as PyFunction: return f.qualname
    case let c as PyClass: return c.qualname
    case let b as PyBuiltin: return b.name
    case let i as PyInstance: return "<\(i.cls.qualname) instance>"
    default: return "\(type(of: o))"
    }
}
