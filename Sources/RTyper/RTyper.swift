// RTyper.swift — low-level types and layouts (stage 5, see DESIGN.md).
//
// The RTyper maps every annotation to a low-level type (a machine word, a double, a bool, or a
// pointer to a GC object of a known layout), lays out instances (a struct per class, the base
// class's struct first, behind a vtable pointer), numbers classes so that isinstance is a
// range check on type ids, gathers vtable slots for methods called on several classes and for
// class attributes read through instances, groups functions called from one site into call
// families that share one signature, and finds which graphs can raise.
//
// Deviation from DESIGN.md for now: operations are not yet rewritten into low-level
// operations in the graphs; the C backend lowers each high-level operation itself, using the
// types and layouts computed here. The result type `LowLevelProgram` is what it reads.

import Annotator
import Flow
import InitTime
import OrderedCollections

/// How a value is stored in a machine word, a struct field or a C variable.
public enum Storage: String, Hashable {
    case int = "i"       // int64_t (int, bool, char in words and tuples)
    case uint = "u"      // uint64_t
    case float = "f"     // double
    case pointer = "p"   // any GC pointer, or NULL for None
}

public indirect enum LowLevelType: Hashable, CustomStringConvertible {
    case void            // None only, or no value (impossible)
    case bool
    case int
    case uint
    case float
    case str
    case bytes
    case list
    case dict
    case tuple(TupleLayout)
    case instance(Int)   // ClassLayout id
    case classRef        // a vtable pointer
    case function(Int)   // call family id
    case iterator(String)

    public var storage: Storage {
        switch self {
        case .bool, .int: return .int
        case .uint: return .uint
        case .float: return .float
        default: return .pointer
        }
    }

    public var description: String {
        switch self {
        case .void: return "Void"
        case .bool: return "Bool"
        case .int: return "Signed"
        case .uint: return "Unsigned"
        case .float: return "Float"
        case .str: return "Ptr(rpy_str)"
        case .bytes: return "Ptr(rpy_bytes)"
        case .list: return "Ptr(rpy_list)"
        case .dict: return "Ptr(rpy_dict)"
        case .tuple(let t): return "Ptr(\(t.cName))"
        case .instance(let id): return "Ptr(instance#\(id))"
        case .classRef: return "Ptr(vtable)"
        case .function(let f): return "FuncPtr(family#\(f))"
        case .iterator(let k): return "Iter(\(k))"
        }
    }
}

/// A tuple struct, keyed by the storage of its items (so unions of tuples share layouts).
public struct TupleLayout: Hashable {
    public let items: [Storage]
    public var cName: String { "rpy_tup_" + (items.isEmpty ? "0" : items.map { $0.rawValue }.joined()) }
}

/// The struct of one class: its own fields after its base's.
public final class ClassLayout {
    public let classDef: ClassDef
    public let id: Int
    public let base: ClassLayout?
    /// Fields stored at this level, with their low-level types.
    public internal(set) var fields: [(name: String, type: LowLevelType, annotation: Annotation)] = []
    /// Type ids: this class's, and the largest of its subclasses' (isinstance is a range check).
    public internal(set) var typeID = 0
    public internal(set) var typeIDMax = 0

    init(classDef: ClassDef, id: Int, base: ClassLayout?) {
        self.classDef = classDef
        self.id = id
        self.base = base
    }

    public var cName: String { "rpy_cls_\(id)" }
    public var name: String { classDef.name }
}

/// Functions that share a call site share one C signature.
public final class CallFamily {
    public let id: Int
    public internal(set) var members: [Int] = []   // graph indexes
    public internal(set) var inputs: [Annotation] = []
    public internal(set) var result: Annotation = .impossible
    init(id: Int) { self.id = id }
}

/// A vtable slot: a method implemented differently in a class family, or a class attribute
/// read through instances.
public struct VTableSlot {
    public enum Kind { case method(String), classAttribute(String) }
    public let kind: Kind
    public let cName: String
    /// For methods: the call family of the implementations; per class, the graph index.
    public let family: Int?
    public let type: LowLevelType
    public let annotation: Annotation
    /// Per class layout id: the implementing graph (methods) or the value (attributes).
    public let methodGraphs: [Int: Int]
    public let attributeValues: [Int: Value]
}

