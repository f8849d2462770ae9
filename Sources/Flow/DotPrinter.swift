// DotPrinter.swift — flow graphs as Graphviz files (`--dot DIR`; `dot -Tsvg` renders them).

public struct DotPrinter {
    public init() {}

    func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\l"
            case "{", "}", "<", ">", "|": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    public func print(_ graph: FlowGraph) -> String {
        var out = "digraph \"\(escape(graph.name))\" {\n  node [shape=box, fontname=\"monospace\"];\n"
        for b in graph.reachableBlocks() {
            var label = "block\(b.id)(" + b.inputArgs.map { $0.description }.joined(separator: ", ") + ")\n"
            if b === graph.returnBlock { label += "return\n" }
            for op in b.operations { label += op.description + "\n" }
            if case .bool(let v) = b.exitSwitch { label += "switch \(v)\n" }
            out += "  b\(b.id) [label=\"\(escape(label))\"];\n"
            for link in b.exits {
                var edge = link.args.map { $0.description }.joined(separator: ", ")
                if let c = link.exitcase { edge = (c ? "true" : "false") + ": " + edge }
                if let cls = link.exceptionClass { edge = "except \(cls.qualname): " + edge }
                out += "  b\(b.id) -> b\(link.target.id) [label=\"\(escape(edge))\"];\n"
            }
        }
        return out + "}\n"
    }
}
