// CSwitch.swift — `if x == 1: ... elif x == 2: ... elif ...` chains as a C switch.
//
// An interpreter's main loop compares its opcode against every case in turn. In the flow
// graph each comparison is its own block, and the opcode reaches the next one through a link
// (a different variable each time), so the C compiler sees no switch to build a jump table
// from. This recognizes the chain — blocks with only `eq(x, constant)` (and `is_true`) whose
// false exit is the next such block, reached from nowhere else — and emits one `switch`.
// Each case performs the false links it skips, then its own true link.

import Annotator
import Flow
import InitTime

struct SwitchCase {
    let value: Int
    /// The false links taken before reaching this case, then its true link.
    let path: [Link]
}

extension CFunction {

    /// Predecessor counts of the annotated blocks.
    func predecessorCounts() -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for b in graph.blocks where annotated.contains(b.id) {
            for l in b.exits { counts[l.target.id, default: 0] += 1 }
        }
        return counts
    }

    /// `eq(x, constant int)` (then optionally `is_true`) switching on it: (x, constant). The
    /// block that starts a chain may compute other things first (`leading`).
    func comparison(_ block: Block, leading: Bool = false) -> (Variable, Int)? {
        guard case .bool(let cond) = block.exitSwitch, block.exits.count == 2,
              let condVar = cond.variable else { return nil }
        var ops = block.operations
        if leading {
            let tail = ops.last?.name == "is_true" ? 2 : 1
            guard ops.count >= tail else { return nil }
            ops = Array(ops.suffix(tail))
        }
        guard ops.count == 1 || ops.count == 2 else { return nil }
        let eq = ops[0]
        guard eq.name == "eq", case .variable(let x) = eq.args[0], case .constant(.int(let c)) = eq.args[1] else { return nil }
        if ops.count == 2 {
            guard ops[1].name == "is_true", ops[1].args[0].variable === eq.result, ops[1].result === condVar else { return nil }
        } else {
            guard eq.result === condVar else { return nil }
        }
        guard case .int? = a.bindings[x], case .bool(nil)? = a.bindings[condVar] else { return nil }
        return (x, c)
    }

    /// The chain starting at `block`, if it has at least `minimum` cases.
    func switchChain(from block: Block, predecessors: [Int: Int], minimum: Int = 4) -> (Variable, [SwitchCase], [Link])? {
        guard let (x0, c0) = comparison(block, leading: true) else { return nil }
        var cases: [SwitchCase] = []
        var seen = Set<Int>()
        var falsePath: [Link] = []
        var current = block
        var x = x0
        var c = c0
        while true {
            let trueLink = current.exits[1], falseLink = current.exits[0]
            guard annotated.contains(trueLink.target.id), annotated.contains(falseLink.target.id) else { break }
            if seen.insert(c).inserted {
                cases.append(SwitchCase(value: c, path: falsePath + [trueLink]))
            }
            falsePath.append(falseLink)
            let next = falseLink.target
            // the next comparison must be reached only from here, on the same value
            guard predecessors[next.id] == 1, let (y, d) = comparison(next),
                  let k = next.inputArgs.firstIndex(of: y), k < falseLink.args.count,
                  falseLink.args[k].variable === x else { break }
            current = next
            x = y
            c = d
        }
        guard cases.count >= minimum else { return nil }
        return (x0, cases, falsePath)
    }

    /// Emits the switch for a chain; the default performs every false link.
    func emitSwitch(_ x: Variable, _ cases: [SwitchCase], _ defaultPath: [Link]) throws {
        line("switch (\(name(x))) {")
        for c in cases {
            line("case \(c.value == Int.min ? "INT64_MIN" : "INT64_C(\(c.value))"): {")
            try emitPath(c.path)
            line("}")
        }
        line("default: {")
        try emitPath(defaultPath)
        line("}")
        line("}")
    }

    /// Performs a sequence of links (assigning each target's inputs), jumping to the last.
    func emitPath(_ path: [Link]) throws {
        for (i, link) in path.enumerated() {
            if i == path.count - 1 {
                try emitLink(link, indent: "    ")
            } else {
                try emitAssignments(link, indent: "    ")
            }
        }
    }
}