public final class LowLevelProgram {
    public let annotator: Annotator
    public internal(set) var classLayouts: [ClassLayout] = []
    var layoutByClassDef: [ObjectIdentifier: ClassLayout] = [:]
    public internal(set) var tupleLayouts: OrderedSet<TupleLayout> = []
    public internal(set) var families: [CallFamily] = []
    public internal(set) var familyOfGraph: [Int: Int] = [:]
    public internal(set) var slots: [VTableSlot] = []
    var slotIndex: [String: Int] = [:]
    /// Graphs that may leave with an exception.
    public internal(set) var canRaise: Set<Int> = []
    /// Graphs on a cycle of the call graph: they check for C stack overflow on entry
    /// (RecursionError instead of a crash).
    public internal(set) var recursive: Set<Int> = []

    init(annotator: Annotator) { self.annotator = annotator }

    public func layout(of c: ClassDef) -> ClassLayout { layoutByClassDef[ObjectIdentifier(c)]! }

    /// The low-level type of an annotation.
    public func lowLevelType(_ a: Annotation) -> LowLevelType {
        switch a {
        case .impossible, .none, .module: return .void
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .float: return .float
        case .str: return .str
        case .bytes: return .bytes
        case .list: return .list
        case .dict, .set: return .dict
        case .tuple(let items):
            let t = TupleLayout(items: items.map { lowLevelType($0).storage })
            tupleLayouts.append(t)
            return .tuple(t)
        case .instance(let c, _), .boundMethod(let c, _, _): return .instance(layout(of: c).id)
        case .pbc(let s, _):
            switch s.kind {
            case .class: return .classRef
            case .function:
                if s.items.count == 1 { return .void }
                return .function(familyFor(s.functions))
            case .builtin, .instance: return .void
            }
        case .iterator(_, let kind): return .iterator(kind.rawValue)
        case .closure(_, let captured):
            let t = TupleLayout(items: captured.map { lowLevelType($0).storage })
            tupleLayouts.append(t)
            return .tuple(t)
        }
    }

    func familyFor(_ functions: [PyFunction]) -> Int {
        for desc in annotator.descs where functions.contains(where: { $0 === desc.function }) {
            if let f = familyOfGraph[desc.graphIndex] { return f }
        }
        return 0
    }

    /// The signature of a graph: its family's when it belongs to one.
    public func signature(of graphIndex: Int) -> (inputs: [Annotation], result: Annotation) {
        if let f = familyOfGraph[graphIndex] {
            return (families[f].inputs, families[f].result)
        }
        let d = annotator.descs[graphIndex]
        return (d.inputs, d.returnAnnotation)
    }

    public func slot(named key: String) -> VTableSlot? { slotIndex[key].map { slots[$0] } }
}

/// Computes the low-level program from an annotated one.
public func specialize(_ annotator: Annotator) throws -> LowLevelProgram {
    let program = LowLevelProgram(annotator: annotator)
    try buildClassLayouts(program)
    buildFamilies(program)
    try buildSlots(program)
    findRecursion(program)
    computeRaising(program)
    return program
}

func buildClassLayouts(_ p: LowLevelProgram) throws {
    // Preorder numbering over the class forest, roots in definition order.
    var next = 1
    func visit(_ c: ClassDef, base: ClassLayout?) {
        let layout = ClassLayout(classDef: c, id: p.classLayouts.count + 1, base: base)
        p.classLayouts.append(layout)
        p.layoutByClassDef[ObjectIdentifier(c)] = layout
        layout.typeID = next
        next += 1
        for s in c.subclasses { visit(s, base: layout) }
        layout.typeIDMax = next - 1
    }
    for c in p.annotator.classDefs where c.base == nil { visit(c, base: nil) }
    for layout in p.classLayouts {
        for (name, field) in layout.classDef.fields {
            layout.fields.append((name, p.lowLevelType(field.annotation), field.annotation))
        }
    }
}

