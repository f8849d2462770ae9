// Annotator.swift — whole-program type inference over flow graphs (stage 4, see DESIGN.md).
//
// Starting from the entry point, the annotator builds the flow graph of every function it
// finds called, and propagates annotations along operations and links until nothing changes
// (a fixpoint). Each block is re-annotated whenever its inputs generalize or a definition it
// read (a list's items, an attribute, a callee's return type) changes. Blocks that are never
// reached (e.g. behind `if not we_are_translated():`) stay unannotated and are dropped.
//
// Operation rules are in AnnotateOps.swift; built-in functions and methods in
// AnnotateBuiltins.swift.

import Flow
import InitTime
import OrderedCollections
import Syntax

/// One callable unit: a function, or a method as seen from the class that defines it. Each
/// gets its own graph.
public final class FunctionDesc {
    public let function: PyFunction
    /// For methods: the class whose namespace holds the function (self's class).
    public let owner: ClassDef?
    public let graph: FlowGraph
    public let graphIndex: Int
    public internal(set) var inputs: [Annotation]
    public internal(set) var returnAnnotation: Annotation = .impossible
    var returnReaders = Set<ReflowPoint>()
    /// Call sites seen, for diagnostics ("called from f at a.py:12").
    public internal(set) var callers: [SourceLocation] = []

    init(function: PyFunction, owner: ClassDef?, graph: FlowGraph, graphIndex: Int) {
        self.function = function
        self.owner = owner
        self.graph = graph
        self.graphIndex = graphIndex
        self.inputs = Array(repeating: .impossible, count: graph.startBlock.inputArgs.count)
    }

    public var name: String { graph.name }
}

/// A call whose implementation is chosen by the receiver's class at run time.
public struct Dispatch {
    /// The most general class involved: the vtable slot lives in its family.
    public var base: ClassDef
    public var name: String
    /// ClassDef id -> graph index.
    public var implementations: [Int: Int]
    /// The class itself is passed first (classmethods).
    public var passesClass: Bool
}

/// Narrowing known after a bool: on the `onTrue` branch, `variable` has `annotation`.
struct KnownType {
    let variable: Variable
    let annotation: Annotation
    let onTrue: Bool
}

public final class Annotator: ReflowScheduler {
    public let builtins: PyModule
    public let numbering = FlowNumbering()
    public private(set) var descs: [FunctionDesc] = []
    var descIndex: [String: FunctionDesc] = [:]
    var graphNames = Set<String>()
    /// How many times a block was annotated (reflows included).
    public private(set) var blockAnnotations = 0
    public internal(set) var bindings: [Variable: Annotation] = [:]
    /// Blocks annotated at least once, per graph index.
    public internal(set) var annotatedBlocks: [Int: Set<Int>] = [:]
    /// Blocks waiting to be (re)annotated: a FIFO without duplicates.
    var worklist: [ReflowPoint] = []
    var worklistHead = 0
    var queued = Set<ReflowPoint>()
    var blockByPoint: [ReflowPoint: Block] = [:]
    var currentPoint: ReflowPoint?
    var currentLocation: SourceLocation?
    var knownTypes: [Variable: KnownType] = [:]
    var variableReaders: [Variable: Set<ReflowPoint>] = [:]
    /// `v = type(x)`: v's variable -> x (for `type(x) is C` narrowing).
    var typeOfVariable: [Variable: Variable] = [:]
    /// Annotations to give values still unknown at the fixpoint (see annotate()).
    var fixpointDefaults: [Variable: (Annotation, ReflowPoint?)] = [:]
    var memoizedDefaults: [Variable: Annotation] = [:]
    /// Errors of operations whose operand is only None so far, reported if still there at
    /// the fixpoint.
    var deferred: [Variable: (Diagnostic, ReflowPoint?)] = [:]
    /// Where each block input first got its annotation (for union diagnostics).
    var bindingOrigin: [Variable: SourceLocation] = [:]
    var opListDefs: [String: ListDef] = [:]
    var opDictDefs: [String: DictDef] = [:]
    /// For each call operation's result: the graphs it may call.
    public internal(set) var callTargets: [Variable: Set<Int>] = [:]
    /// Operations whose implementation depends on the receiver's class, by result variable.
    public internal(set) var dispatch: [Variable: Dispatch] = [:]
    var lastCalledGraph = 0
    /// Classes instantiated at run time (ObjectIdentifier of their ClassDef).
    public internal(set) var instantiated = Set<ObjectIdentifier>()

