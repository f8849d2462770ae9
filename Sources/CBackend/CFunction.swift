// CFunction.swift — one flow graph as one C function.
//
// Every variable of an annotated block becomes a C local; blocks become labels; a link assigns
// the target's input variables (through temporaries, since links may permute them) and jumps.
// The exception transform happens here: after an operation that can raise, the pending
// exception is tested; inside a `try` it is dispatched to the block's exception links by a
// type-id range check, otherwise the function returns and the caller sees it pending.

import Annotator
import Flow
import InitTime
import RTyper
import Syntax

final class CFunction {
    let e: CEmitter
    let desc: FunctionDesc
    let graph: FlowGraph
    let annotated: Set<Int>
    var body: [String] = []
    var declared = Set<Int>()
    var declarations: [String] = []
    /// Where a raising operation in the current block jumps.
    var handlerLabel = "rpy_propagate"
    var currentBlock: Block!

    /// `l[a:b] = m[c:d:e]`: the getslice operations whose only use is such a slice
    /// assignment in the same block; the two are emitted as one copy, with no temporary list.
    var fusedSlices: [Variable: Operation] = [:]
    lazy var predecessors: [Int: Int] = predecessorCounts()

    init(emitter: CEmitter, desc: FunctionDesc) {
        self.e = emitter
        self.desc = desc
        self.graph = desc.graph
        self.annotated = emitter.a.annotatedBlocks[desc.graphIndex] ?? []
        findFusedSlices()
    }

    func findFusedSlices() {
        var uses: [Variable: Int] = [:]
        func use(_ v: FlowValue) { if case .variable(let x) = v { uses[x, default: 0] += 1 } }
        for b in graph.blocks {
            for op in b.operations { op.args.forEach(use) }
            if case .bool(let v) = b.exitSwitch { use(v) }
            for l in b.exits { l.args.forEach(use) }
        }
        for b in graph.blocks {
            var slices: [Variable: Operation] = [:]
            for op in b.operations {
                if op.name == "getslice", case .list? = a.bindings[op.args[0].variable ?? op.result] ?? nil {
                    slices[op.result] = op
                }
                if op.name == "setslice", case .variable(let v) = op.args[3], let g = slices[v], uses[v] == 1,
                   case .list? = a.bindings[op.args[0].variable ?? op.result] ?? nil {
                    fusedSlices[v] = g
                }
            }
        }
    }

    var a: Annotator { e.a }
    var ll: LowLevelProgram { e.ll }

    func ann(_ v: FlowValue) -> Annotation {
        switch v {
        case .variable(let x): return a.bindings[x] ?? .impossible
        case .constant(let c): return (try? a.constantAnnotation(c)) ?? .impossible
        }
    }

    func name(_ v: Variable) -> String {
        if !declared.contains(v.id) {
            declared.insert(v.id)
            let t = e.cType(a.bindings[v] ?? .impossible)
            declarations.append("\(t) v\(v.id);")
        }
        return "v\(v.id)"
    }

    /// A C expression for an operand, as a value of annotation `target` (or its own).
    func value(_ v: FlowValue, as target: Annotation? = nil) throws -> String {
        switch v {
        case .variable(let x): return name(x)
        case .constant(let c): return try e.constant(c, target ?? ann(v))
        }
    }

    func line(_ s: String) { body.append("    " + s) }

    func emit() throws -> String {
        let (inputs, result) = ll.signature(of: desc.graphIndex)
        for (i, v) in graph.startBlock.inputArgs.enumerated() {
            declared.insert(v.id)
            let t = e.cType(a.bindings[v] ?? .impossible)
            declarations.append("\(t) v\(v.id) = (\(t))p\(i);")
            _ = inputs
        }
        let blocks = graph.blocks.filter { annotated.contains($0.id) }
        for block in blocks {
            currentBlock = block
            body.append("b\(block.id): ;")
            if block === graph.returnBlock {
                let r = block.inputArgs[0]
                if e.cType(result) == "void *" {
                    line("return NULL;")
                    _ = name(r)
                } else {
                    line("return (\(e.cType(result)))\(name(r));")
                }
                continue
            }
            try emitBlock(block)
        }
        if !blocks.contains(where: { $0 === graph.returnBlock }) {
            // never returns normally
        }
        var out = "\(e.signature(desc.graphIndex)) {\n"
        out += "    /* \(graph.name) at \(graph.location) */\n"
        out += declarations.map { "    " + $0 }.joined(separator: "\n") + "\n"
        if ll.recursive.contains(desc.graphIndex) {
            out += "    if (RPY_UNLIKELY(rpy_stack_check())) goto rpy_propagate;\n"
        }
        out += "    goto b\(graph.startBlock.id);\n"
        out += body.joined(separator: "\n") + "\n"
        out += "rpy_propagate: __attribute__((unused));\n"
        let zero: String
        switch ll.lowLevelType(result) {
        case .int, .uint, .bool: zero = "0"
        case .float: zero = "0.0"
        case .iterator: zero = "(\(e.cType(result))){0}"
        default: zero = "NULL"
        }
        out += "    return \(zero);\n}\n"
        return out
    }