func buildFamilies(_ p: LowLevelProgram) {
    let a = p.annotator
    // union-find over graphs called from one site
    var parent: [Int: Int] = [:]
    func find(_ x: Int) -> Int {
        var r = x
        while let q = parent[r], q != r { r = q }
        return r
    }
    for (_, targets) in a.callTargets where targets.count > 1 {
        let sorted = targets.sorted()
        for t in sorted { if parent[t] == nil { parent[t] = t } }
        for t in sorted.dropFirst() { parent[find(t)] = find(sorted[0]) }
    }
    var familyOfRoot: [Int: Int] = [:]
    for g in parent.keys.sorted() {
        let r = find(g)
        let fid: Int
        if let f = familyOfRoot[r] { fid = f } else {
            fid = p.families.count
            familyOfRoot[r] = fid
            p.families.append(CallFamily(id: fid))
        }
        p.families[fid].members.append(g)
        p.familyOfGraph[g] = fid
    }
    for f in p.families {
        let descs = f.members.map { a.descs[$0] }
        let n = descs.map { $0.inputs.count }.max() ?? 0
        f.inputs = (0..<n).map { i in
            descs.reduce(Annotation.impossible) { acc, d in
                i < d.inputs.count ? ((try? union(acc, d.inputs[i])) ?? acc) : acc
            }
        }
        f.result = descs.reduce(Annotation.impossible) { acc, d in (try? union(acc, d.returnAnnotation)) ?? acc }
    }
}

func buildSlots(_ p: LowLevelProgram) throws {
    let a = p.annotator
    // Methods chosen by the receiver's class: one slot per (base class, name), filled per class.
    var methodSlots: [String: (name: String, family: Int?, graphs: [Int: Int])] = [:]
    var order: [String] = []
    for (v, d) in a.dispatch.sorted(by: { $0.key.id < $1.key.id }) {
        guard let targets = a.callTargets[v], targets.count > 1 else { continue }
        let key = slotKey(d)
        if methodSlots[key] == nil {
            methodSlots[key] = (d.name, p.familyOfGraph[targets.sorted().first!], [:])
            order.append(key)
        }
        for (classID, g) in d.implementations {
            guard let cd = a.classDefs.first(where: { $0.id == classID }) else { continue }
            methodSlots[key]!.graphs[p.layout(of: cd).id] = g
        }
    }
    for key in order {
        let m = methodSlots[key]!
        p.slotIndex[key] = p.slots.count
        p.slots.append(VTableSlot(kind: .method(m.name), cName: "m\(p.slots.count)_\(sanitize(m.name))", family: m.family,
                                  type: .void, annotation: .impossible, methodGraphs: m.graphs, attributeValues: [:]))
    }
    // Class attributes read through instances or through a class known only at run time.
    for desc in a.descs {
        for block in desc.graph.blocks {
            for op in block.operations where op.name == "getattr" {
                guard case .name(let name) = op.extra, let recv = op.args.first?.variable else { continue }
                var classes: [ClassDef] = []
                var base: ClassDef
                switch a.bindings[recv] {
                case .instance(let c, _)?:
                    guard c.fieldOwner(name) == nil else { continue }
                    classes = c.family
                    base = c
                case .pbc(let set, _)? where set.kind == .class && set.items.count > 1:
                    classes = set.classes.compactMap { a.classDefIfKnown($0) }
                    guard let first = classes.first else { continue }
                    base = classes.dropFirst().reduce(first) { $0.commonBase(with: $1) ?? $0 }
                default:
                    continue
                }
                let key = "a:\(base.id):\(name)"
                var values: [Int: Value] = [:]
                for d in classes { if let v = d.pyClass.lookup(name) { values[p.layout(of: d).id] = v } }
                let ann = a.bindings[op.result] ?? .impossible
                if let existing = p.slotIndex[key] {
                    let old = p.slots[existing]
                    p.slots[existing] = VTableSlot(kind: old.kind, cName: old.cName, family: nil, type: old.type,
                                                   annotation: old.annotation, methodGraphs: [:],
                                                   attributeValues: old.attributeValues.merging(values) { x, _ in x })
                    continue
                }
                p.slotIndex[key] = p.slots.count
                p.slots.append(VTableSlot(kind: .classAttribute(name), cName: "a\(p.slots.count)_\(sanitize(name))", family: nil,
                                          type: p.lowLevelType(ann), annotation: ann, methodGraphs: [:], attributeValues: values))
            }
        }
    }
}

