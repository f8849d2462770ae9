// Definitions.swift — shared, generalizing definitions behind container and instance annotations.
//
// A ListDef (DictDef) stands for every list (dict, set) that may flow to the same places: when
// two meet, they are unified into one (union-find), so all of them get one item type. A
// ClassDef records the instance attributes of a class, typed by every write and every
// prebuilt instance. Each definition remembers which blocks read it, so that the annotator can
// reflow them when it generalizes.

import InitTime
import OrderedCollections
import Syntax

/// A place that read a definition and must be re-annotated when it changes.
public struct ReflowPoint: Hashable {
    public let graphIndex: Int
    public let blockID: Int
}

/// The annotator side of definitions: schedule readers for another pass.
protocol ReflowScheduler: AnyObject {
    func schedule(_ points: Set<ReflowPoint>)
    var currentPoint: ReflowPoint? { get }
    /// The operation being annotated (where container types come from).
    var currentLocation: SourceLocation? { get }
}

public final class ListDef {
    var parent: ListDef?
    var storedItem: Annotation = .impossible
    var readers = Set<ReflowPoint>()
    /// True once the list may change size (append, pop, ...): a fixed-size list could later be
    /// represented as a plain array.
    public internal(set) var resized = false
    public let id: Int
    unowned let scheduler: ReflowScheduler

    init(id: Int, scheduler: ReflowScheduler) {
        self.id = id
        self.scheduler = scheduler
    }

    public var root: ListDef {
        var r = self
        while let p = r.parent { r = p }
        return r
    }

    public var item: Annotation { root.storedItem }

    /// The item annotation, recording the current block as a reader.
    func readItem() -> Annotation {
        let r = root
        if let p = scheduler.currentPoint { r.readers.insert(p) }
        return r.storedItem
    }

    /// Where the items first got a type.
    var origin: SourceLocation?

    func generalize(_ a: Annotation) throws {
        let r = root
        if contains(r.storedItem, a) { return }
        do {
            r.storedItem = try union(r.storedItem, a)
        } catch var e as UnionError {
            e.origin = r.origin
            e.originWhat = "the list's items are \(r.storedItem) from here"
            throw e
        }
        if r.origin == nil, !a.isImpossible { r.origin = scheduler.currentLocation }
        scheduler.schedule(r.readers)
    }

    func unify(with other: ListDef) throws {
        let a = root, b = other.root
        if a === b { return }
        let merged = try union(a.storedItem, b.storedItem)
        b.parent = a
        let changedForA = !contains(a.storedItem, merged)
        let changedForB = !contains(b.storedItem, merged)
        a.storedItem = merged
        a.readers.formUnion(b.readers)
        a.resized = a.resized || b.resized
        if changedForA || changedForB { scheduler.schedule(a.readers) }
        // Whoever holds an annotation with `b` must see the merge.
        scheduler.schedule(b.readers)
    }
}

public final class DictDef {
    var parent: DictDef?
    var storedKey: Annotation = .impossible
    var storedValue: Annotation = .impossible
    var readers = Set<ReflowPoint>()
    /// For `r_dict`: the key equality and hash functions.
    public internal(set) var customEq: PyObject?
    public internal(set) var customHash: PyObject?
    public let id: Int
    unowned let scheduler: ReflowScheduler

    init(id: Int, scheduler: ReflowScheduler) {
        self.id = id
        self.scheduler = scheduler
    }

    public var root: DictDef {
        var r = self
        while let p = r.parent { r = p }
        return r
    }

    public var key: Annotation { root.storedKey }
    public var value: Annotation { root.storedValue }

    func read() -> (key: Annotation, value: Annotation) {
        let r = root
        if let p = scheduler.currentPoint { r.readers.insert(p) }
        return (r.storedKey, r.storedValue)
    }

    /// Where the keys and the values first got a type.
    var keyOrigin: SourceLocation?
    var valueOrigin: SourceLocation?

    func generalize(key k: Annotation?, value v: Annotation?) throws {
        let r = root
        var changed = false
        do {
            if let k = k, !contains(r.storedKey, k) {
                r.storedKey = try union(r.storedKey, k)
                if r.keyOrigin == nil, !k.isImpossible { r.keyOrigin = scheduler.currentLocation }
                changed = true
            }
        } catch var e as UnionError {
            e.origin = r.keyOrigin
            e.originWhat = "the keys are \(r.storedKey) from here"
            throw e
        }
        do {
            if let v = v, !contains(r.storedValue, v) {
                r.storedValue = try union(r.storedValue, v)
                if r.valueOrigin == nil, !v.isImpossible { r.valueOrigin = scheduler.currentLocation }
                changed = true
            }
        } catch var e as UnionError {
            e.origin = r.valueOrigin
            e.originWhat = "the values are \(r.storedValue) from here"
            throw e
        }
        if changed { scheduler.schedule(r.readers) }
    }

    func unify(with other: DictDef) throws {
        let a = root, b = other.root
        if a === b { return }
        a.storedKey = try union(a.storedKey, b.storedKey)
        a.storedValue = try union(a.storedValue, b.storedValue)
        if a.customEq == nil { a.customEq = b.customEq; a.customHash = b.customHash }
        b.parent = a
        a.readers.formUnion(b.readers)
        scheduler.schedule(a.readers)
    }
}

/// An instance attribute: its annotation and the blocks that read it.
public final class FieldDef {
    public let name: String
    public internal(set) var annotation: Annotation = .impossible
    var readers = Set<ReflowPoint>()
    /// Where a read through a base class made this the base's attribute (for diagnostics).
    var movedUpAt: SourceLocation?
    /// Where it was first assigned.
    var origin: SourceLocation?
    init(name: String) { self.name = name }
}

public final class ClassDef: CustomStringConvertible {
    public let pyClass: PyClass
    public let base: ClassDef?
    public internal(set) var subclasses: [ClassDef] = []
    /// Instance attributes stored at this level of the hierarchy, in first-seen order.
    public internal(set) var fields: OrderedDictionary<String, FieldDef> = [:]
    /// Blocks that looked up an attribute here and found nothing yet (reflowed when a field
    /// appears).
    var lookupReaders = Set<ReflowPoint>()
    /// Blocks that enumerated this class's subclasses (method calls, class attributes read
    /// through instances): reflowed when a new subclass appears.
    var familyReaders = Set<ReflowPoint>()
    public let id: Int

    init(pyClass: PyClass, base: ClassDef?, id: Int) {
        self.pyClass = pyClass
        self.base = base
        self.id = id
    }

    public var name: String { pyClass.qualname }
    public var description: String { name }

    /// self, base, base's base...
    public var ancestry: [ClassDef] {
        var result: [ClassDef] = [self]
        var c = self
        while let b = c.base { result.append(b); c = b }
        return result
    }

    public func isSubclass(of other: ClassDef) -> Bool { ancestry.contains { $0 === other } }

    public func commonBase(with other: ClassDef) -> ClassDef? {
        let mine = ancestry
        for c in other.ancestry where mine.contains(where: { $0 === c }) { return c }
        return nil
    }

    /// This class and all its subclasses, depth-first in definition order.
    public var family: [ClassDef] {
        var result: [ClassDef] = [self]
        for s in subclasses { result += s.family }
        return result
    }

    /// The class in the ancestry that stores field `name`.
    public func fieldOwner(_ name: String) -> ClassDef? {
        ancestry.first { $0.fields[name] != nil }
    }
}
