// DeadInputs.swift — removes block inputs that nothing uses.
//
// The builder passes every local variable along every link, which keeps it simple but leaves
// many inputs that no operation reads. An input is needed if an operation, a switch, or the
// return block uses it, or if it is passed on to an input that is needed; the rest, and the
// link arguments feeding them, are dropped. Runs on each graph right after it is built.

public func removeDeadInputs(_ graph: FlowGraph) {
    let blocks = graph.blocks
    var needed = Set<Variable>()
    var work: [Variable] = []
    func need(_ v: FlowValue) {
        if case .variable(let x) = v, needed.insert(x).inserted { work.append(x) }
    }
    // what links feed each input
    var feeders: [Variable: [FlowValue]] = [:]
    for b in blocks {
        for op in b.operations { op.args.forEach(need) }
        if case .bool(let v) = b.exitSwitch { need(v) }
        for link in b.exits {
            for (arg, input) in zip(link.args, link.target.inputArgs) {
                feeders[input, default: []].append(arg)
            }
        }
    }
    graph.returnBlock.inputArgs.forEach { need(.variable($0)) }
    graph.startBlock.inputArgs.forEach { need(.variable($0)) }
    while let x = work.popLast() {
        for arg in feeders[x] ?? [] { need(arg) }
    }
    for b in blocks where b !== graph.startBlock && b !== graph.returnBlock {
        let keep = b.inputArgs.map { needed.contains($0) }
        if keep.allSatisfy({ $0 }) { continue }
        b.inputArgs = zip(b.inputArgs, keep).filter { $0.1 }.map { $0.0 }
        for source in blocks {
            for link in source.exits where link.target === b {
                link.args = zip(link.args, keep).filter { $0.1 }.map { $0.0 }
            }
        }
    }
}