    func emitBlock(_ block: Block) throws {
        let isExceptionBlock = block.canRaise
        for (i, op) in block.operations.enumerated() {
            let last = i == block.operations.count - 1
            handlerLabel = (isExceptionBlock && last) ? "b\(block.id)_exc" : "rpy_propagate"
            if last && isExceptionBlock && op.name == "next" {
                try emitNext(op, block)
                return
            }
            line("/* \(op.location.line): \(op.name) */")
            let resultAnn = a.bindings[op.result] ?? .impossible
            if resultAnn.isImpossible && !["call", "call_method", "raise"].contains(op.name) {
                // The annotator found no value here: reachable only if an earlier call never
                // returns (an exception is then pending); anything else is a translator bug,
                // and stops loudly rather than returning garbage.
                line("if (rpy_exc_type == NULL) rpy_fatal(\"internal error: %s reached an operation the annotator found unreachable (%s)\", \(e.cString(graph.name)), \(e.cString(op.location.description)));")
                line("goto \(handlerLabel);")
                try endUnreachableBlock(block)
                return
            }
            do {
                try COperation(f: self, op: op).emit()
            } catch var d as Diagnostic where d.location == .unknown {
                d.location = op.location
                throw d
            }
            if resultAnn.isImpossible && op.name != "raise" {
                // a call that never returns normally: the rest of the block is unreachable
                line("if (rpy_exc_type == NULL) rpy_fatal(\"internal error: %s: a call the annotator found never returns did (%s)\", \(e.cString(graph.name)), \(e.cString(op.location.description)));")
                line("goto \(handlerLabel);")
                try endUnreachableBlock(block)
                return
            }
        }
        switch block.exitSwitch {
        case .none:
            if let link = block.exits.first { try emitLink(link) } else { line("goto rpy_propagate;") }
        case .bool(let cond):
            let taken = block.exits.filter { annotated.contains($0.target.id) }
            if taken.count == 2, let (x, cases, defaultPath) = switchChain(from: block, predecessors: predecessors) {
                try emitSwitch(x, cases, defaultPath)
            } else if taken.count == 2 {
                line("if (\(try value(cond))) {")
                try emitLink(block.exits[1], indent: "    ")
                line("}")
                try emitLink(block.exits[0])
            } else if let only = taken.first {
                try emitLink(only)
            } else {
                line("goto rpy_propagate;")
            }
        case .exception:
            if let normal = block.exits.first, normal.exceptionClass == nil {
                try emitLink(normal)
            } else {
                line("goto rpy_propagate;")
            }
            body.append("b\(block.id)_exc: ;")
            try emitExceptionDispatch(block)
        }
    }

    /// The end of a block whose normal exit cannot be reached: only its exception dispatch.
    func endUnreachableBlock(_ block: Block) throws {
        if block.canRaise {
            body.append("b\(block.id)_exc: ;")
            try emitExceptionDispatch(block)
        }
    }

    func emitExceptionDispatch(_ block: Block) throws {
        for link in block.exits where link.exceptionClass != nil && annotated.contains(link.target.id) {
            guard let cls = link.exceptionClass, let cd = a.classDefIfKnown(cls) else { continue }
            let layout = ll.layout(of: cd)
            line("if (((struct rpy_vtable *)rpy_exc_type)->typeid >= \(layout.typeID) && ((struct rpy_vtable *)rpy_exc_type)->typeid <= \(layout.typeIDMax)) {")
            if let v = link.lastExceptionValue {
                line("    \(name(v)) = (struct rpy_object *)rpy_exc_value;")
            }
            line("    rpy_exc_clear();")
            try emitLink(link, indent: "    ")
            line("}")
        }
        line("goto rpy_propagate;")
    }