    public private(set) var classDefs: [ClassDef] = []
    var classDefByClass: [ObjectIdentifier: ClassDef] = [:]
    var listDefs: [ListDef] = []
    var dictDefs: [DictDef] = []
    var prebuiltListDefs: [ObjectIdentifier: ListDef] = [:]
    var prebuiltDictDefs: [ObjectIdentifier: DictDef] = [:]
    var seenPrebuiltInstances = Set<ObjectIdentifier>()
    /// Prebuilt objects reached by the annotated program, in first-seen order.
    public private(set) var prebuiltInstances: [PyInstance] = []

    public private(set) var diagnostics: [Diagnostic] = []
    public var maxDiagnostics = 20
    /// The chain of calls that first reached each graph, for diagnostics.
    var firstCaller: [Int: (caller: Int?, location: SourceLocation)] = [:]

    public private(set) var entry: FunctionDesc?
    /// Calls a function at init time (for specialize.memo); set by whoever ran the module bodies.
    public var initTimeCall: ((Value, [Value]) throws -> Value)?
    /// The program's `os` module, if it imported one (for os.stat's result class).
    public var osModule: PyModule?
    /// The program's `time` module, if it imported one (for struct_time).
    public var timeModule: PyModule?
    /// Results of specialize.memo calls, by the call's result variable.
    public internal(set) var memoResults: [Variable: Value] = [:]
    var memoCache: [String: Value] = [:]

    /// Built-in exceptions the C runtime can raise, in the order of its `enum rpy_builtin_exc`.
    public static let runtimeExceptions = [
        "BaseException", "ValueError", "IndexError", "KeyError", "ZeroDivisionError", "OverflowError", "TypeError",
        "AssertionError", "OSError", "RuntimeError", "NotImplementedError", "StopIteration", "MemoryError",
        "RecursionError", "UnicodeDecodeError",
    ]

    public init(builtins: PyModule) {
        self.builtins = builtins
    }

    // MARK: - Driving

