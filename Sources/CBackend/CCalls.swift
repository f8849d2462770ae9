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
            guard set.items.count == 1, let cls = set.classes.first else { throw c.fail("instantiating a class variable") }
            try instantiate(cls, targets: targets)
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
        set("rpy_malloc(sizeof(struct \(layout.cName)))")
        line("\(result)->vt = &\(e.vtableName(layout));")
        if let g = targets.first {
            let args = try arguments(for: g, leading: [result])
            line("\(e.graphName(g))(\(args.joined(separator: ", ")));")
            if ll.canRaise.contains(g) { check() }
        } else if cd.ancestry.contains(where: { $0.pyClass.builtin == "BaseException" }), !operands.isEmpty {
            line("\(e.exceptionMessage(result)) = \(try CBuiltin(call: self).exceptionMessage(operands));")
        }
    }

    func emitMethodCall() throws {
        guard case .methodCall(let name, _) = op.extra else { return }
        let recvAnn = f.ann(op.args[0])
        let recv = try f.value(op.args[0])
        switch recvAnn {
        case .instance(let cd, _):
            if cd.pyClass.name == "JitDriver", cd.pyClass.module?.name == "rlib.jit" {
                set("NULL")
                return
            }
            if cd.fieldOwner(name) != nil, let owner = cd.fieldOwner(name), let field = owner.fields[name] {
                // a function stored in an attribute
                try emitPBCCall(e.fieldAccess(recv, cd, name), field.annotation)
                return
            }
            let targets = (a.callTargets[op.result] ?? []).sorted()
            if targets.count == 1 {
                let g = targets[0]
                if a.descs[g].owner == nil {
                    try callGraph(g, leading: [])      // a staticmethod
                } else {
                    try callGraph(g, leading: ["(struct rpy_object *)\(recv)"])
                }
            } else if targets.isEmpty {
                if name == "__init__" { set("NULL"); return }
                line("goto rpy_propagate; /* no implementation of \(name) */")
            } else {
                guard let slot = ll.slot(named: "m:\(cd.id):\(name)") else { throw c.fail("method \(name)") }
                let args = try arguments(for: targets[0], leading: ["(struct rpy_object *)\(recv)"])
                let call = "((struct rpy_object *)\(recv))->vt->\(slot.cName)(\(args.joined(separator: ", ")))"
                if e.cType(resultAnn) == "void *" { line("\(call);"); set("NULL") } else { set(call) }
                if targets.contains(where: { ll.canRaise.contains($0) }) { check() }
            }
        default:
            try CBuiltin(call: self).emitMethod(name, receiver: recv, recvAnn)
        }
    }
}
