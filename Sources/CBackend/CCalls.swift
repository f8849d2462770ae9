// CCalls.swift — C code for calls: functions (direct or through a call family's pointer),
// instantiation, methods (direct or through a vtable slot), built-in functions and the
// methods of built-in types.

import Annotator
import Flow
import InitTime
import RTyper
import Syntax

struct CCall {
    let c: COperation

    var f: CFunction { c.f }
    var e: CEmitter { c.e }
    var a: Annotator { c.a }
    var ll: LowLevelProgram { c.ll }
    var op: Operation { c.op }
    var result: String { c.result }
    var resultAnn: Annotation { c.resultAnn }
    func line(_ s: String) { c.line(s) }
    func set(_ s: String) { c.set(s) }
    func check() { c.check() }

    /// Operands after the callee (call) or receiver (call_method).
    var operands: [FlowValue] { Array(op.args.dropFirst()) }

    func shape() -> CallShape {
        switch op.extra {
        case .callShape(let s): return s
        case .methodCall(_, let s): return s
        default: return CallShape(positional: 0)
        }
    }

    /// C argument expressions for calling graph `g` with this site's operands, after `leading`.
    func arguments(for g: Int, leading: [String]) throws -> [String] {
        let desc = a.descs[g]
        let sh = shape()
        var starLength = 0
        var starAnn: Annotation = .impossible
        if sh.hasStarArgs {
            starAnn = f.ann(operands[sh.positional + sh.keywords.count])
            if case .tuple(let items) = starAnn { starLength = items.count }
        }
        let sources = try bindArguments(desc.function, shape: sh, leading: leading.count, starLength: starLength, at: op.location)
        let (inputs, _) = ll.signature(of: g)
        var out: [String] = []
        for (i, src) in sources.enumerated() {
            let target = i < inputs.count ? inputs[i] : .impossible
            out.append(try source(src, target: target, leading: leading, starAnn: starAnn))
        }
        return out
    }

    func source(_ src: ArgumentSource, target: Annotation, leading: [String], starAnn: Annotation) throws -> String {
        switch src {
        case .operand(let i):
            if i < 0 { return leading[leading.count + i] }
            return "(\(e.cType(target)))" + (try f.value(operands[i], as: target))
        case .starItem(let operand, let index):
            guard let layout = e.tupleLayout(starAnn) else { return "0" }
            return "(\(e.cType(target)))((struct \(layout.cName) *)\(try f.value(operands[operand])))->f\(index)"
        case .defaultValue(let v):
            return try e.constant(v, target)
        case .packed(let parts):
            guard case .tuple(let items) = target, let layout = e.tupleLayout(target) else { return "NULL" }
            let t = e.unique("pack")
            line("struct \(layout.cName) *\(t) = rpy_malloc(sizeof(struct \(layout.cName)));")
            for (i, p) in parts.enumerated() {
                let cast = layout.items[i] == .pointer ? "(void *)" : ""
                line("\(t)->f\(i) = \(cast)\(try source(p, target: items[i], leading: leading, starAnn: starAnn));")
            }
            return t
        }
    }

    func callGraph(_ g: Int, leading: [String]) throws {
        let args = try arguments(for: g, leading: leading)
        let call = "\(e.graphName(g))(\(args.joined(separator: ", ")))"
        if resultAnn.isImpossible || e.cType(resultAnn) == "void *" {
            line("\(call);")
            if e.cType(resultAnn) == "void *" { set("NULL") }
        } else {
            set("(\(e.cType(resultAnn)))\(call)")
        }
        if ll.canRaise.contains(g) { check() }
    }

    func emitCall() throws {
        if let v = a.memoResults[op.result] {
            set(try e.constant(v, resultAnn))
            return
        }
        let callee = op.args[0]
        try emitPBCCall(try f.value(callee), f.ann(callee))
    }