    /// Annotates the program from its entry point `entry_point(argv: list[str]) -> int`.
    public func annotate(entryPoint: PyFunction) throws {
        // The runtime raises these itself (rpy_raise_builtin), so they always exist, with the
        // message field every built-in exception has.
        for name in Annotator.runtimeExceptions {
            guard case .object(let c as PyClass)? = builtins.dict[name] else { continue }
            let cd = try classDef(for: c)
            instantiated.insert(ObjectIdentifier(cd))
            if name == "BaseException" { try writeField(cd, "__message", .str(nullable: true), at: entryPoint.def.location) }
            if name == "OSError" { try writeField(cd, "errno", .int, at: entryPoint.def.location) }
        }
        let desc = try description(of: entryPoint, owner: nil, at: entryPoint.def.location)
        entry = desc
        let argv = newListDef()
        try argv.generalize(.str(nullable: false))
        argv.resized = true
        try feed(desc, [.list(argv, nullable: false)], at: entryPoint.def.location)
        try run()
        // Values that stayed unknown only because a container stayed empty get their
        // defaults (sum([]) is 0), and whatever depends on them is annotated in turn.
        while !fixpointDefaults.isEmpty && diagnostics.isEmpty {
            let pending = fixpointDefaults
            fixpointDefaults = [:]
            var applied = false
            for (v, (a, point)) in pending.sorted(by: { $0.key.id < $1.key.id }) where (bindings[v] ?? .impossible).isImpossible {
                bindings[v] = a
                memoizedDefaults[v] = a
                if let p = point { enqueue(p) }
                applied = true
            }
            if !applied { break }
            try run()
        }
        reportBlockedOperations()
        for (_, (d, point)) in deferred.sorted(by: { $0.key.id < $1.key.id }) {
            currentPoint = point
            report(d)
        }
        currentPoint = nil
        if let ret = entry?.returnAnnotation, !ret.isImpossible, !ret.isIntegral {
            report(Diagnostic(.translationError,
                              "entry point '\(entryPoint.qualname)' must return an int exit status, not \(ret)",
                              at: entryPoint.def.location))
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
    }

    func run() throws {
        while worklistHead < worklist.count {
            let point = worklist[worklistHead]
            worklistHead += 1
            queued.remove(point)
            if worklistHead > 4096 && worklistHead * 2 > worklist.count {
                worklist.removeFirst(worklistHead)
                worklistHead = 0
            }
            guard let block = blockByPoint[point] else { continue }
            let desc = descs[point.graphIndex]
            currentPoint = point
            blockAnnotations += 1
            do {
                try annotateBlock(block, in: desc)
            } catch let d as Diagnostic {
                report(d)
            } catch let e as UnionError {
                report(Diagnostic(.translationError, e.reason, at: block.operations.first?.location ?? desc.graph.location))
            }
            currentPoint = nil
            if diagnostics.count >= maxDiagnostics { break }
        }
    }

    /// At the fixpoint, an operation whose operands are known but whose result is not can only
    /// be an attribute that no instance ever gets: the code after it would be dead.
    func reportBlockedOperations() {
        for desc in descs {
            let annotated = annotatedBlocks[desc.graphIndex] ?? []
            for block in desc.graph.blocks where annotated.contains(block.id) {
                for op in block.operations {
                    guard (bindings[op.result] ?? .impossible).isImpossible else { continue }
                    if op.name == "getattr", case .name(let name) = op.extra,
                       case .instance(let c, _)? = bindings[op.args[0].variable ?? op.result] ?? nil {
                        currentPoint = ReflowPoint(graphIndex: desc.graphIndex, blockID: block.id)
                        report(Diagnostic(.translationError,
                                          "attribute '\(name)' of \(c.name) is read but never assigned (no \(c.name) instance, nor any of its subclasses' instances, ever gets it)",
                                          at: op.location))
                        currentPoint = nil
                    }
                    break
                }
            }
        }
    }

    func report(_ d: Diagnostic) {
        if diagnostics.contains(where: { $0.location == d.location && $0.message == d.message }) { return }
        var d = d
        d.notes += callChain(for: d)
        diagnostics.append(d)
    }

    /// "called from f at a.py:12" notes for the function containing the error.
    func callChain(for d: Diagnostic) -> [DiagnosticNote] {
        guard let point = currentPoint else { return [] }
        var notes: [DiagnosticNote] = []
        var index: Int? = point.graphIndex
        var seen = Set<Int>()
        while let i = index, !seen.contains(i), let first = firstCaller[i], let caller = first.caller, notes.count < 8 {
            seen.insert(i)
            notes.append(DiagnosticNote("\(descs[i].name) called from \(descs[caller].name)", at: first.location))
            index = first.caller
        }
        return notes
    }

    func schedule(_ points: Set<ReflowPoint>) {
        for p in points.sorted(by: { ($0.graphIndex, $0.blockID) < ($1.graphIndex, $1.blockID) }) {
            enqueue(p)
        }
    }

    func enqueue(_ p: ReflowPoint) {
        if queued.insert(p).inserted { worklist.append(p) }
    }

    func schedule(_ graphIndex: Int, _ block: Block) {
        let p = ReflowPoint(graphIndex: graphIndex, blockID: block.id)
        blockByPoint[p] = block
        enqueue(p)
    }

    // MARK: - Functions and graphs

    /// The desc (and graph) for a function, built on first use.
    func description(of function: PyFunction, owner: ClassDef?, specialization: String = "",
                     at loc: SourceLocation) throws -> FunctionDesc {
        let key = "\(ObjectIdentifier(function).hashValue)/\(owner.map { String($0.id) } ?? "-")/\(specialization)"
        if let d = descIndex[key] { return d }
        if case .bool(true)? = function.attributes["_not_rpython_"] {
            throw Diagnostic(.translationError,
                             "'\(function.qualname)' is marked @not_rpython (init time only) but is called at run time",
                             at: loc)
        }
        var name = function.qualname
        if let owner = owner, !name.hasPrefix(owner.pyClass.name + ".") { name = owner.name + "." + function.name }
        if !specialization.isEmpty { name += "[\(specialization)]" }
        if !graphNames.insert(name).inserted {
            name += "_\(descs.count)"
            graphNames.insert(name)
        }
        let graph = try FlowBuilder(function: function, builtins: builtins, numbering: numbering).build(name: name)
        let desc = FunctionDesc(function: function, owner: owner, graph: graph, graphIndex: descs.count)
        descs.append(desc)
        descIndex[key] = desc
        firstCaller[desc.graphIndex] = (currentPoint?.graphIndex, loc)
        for b in graph.blocks { blockByPoint[ReflowPoint(graphIndex: desc.graphIndex, blockID: b.id)] = b }
        return desc
    }

    /// Merges argument annotations into a function's inputs and returns its result so far.
    func feed(_ desc: FunctionDesc, _ args: [Annotation], at loc: SourceLocation) throws {
        guard args.count == desc.inputs.count else {
            throw Diagnostic(.internalError, "argument count mismatch calling \(desc.name)", at: loc)
        }
        var changed = annotatedBlocks[desc.graphIndex] == nil
        for (i, a) in args.enumerated() where !contains(desc.inputs[i], a) {
            do {
                desc.inputs[i] = try union(desc.inputs[i], a)
            } catch let e as UnionError {
                let param = desc.graph.parameterNames[i]
                throw Diagnostic(.translationError,
                                 "argument '\(param)' of \(desc.name) gets incompatible types: \(e.reason)",
                                 at: loc,
                                 notes: [DiagnosticNote("\(desc.name) is defined here", at: desc.graph.location)]
                                    + desc.callers.prefix(1).map { DiagnosticNote("an earlier call passes \(e.left)", at: $0) })
            }
            changed = true
        }
        if !desc.callers.contains(loc) { desc.callers.append(loc) }
        if changed {
            for (v, a) in zip(desc.graph.startBlock.inputArgs, desc.inputs) { try generalize(v, a) }
            annotatedBlocks[desc.graphIndex, default: []].insert(desc.graph.startBlock.id)
            schedule(desc.graphIndex, desc.graph.startBlock)
        }
    }

    func returnOf(_ desc: FunctionDesc) -> Annotation {
        if let p = currentPoint { desc.returnReaders.insert(p) }
        return desc.returnAnnotation
    }

    // MARK: - Blocks

    func annotation(of v: FlowValue) throws -> Annotation {
        switch v {
        case .variable(let x):
            // Blocks may read variables defined in the blocks that dominate them: remember
            // who read what, to reflow them when it generalizes.
            if let p = currentPoint { variableReaders[x, default: []].insert(p) }
            return bindings[x] ?? .impossible
        case .constant(let c): return try constantAnnotation(c)
        }
    }

    /// Sets a variable's annotation to its union with `a`; reflows its readers if it grew.
    func generalize(_ v: Variable, _ a: Annotation) throws {
        let old = bindings[v] ?? .impossible
        if contains(old, a) && !(old.isImpossible && !a.isImpossible) { return }
        bindings[v] = try union(old, a)
        if let readers = variableReaders[v] { schedule(readers) }
    }

    func annotateBlock(_ block: Block, in desc: FunctionDesc) throws {
        for op in block.operations {
            let result: Annotation
            currentLocation = op.location
            do {
                result = try annotateOperation(op, in: desc)
                deferred[op.result] = nil
            } catch let e as UnionError {
                throw Diagnostic(.translationError, e.reason, at: op.location,
                                 notes: e.origin.map { [DiagnosticNote(e.originWhat, at: $0)] } ?? [])
            } catch let d as Diagnostic {
                // An operand that is only None so far (e.g. `v = None` before a loop that
                // assigns a list) may still generalize: wait, and report at the fixpoint.
                if op.args.contains(where: { if case .none? = try? annotation(of: $0) { return true }; return false }) {
                    deferred[op.result] = (d, currentPoint)
                    return
                }
                throw d
            }
            do {
                try generalize(op.result, result)
            } catch let e as UnionError {
                throw Diagnostic(.translationError, e.reason, at: op.location)
            }
            if result.isImpossible {
                // The value is not known yet (a callee still being annotated) or the operation
                // never returns (raise): only exception links may be followed.
                if block.canRaise, op === block.operations.last { followExceptionLinks(block, desc) }
                return
            }
        }
        if block === desc.graph.returnBlock {
            let r = bindings[block.inputArgs[0]] ?? .impossible
            if !contains(desc.returnAnnotation, r) {
                do {
                    desc.returnAnnotation = try union(desc.returnAnnotation, r)
                } catch let e as UnionError {
                    throw Diagnostic(.translationError, "\(desc.name) returns incompatible types: \(e.reason)",
                                     at: desc.graph.location)
                }
                schedule(desc.returnReaders)
            }
            return
        }
        switch block.exitSwitch {
        case .none:
            for link in block.exits { try follow(link, from: block, desc) }
        case .bool(let cond):
            var constant: Bool? = nil
            if case .bool(let c)? = try? annotation(of: cond) { constant = c }
            for link in block.exits where constant == nil || link.exitcase == constant {
                try follow(link, from: block, desc, condition: cond.variable)
            }
        case .exception:
            for link in block.exits { try follow(link, from: block, desc) }
        }
    }

    func followExceptionLinks(_ block: Block, _ desc: FunctionDesc) {
        for link in block.exits where link.exceptionClass != nil {
            do { try follow(link, from: block, desc) } catch let d as Diagnostic { report(d) } catch {}
        }
    }

    func follow(_ link: Link, from block: Block, _ desc: FunctionDesc, condition: Variable? = nil) throws {
        if let cls = link.exceptionClass, let v = link.lastExceptionValue {
            try generalize(v, .instance(try classDef(for: cls), nullable: false))
        }
        var narrowing: [Variable: Annotation] = [:]
        if let c = condition, let known = knownTypes[c], known.onTrue == (link.exitcase ?? true) {
            narrowing[known.variable] = known.annotation
        }
        var changed = !(annotatedBlocks[desc.graphIndex]?.contains(link.target.id) ?? false)
        for (arg, input) in zip(link.args, link.target.inputArgs) {
            var a = try annotation(of: arg)
            if let x = arg.variable, let n = narrowing[x] { a = n }
            let old = bindings[input] ?? .impossible
            if contains(old, a) && !(old.isImpossible && !a.isImpossible) { continue }
            let here = block.lastLocation ?? block.operations.last?.location ?? desc.graph.location
            do {
                try generalize(input, a)
                if bindingOrigin[input] == nil { bindingOrigin[input] = here }
            } catch let e as UnionError {
                var notes: [DiagnosticNote] = []
                let what = describeLocal(input.hint)
                if let origin = bindingOrigin[input] {
                    notes.append(DiagnosticNote("\(what) is \(old) from here", at: origin))
                }
                throw Diagnostic(.translationError,
                                 "\(what) is \(a) here but \(old) on another path: \(e.reason)",
                                 at: here, notes: notes)
            }
            changed = true
        }
        if changed {
            annotatedBlocks[desc.graphIndex, default: []].insert(link.target.id)
            schedule(desc.graphIndex, link.target)
        }
    }

    /// How diagnostics name a local: its name, or what a hidden builder variable stands for.
    func describeLocal(_ hint: String) -> String {
        guard hint.hasPrefix("#") else { return "'\(hint)'" }
        let kinds: [(String, String)] = [
            ("#ifexp", "the value of a conditional expression"), ("#boolop", "the value of an and/or expression"),
            ("#cmp", "a chained comparison"), ("#comp", "a comprehension"), ("#it", "a loop iterator"),
            ("#stop", "a range() bound"), ("#step", "a range() step"), ("#i", "a range() counter"),
            ("#exc", "the caught exception"), ("#fexc", "the exception in a finally"),
            ("#ret", "the returned value"), ("#with", "a with-statement manager"),
        ]
        for (prefix, text) in kinds where hint.hasPrefix(prefix) { return text }
        return "a temporary value"
    }

    // MARK: - Containers and classes

    func newListDef() -> ListDef {
        let d = ListDef(id: listDefs.count + 1, scheduler: self)
        listDefs.append(d)
        return d
    }

    func newDictDef() -> DictDef {
        let d = DictDef(id: dictDefs.count + 1, scheduler: self)
        dictDefs.append(d)
        return d
    }

    public func classDef(for cls: PyClass) throws -> ClassDef {
        if let d = classDefByClass[ObjectIdentifier(cls)] { return d }
        if cls.bases.count > 1 {
            throw Diagnostic(.translationError, "class \(cls.qualname) has several base classes: RPython allows single inheritance (and _mixin_ classes)",
                             at: cls.location ?? .unknown)
        }
        let base = try cls.bases.first.map { try classDef(for: $0) }
        let d = ClassDef(pyClass: cls, base: base, id: classDefs.count + 1)
        base?.subclasses.append(d)
        for anc in d.ancestry.dropFirst() { schedule(anc.familyReaders) }
        classDefs.append(d)
        classDefByClass[ObjectIdentifier(cls)] = d
        return d
    }

    public func classDefIfKnown(_ cls: PyClass) -> ClassDef? { classDefByClass[ObjectIdentifier(cls)] }

    /// The class and its subclasses known so far; the current block is reflowed if more appear.
    func family(_ c: ClassDef) -> [ClassDef] {
        if let p = currentPoint { c.familyReaders.insert(p) }
        return c.family
    }

    /// The annotation of an init-time constant. Prebuilt containers and instances register
    /// their contents with their definitions.
    public func constantAnnotation(_ v: Value) throws -> Annotation {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(constant: b)
        case .int: return .int
        case .uint: return .uint
        case .float: return .float
        case .str: return .str(nullable: false)
        case .bytes: return .bytes(nullable: false)
        case .object(let o):
            switch o {
            case let f as PyFunction: return .pbc(PBCSet(kind: .function, items: [f]), nullable: false)
            case let c as PyClass: return .pbc(PBCSet(kind: .class, items: [c]), nullable: false)
            case let b as PyBuiltin: return .pbc(PBCSet(kind: .builtin, items: [b]), nullable: false)
            case let m as PyModule: return .module(m)
            case let bm as PyBoundMethod:
                // obj.method taken at init time: the receiver, with the method in the type
                guard case .object(let recv as PyInstance) = bm.receiver, case .object(let f as PyFunction) = bm.function else {
                    throw Diagnostic(.translationError, "a prebuilt bound method of \(describeConstant(bm.receiver)) cannot be used at run time",
                                     at: .unknown)
                }
                guard case .instance(let cd, _) = try constantAnnotation(bm.receiver) else { return .impossible }
                _ = recv
                return .boundMethod(cd, f.name, nullable: false)
            case let t as PyTuple: return .tuple(try t.items.map { try constantAnnotation($0) })
            case let l as PyList:
                if let d = prebuiltListDefs[ObjectIdentifier(l)] { return .list(d, nullable: false) }
                let d = newListDef()
                prebuiltListDefs[ObjectIdentifier(l)] = d
                for item in l.items { try d.generalize(try constantAnnotation(item)) }
                return .list(d, nullable: false)
            case let dict as PyDict:
                if let d = prebuiltDictDefs[ObjectIdentifier(dict)] { return .dict(d, nullable: false) }
                let d = newDictDef()
                prebuiltDictDefs[ObjectIdentifier(dict)] = d
                for (k, value) in dict.entries {
                    try d.generalize(key: try constantAnnotation(k.value), value: try constantAnnotation(value))
                }
                return .dict(d, nullable: false)
            case let s as PySet:
                if let d = prebuiltDictDefs[ObjectIdentifier(s)] { return .set(d, nullable: false) }
                let d = newDictDef()
                prebuiltDictDefs[ObjectIdentifier(s)] = d
                for k in s.items { try d.generalize(key: try constantAnnotation(k.value), value: nil) }
                return .set(d, nullable: false)
            case let i as PyInstance:
                let cd = try classDef(for: i.cls)
                if !seenPrebuiltInstances.contains(ObjectIdentifier(i)) {
                    seenPrebuiltInstances.insert(ObjectIdentifier(i))
                    prebuiltInstances.append(i)
                    for (name, value) in i.attributes {
                        try writeField(cd, name, try constantAnnotation(value), at: cd.pyClass.location ?? .unknown)
                    }
                }
                return .instance(cd, nullable: false)
            default:
                throw Diagnostic(.translationError, "a prebuilt \(type(of: o)) cannot be used at run time",
                                 at: .unknown)
            }
        }
    }