/// The key of a method slot.
public func slotKey(_ d: Dispatch) -> String {
    "m:\(d.base.id):\(d.name)\(d.passesClass ? ":cls" : "")"
}


/// Graphs on a cycle of the call graph (Tarjan's strongly connected components).
func findRecursion(_ p: LowLevelProgram) {
    let a = p.annotator
    var callees: [Int: Set<Int>] = [:]
    for d in a.descs {
        for b in d.graph.blocks {
            for op in b.operations {
                if let t = a.callTargets[op.result] { callees[d.graphIndex, default: []].formUnion(t) }
            }
        }
    }
    var index = 0
    var indexOf: [Int: Int] = [:], low: [Int: Int] = [:]
    var stack: [Int] = [], onStack = Set<Int>()
    // iterative Tarjan, so deep call chains do not overflow the translator's own stack
    for root in a.descs.map({ $0.graphIndex }) where indexOf[root] == nil {
        var work: [(node: Int, children: [Int], next: Int)] = []
        func push(_ v: Int) {
            indexOf[v] = index; low[v] = index; index += 1
            stack.append(v); onStack.insert(v)
            work.append((v, (callees[v] ?? []).sorted(), 0))
        }
        push(root)
        while !work.isEmpty {
            let top = work.count - 1
            let v = work[top].node
            if work[top].next < work[top].children.count {
                let w = work[top].children[work[top].next]
                work[top].next += 1
                if indexOf[w] == nil {
                    push(w)
                } else if onStack.contains(w) {
                    low[v] = min(low[v]!, indexOf[w]!)
                }
                continue
            }
            work.removeLast()
            if let parent = work.last?.node { low[parent] = min(low[parent]!, low[v]!) }
            if low[v] == indexOf[v] {
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack.remove(w)
                    component.append(w)
                    if w == v { break }
                }
                if component.count > 1 || (callees[v]?.contains(v) ?? false) {
                    p.recursive.formUnion(component)
                }
            }
        }
    }
}

/// Which graphs can leave with an exception: a fixpoint over raising operations and calls.
func computeRaising(_ p: LowLevelProgram) {
    let a = p.annotator
    p.canRaise.formUnion(p.recursive)
    let safeOps: Set<String> = ["same_as", "is_true", "bool_not", "is_", "newtuple", "newlist", "newdict", "newset",
                                "getattr", "setattr", "eq", "ne", "lt", "le", "gt", "ge", "add", "sub", "mul",
                                "and_", "or_", "xor", "neg", "pos", "invert", "iter", "next", "format", "buildstr",
                                "check_unpack", "range_continues", "type", "inplace_add", "inplace_mul", "contains"]
    var changed = true
    while changed {
        changed = false
        for desc in a.descs where !p.canRaise.contains(desc.graphIndex) {
            let annotated = a.annotatedBlocks[desc.graphIndex] ?? []
            var raises = false
            outer: for block in desc.graph.blocks where annotated.contains(block.id) {
                for op in block.operations {
                    if op.name == "call" || op.name == "call_method" {
                        if let targets = a.callTargets[op.result] {
                            if targets.contains(where: { p.canRaise.contains($0) }) { raises = true; break outer }
                            continue
                        }
                        raises = true   // builtins: assume they may raise
                        break outer
                    }
                    if !safeOps.contains(op.name) { raises = true; break outer }
                }
            }
            if raises {
                p.canRaise.insert(desc.graphIndex)
                changed = true
            }
        }
    }
}

/// A C identifier made from a Python name.
public func sanitize(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == "_" {
            out.unicodeScalars.append(u)
        } else {
            out += "_"
        }
    }
    return out
}