    /// Calls a set of prebuilt constants: functions (directly, or through a call family's
    /// function pointer in `calleeExpr`), classes (instantiation) or built-ins.
    func emitPBCCall(_ calleeExpr: String, _ calleeAnn: Annotation) throws {
        if case .boundMethod(let cd, let name, _) = calleeAnn {
            try emitMethodCall(name: name, recv: calleeExpr, recvAnn: .instance(cd, nullable: false))
            return
        }
        if case .closure = calleeAnn {
            guard let g = (a.callTargets[op.result] ?? []).sorted().first else { line("goto rpy_propagate;"); return }
            try callGraph(g, leading: closureFields(calleeExpr, calleeAnn))
            return
        }
        guard case .pbc(let set, _) = calleeAnn else { throw c.fail("calling \(calleeAnn)") }
        let targets = (a.callTargets[op.result] ?? []).sorted()
        switch set.kind {
        case .function:
            if set.items.count == 1 {
                guard let g = targets.first else { line("goto rpy_propagate;"); return }
                try callGraph(g, leading: [])
            } else {
                guard let g = targets.first, let fam = ll.familyOfGraph[g] else { throw c.fail("calling a function variable") }
                let args = try arguments(for: g, leading: [])
                let call = "((rpy_fam\(fam)_fn)\(calleeExpr))(\(args.joined(separator: ", ")))"
                if e.cType(resultAnn) == "void *" { line("\(call);"); self.set("NULL") } else { self.set(call) }
                if targets.contains(where: { ll.canRaise.contains($0) }) { check() }
            }
        case .class:
            if set.items.count == 1, let cls = set.classes.first {
                try instantiate(cls, targets: targets)
            } else {
                try instantiateVariable(calleeExpr, set, targets: targets)
            }
        case .builtin:
            guard let b = set.items.first as? PyBuiltin else { throw c.fail("this call") }
            try CBuiltin(call: self).emit(b.name)
        case .instance:
            throw c.fail("calling a prebuilt instance")
        }
    }

    func instantiate(_ cls: PyClass, targets: [Int]) throws {
        if let b = cls.builtin, !cls.mro.contains(where: { $0.builtin == "BaseException" }) {
            try CBuiltin(call: self).emit(b)
            return
        }
        guard let cd = a.classDefIfKnown(cls) else { throw c.fail("instantiating \(cls.qualname)") }
        let layout = ll.layout(of: cd)
        set("\(e.allocator(layout))(sizeof(struct \(layout.cName)))")
        line("\(result)->vt = &\(e.vtableName(layout));")
        if let g = targets.first {
            let args = try arguments(for: g, leading: [result])
            line("\(e.graphName(g))(\(args.joined(separator: ", ")));")
            if ll.canRaise.contains(g) { check() }
        } else if cls.builtin == "SystemExit", cd.fields["__status"] != nil {
            // sys.exit(): an int is the status, None or nothing is 0, anything else is printed
            // and the status is 1
            if let first = operands.first, f.ann(first).isIntegral {
                line("\(e.fieldAccess(result, cd, "__status")) = \(try f.value(first));")
            } else if let first = operands.first, !{ if case .none = f.ann(first) { return true }; return false }() {
                line("\(e.fieldAccess(result, cd, "__status")) = 1;")
                line("\(e.exceptionMessage(result)) = \(try CBuiltin(call: self).exceptionMessage(operands));")
            }
        } else if cd.ancestry.contains(where: { $0.pyClass.builtin == "BaseException" }), !operands.isEmpty {
            line("\(e.exceptionMessage(result)) = \(try CBuiltin(call: self).exceptionMessage(operands));")
        }
    }

    /// `cls(args)` with `cls` one of several classes: allocate by its vtable, then run its
    /// __init__ (through a vtable slot when they differ).
    func instantiateVariable(_ cls: String, _ set: PBCSet, targets: [Int]) throws {
        let vt = e.unique("vt")
        line("struct rpy_vtable *\(vt) = (struct rpy_vtable *)\(cls);")
        set_("rpy_malloc(\(vt)->layout_size)")
        line("\(result)->vt = \(vt);")
        if targets.count == 1 {
            let args = try arguments(for: targets[0], leading: [result])
            line("\(e.graphName(targets[0]))(\(args.joined(separator: ", ")));")
            if ll.canRaise.contains(targets[0]) { check() }
        } else if targets.count > 1 {
            guard let d = a.dispatch[op.result], let slot = ll.slot(named: slotKey(d)) else { throw c.fail("__init__ dispatch") }
            let args = try arguments(for: targets[0], leading: [result])
            line("\(vt)->\(slot.cName)(\(args.joined(separator: ", ")));")
            if targets.contains(where: { ll.canRaise.contains($0) }) { check() }
        }
    }