    // MARK: - Fields

    /// Finds (or moves up from subclasses) the field `name` as seen from class `c`.
    func lookupField(_ c: ClassDef, _ name: String, at loc: SourceLocation? = nil) -> FieldDef? {
        if let owner = c.fieldOwner(name) { return owner.fields[name] }
        // A subclass may store it: move the field up to `c` so every instance has it.
        let holders = c.family.dropFirst().filter { $0.fields[name] != nil }
        guard !holders.isEmpty else { return nil }
        let field = FieldDef(name: name)
        for h in holders {
            guard let f = h.fields[name] else { continue }
            do {
                field.annotation = try union(field.annotation, f.annotation)
            } catch let e as UnionError {
                var notes: [DiagnosticNote] = []
                if let loc = loc { notes.append(DiagnosticNote("'\(name)' is read through a \(c.name) here", at: loc)) }
                report(Diagnostic(.translationError,
                                  "attribute '\(name)' of the subclasses of \(c.name) would become one attribute of every \(c.name) (it is read through a \(c.name)), but its types do not agree: \(e.reason)",
                                  at: loc ?? h.pyClass.location ?? .unknown, notes: notes))
            } catch {}
            field.readers.formUnion(f.readers)
            h.fields[name] = nil
        }
        field.movedUpAt = loc
        c.fields[name] = field
        schedule(field.readers)
        fieldAppeared(c)
        return field
    }