    func emitLink(_ link: Link, indent: String = "") throws {
        let target = link.target
        guard annotated.contains(target.id) else {
            try emitAssignments(link, indent: indent)
            return
        }
        try emitAssignments(link, indent: indent)
        line(indent + "goto b\(target.id);")
    }

    /// Assigns the target's inputs from a link's arguments (without jumping).
    func emitAssignments(_ link: Link, indent: String = "") throws {
        let target = link.target
        guard annotated.contains(target.id) else {
            line(indent + "rpy_fatal(\"internal error: reached code the annotator found unreachable (%s)\", \(e.cString(graph.name)));")
            return
        }
        var temps: [String] = []
        var assigns: [String] = []
        // Assign directly unless an argument reads one of the inputs being assigned (a
        // permutation along a loop's back edge): then go through temporaries.
        let inputs = Set(target.inputArgs)
        let direct = !link.args.contains { if case .variable(let x) = $0 { return inputs.contains(x) }; return false }
        for (i, (arg, input)) in zip(link.args, target.inputArgs).enumerated() {
            let inputAnn = a.bindings[input] ?? .impossible
            let t = e.cType(inputAnn)
            let src = try value(arg, as: inputAnn)
            if case .variable(let x) = arg, x === input { continue }
            if direct {
                assigns.append("\(name(input)) = \(isStructType(inputAnn) ? "" : "(\(t))")\(src);")
            } else {
                temps.append("\(t) t\(i) = \(isStructType(inputAnn) ? "" : "(\(t))")\(src);")
                assigns.append("\(name(input)) = t\(i);")
            }
        }
        if !temps.isEmpty {
            line(indent + "{ " + temps.joined(separator: " ") + " " + assigns.joined(separator: " ") + " }")
        } else if !assigns.isEmpty {
            line(indent + assigns.joined(separator: " "))
        }
    }

    /// Iterators are C structs held by value: no casts to them.
    func isStructType(_ a: Annotation) -> Bool {
        if case .iterator = a { return true }
        return false
    }

    /// `item = next(it)` at a for-loop header: the StopIteration link is taken at the end.
    func emitNext(_ op: Operation, _ block: Block) throws {
        let it = try value(op.args[0])
        let itemAnn = a.bindings[op.result] ?? .impossible
        let r = name(op.result)
        guard case .iterator(_, let kind) = ann(op.args[0]) else {
            throw Diagnostic(.internalError, "next() on a non-iterator", at: op.location)
        }
        let stopLink = block.exits.first { $0.exceptionClass != nil }
        let stop = "b\(block.id)_stop"
        switch kind {
        case .list:
            line("if (\(it).index >= \(it).seq->length) goto \(stop);")
            line("\(r) = \(e.fromWord("\(it).seq->items[\(it).index]", itemAnn)); \(it).index++;")
        case .str:
            line("if (\(it).index >= \(it).seq->length) goto \(stop);")
            line("\(r) = rpy_str_from_char(rpy_str_getchar(\(it).seq, \(it).index)); \(it).index++;")
        case .bytes:
            line("if (\(it).index >= \(it).seq->length) goto \(stop);")
            line("\(r) = \(it).seq->data[\(it).index]; \(it).index++;")
        case .dict, .set:
            line("{ rpy_word k, v; if (!rpy_dict_next(\(it).seq, &\(it).index, &k, &v)) goto \(stop); \(r) = \(e.fromWord("k", itemAnn)); }")
        case .tuple:
            let st = e.storageCType(ll.lowLevelType(itemAnn).storage)
            line("if (\(it).index >= \(it).length) goto \(stop);")
            line("\(r) = (\(e.cType(itemAnn)))((\(st) *)\(it).seq)[\(it).index]; \(it).index++;")
        }
        if let normal = block.exits.first, normal.exceptionClass == nil { try emitLink(normal) }
        body.append("\(stop): ;")
        if let s = stopLink { try emitLink(s) } else { line("goto rpy_propagate;") }
    }

    /// Jumps to the handler when an exception is pending.
    func check() {
        line("if (RPY_UNLIKELY(rpy_exc_type != NULL)) goto \(handlerLabel);")
    }

    /// Raises a built-in exception with a constant message and jumps to the handler.
    func raiseBuiltin(_ kind: String, _ message: String?, at loc: SourceLocation) -> String {
        let msg = message.map { "rpy_str_from_cstr(\(e.cString($0)))" } ?? "NULL"
        return "{ rpy_raise_builtin(\(kind), \(msg)); rpy_exc_where = \(e.cString(loc.description)); goto \(handlerLabel); }"
    }
}