    func set_(_ s: String) { set(s) }

    /// The captured values of a closure value, as C expressions.
    func closureFields(_ closure: String, _ ann: Annotation) -> [String] {
        guard case .closure(_, let captured) = ann, let layout = e.tupleLayout(ann) else { return [] }
        return captured.indices.map { "((\(e.cType(captured[$0])))((struct \(layout.cName) *)\(closure))->f\($0))" }
    }

    /// A call through a vtable slot, or directly when there is one implementation.
    func dispatchCall(_ targets: [Int], vtable: String, leading: [String]) throws {
        if targets.count == 1 {
            try callGraph(targets[0], leading: leading)
            return
        }
        guard let d = a.dispatch[op.result], let slot = ll.slot(named: slotKey(d)) else { throw c.fail("this method dispatch") }
        let args = try arguments(for: targets[0], leading: leading)
        let call = "(\(vtable))->\(slot.cName)(\(args.joined(separator: ", ")))"
        if e.cType(resultAnn) == "void *" { line("\(call);"); set("NULL") } else { set(call) }
        if targets.contains(where: { ll.canRaise.contains($0) }) { check() }
    }

    func emitMethodCall() throws {
        guard case .methodCall(let name, _) = op.extra else { return }
        try emitMethodCall(name: name, recv: try f.value(op.args[0]), recvAnn: f.ann(op.args[0]))
    }

    func emitMethodCall(name: String, recv: String, recvAnn: Annotation) throws {
        switch recvAnn {
        case .instance(let cd, _):
            if cd.pyClass.name == "JitDriver", cd.pyClass.module?.name == "rlib.jit" {
                set("NULL")
                return
            }
            if name == "__class__" {
                // self.__class__(args): instantiate the receiver's class
                try emitPBCCall("((struct rpy_object *)\(recv))->vt",
                                .pbc(PBCSet(kind: .class, items: cd.family.map { $0.pyClass }), nullable: false))
                return
            }
            if cd.fieldOwner(name) != nil, let owner = cd.fieldOwner(name), let field = owner.fields[name] {
                // a function stored in an attribute
                try emitPBCCall(e.fieldAccess(recv, cd, name), field.annotation)
                return
            }
            let targets = (a.callTargets[op.result] ?? []).sorted()
            if targets.isEmpty {
                if name == "__init__" { set("NULL"); return }
                line("goto rpy_propagate; /* no implementation of \(name) */")
                return
            }
            let object = "((struct rpy_object *)\(recv))"
            let leading: [String]
            if a.dispatch[op.result]?.passesClass == true {
                leading = ["\(object)->vt"]                        // a classmethod
            } else if targets.count == 1 && a.descs[targets[0]].owner == nil {
                leading = []                                       // a staticmethod
            } else {
                leading = [object]
            }
            try dispatchCall(targets, vtable: "\(object)->vt", leading: leading)
        case .pbc(let set, _) where set.kind == .class:
            let targets = (a.callTargets[op.result] ?? []).sorted()
            guard !targets.isEmpty else { line("goto rpy_propagate;"); return }
            let vt = "((struct rpy_vtable *)\(recv))"
            let passes = a.dispatch[op.result]?.passesClass ?? (set.items.count == 1 && {
                if case .object(let o as PyClassMethod)? = set.classes[0].lookup(name) { _ = o; return true }
                return false
            }())
            try dispatchCall(targets, vtable: vt, leading: passes ? [vt] : [])
        default:
            try CBuiltin(call: self).emitMethod(name, receiver: recv, recvAnn)
        }
    }
}