    /// A field now lives at `c`: reads that found nothing, through `c`, its bases or any of
    /// its subclasses, are tried again.
    func fieldAppeared(_ c: ClassDef) {
        for d in c.ancestry { schedule(d.lookupReaders) }
        for d in c.family.dropFirst() { schedule(d.lookupReaders) }
    }

    func readField(_ c: ClassDef, _ name: String, at loc: SourceLocation? = nil) -> Annotation? {
        guard let f = lookupField(c, name, at: loc) else { return nil }
        if let p = currentPoint { f.readers.insert(p) }
        return f.annotation
    }

    func writeField(_ c: ClassDef, _ name: String, _ a: Annotation, at loc: SourceLocation) throws {
        if name == traceAttribute {
            traceLine("setattr \(name) on \(c.name)#\(c.id) at \(loc): \(a) owner=\(c.fieldOwner(name).map { "\($0.name)#\($0.id)" } ?? "-")")
        }
        let field: FieldDef
        if let f = lookupField(c, name) {
            field = f
        } else {
            if let slots = declaredAttributes(c), !slots.contains(name) {
                throw Diagnostic(.translationError,
                                 "attribute '\(name)' is not declared in _attrs_/__slots__ of class \(c.name)", at: loc)
            }
            field = FieldDef(name: name)
            c.fields[name] = field
            fieldAppeared(c)
        }
        if contains(field.annotation, a) { return }
        do {
            field.annotation = try union(field.annotation, a)
            if field.origin == nil, !a.isImpossible { field.origin = loc }
        } catch let e as UnionError {
            var notes: [DiagnosticNote] = []
            if let origin = field.origin {
                notes.append(DiagnosticNote("'\(name)' is \(field.annotation) from here", at: origin))
            }
            if let owner = c.fieldOwner(name), owner !== c, let moved = owner.fields[name]?.movedUpAt {
                notes.append(DiagnosticNote("'\(name)' is one attribute of every \(owner.name) instance because it is read through a \(owner.name) here",
                                            at: moved))
            }
            throw Diagnostic(.translationError,
                             "attribute '\(name)' of \(c.name) gets incompatible types: \(e.reason)", at: loc, notes: notes)
        }
        schedule(field.readers)
    }

    /// `_attrs_` or `__slots__` of the class and its bases, if every class declares them.
    func declaredAttributes(_ c: ClassDef) -> Set<String>? {
        var names = Set<String>()
        if c.ancestry.allSatisfy({ $0.pyClass.builtin != nil }) { return nil }
        for anc in c.ancestry where anc.pyClass.builtin == nil {
            guard let v = anc.pyClass.dict["_attrs_"] ?? anc.pyClass.dict["__slots__"] else { return nil }
            switch v {
            case .str(let s): names.insert(s)
            case .object(let o):
                if let l = o as? PyList { for case .str(let s) in l.items { names.insert(s) } }
                if let t = o as? PyTuple { for case .str(let s) in t.items { names.insert(s) } }
            default: return nil
            }
        }
        return names
    }
}
