// FlowPrinter.swift — the textual form of flow graphs, used by `--dump` and golden tests.
//
//   graph f(x_1, y_2) at a.py:3
//   block1(x_1, y_2):
//       v3 = add(x_1, y_2)
//       --> block2(v3)
//   block2(result_4): return
//
// Annotations (and later low-level types) can be shown next to variables through `describe`.

import InitTime

public struct FlowPrinter {
    /// Extra text printed after a variable where it is defined (e.g. its annotation).
    public var describe: (Variable) -> String?

    public init(describe: @escaping (Variable) -> String? = { _ in nil }) {
        self.describe = describe
    }

    func variable(_ v: Variable) -> String {
        if let d = describe(v) { return "\(v): \(d)" }
        return v.description
    }

    public func print(_ graph: FlowGraph) -> String {
        var out = "graph \(graph.name)(" + graph.startBlock.inputArgs.map { $0.description }.joined(separator: ", ")
        out += ") at \(graph.location)\n"
        for b in graph.reachableBlocks() {
            out += "block\(b.id)(" + b.inputArgs.map(variable).joined(separator: ", ") + ")"
            if b === graph.returnBlock { out += ": return\n"; continue }
            out += ":\n"
            for op in b.operations {
                var line = op.description
                if let d = describe(op.result) { line += "  :: \(d)" }
                out += "    \(line)\n"
            }
            switch b.exitSwitch {
            case .none: break
            case .bool(let v): out += "    switch \(v)\n"
            case .exception: out += "    switch on exception\n"
            }
            for link in b.exits {
                var head = "    --> "
                if let c = link.exitcase { head = "    \(c ? "true" : "false") --> " }
                if let cls = link.exceptionClass {
                    head = "    except \(cls.qualname)"
                    if let v = link.lastExceptionValue { head += " as \(v)" }
                    head += " --> "
                }
                out += head + "block\(link.target.id)(" + link.args.map { $0.description }.joined(separator: ", ") + ")\n"
            }
        }
        return out
    }
}
