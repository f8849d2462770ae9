// FlowVerifier.swift — checks the invariants of a flow graph; runs after every pass in tests.
//
// Invariants: every variable is defined once (a block input or an operation result); every
// use is dominated by its definition (uses in link arguments count as uses at the end of the
// source block; an exception link's `lastExceptionValue` is defined on that link only, and the
// raising operation's result is not available along exception links); links pass as many
// values as their target has inputs; a bool switch has a false and a true link; the return
// block has one input and no exits.

public struct FlowVerifier {
    public init() {}

    public func verify(_ graph: FlowGraph) -> [String] {
        var errors: [String] = []
        let blocks = graph.reachableBlocks()
        var definedIn: [Variable: Int] = [:]
        func define(_ v: Variable, _ b: Block) {
            if definedIn[v] != nil { errors.append("\(graph.name): \(v) defined twice") }
            definedIn[v] = b.id
        }
        for b in blocks {
            b.inputArgs.forEach { define($0, b) }
            b.operations.forEach { define($0.result, b) }
        }
        // dominators (iterative over reverse postorder is overkill here: simple fixpoint)
        var preds: [Int: [Block]] = [:]
        for b in blocks { for l in b.exits { preds[l.target.id, default: []].append(b) } }
        let all = Set(blocks.map { $0.id })
        var dom: [Int: Set<Int>] = [:]
        for b in blocks { dom[b.id] = b === graph.startBlock ? [b.id] : all }
        var changed = true
        while changed {
            changed = false
            for b in blocks where b !== graph.startBlock {
                var d = all
                for p in preds[b.id] ?? [] { d.formIntersection(dom[p.id] ?? all) }
                d.insert(b.id)
                if d != dom[b.id] { dom[b.id] = d; changed = true }
            }
        }
        func checkUse(_ v: FlowValue, in b: Block, position: Int, context: String) {
            guard case .variable(let x) = v else { return }
            guard let home = definedIn[x] else {
                errors.append("\(graph.name): \(x) used in block\(b.id) (\(context)) but never defined")
                return
            }
            if home == b.id {
                if let idx = b.inputArgs.firstIndex(of: x) { _ = idx; return }
                if let idx = b.operations.firstIndex(where: { $0.result == x }), idx < position { return }
                errors.append("\(graph.name): \(x) used in block\(b.id) (\(context)) before its definition")
            } else if !(dom[b.id]?.contains(home) ?? false) {
                errors.append("\(graph.name): \(x) used in block\(b.id) (\(context)) but its definition in block\(home) does not dominate it")
            }
        }
        for b in blocks {
            for (i, op) in b.operations.enumerated() {
                for a in op.args { checkUse(a, in: b, position: i, context: op.name) }
                if let arity = HighLevelOps.arity[op.name], let n = arity, n != op.args.count {
                    errors.append("\(graph.name): \(op.name) in block\(b.id) has \(op.args.count) operands, expected \(n)")
                }
            }
            for link in b.exits {
                if link.args.count != link.target.inputArgs.count {
                    errors.append("\(graph.name): link block\(b.id) -> block\(link.target.id) passes \(link.args.count) values for \(link.target.inputArgs.count) inputs")
                }
                for a in link.args {
                    if case .variable(let x) = a, x == link.lastExceptionValue { continue }
                    var position = b.operations.count
                    if link.exceptionClass != nil { position -= 1 }   // the raising op's result is not defined there
                    checkUse(a, in: b, position: position, context: "link")
                }
            }
            switch b.exitSwitch {
            case .none:
                if b.exits.count > 1 { errors.append("\(graph.name): block\(b.id) has \(b.exits.count) exits but no switch") }
            case .bool(let v):
                checkUse(v, in: b, position: b.operations.count, context: "switch")
                if b.exits.count != 2 || b.exits[0].exitcase != false || b.exits[1].exitcase != true {
                    errors.append("\(graph.name): block\(b.id) bool switch needs a false and a true link")
                }
            case .exception:
                if b.operations.isEmpty { errors.append("\(graph.name): block\(b.id) switches on exception without an operation") }
            }
        }
        if graph.returnBlock.inputArgs.count != 1 || !graph.returnBlock.exits.isEmpty {
            errors.append("\(graph.name): malformed return block")
        }
        return errors
    }
}
