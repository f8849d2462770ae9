// FlowGraph.swift — the flow-graph IR: stage 3 of the pipeline (see DESIGN.md).
//
// Every run-time function becomes a `FlowGraph`: blocks of operations in SSA form. A block has
// input variables, a list of operations and an exit: either one link, a boolean switch over a
// variable (two links, exitcase false/true), or — when its last operation can raise inside a
// `try` — an exception switch whose first link is the normal exit and whose other links catch
// exception classes. Links carry the values passed to the target block's inputs. The annotator
// types the variables; the RTyper later rewrites the operations into low-level ones in place.

import InitTime
import Syntax

/// An SSA variable. Identity matters; `id` is unique within one translation and makes dumps
/// deterministic.
public final class Variable: Hashable, CustomStringConvertible {
    public let id: Int
    /// The source name this variable holds, if any (for dumps and C names).
    public var hint: String

    public init(id: Int, hint: String) {
        self.id = id
        self.hint = hint
    }

    public static func == (a: Variable, b: Variable) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public var description: String { hint.isEmpty ? "v\(id)" : "\(hint)_\(id)" }
}

/// An operand: a variable or a constant (an init-time value: ints, strings, functions, classes,
/// prebuilt instances...).
public enum FlowValue: CustomStringConvertible {
    case variable(Variable)
    case constant(Value)

    public var variable: Variable? {
        if case .variable(let v) = self { return v }
        return nil
    }

    public var constant: Value? {
        if case .constant(let c) = self { return c }
        return nil
    }

    public var description: String {
        switch self {
        case .variable(let v): return v.description
        case .constant(let c): return "(" + describeConstant(c) + ")"
        }
    }
}

/// One operation: `result = opname(args)`. `name` is the operation name (see Operations.swift
/// for the high-level set); `extra` holds static information that is not an operand (an
/// attribute name, a call shape).
public final class Operation: CustomStringConvertible {
    public var name: String
    public var args: [FlowValue]
    public var result: Variable
    public var location: SourceLocation
    public var extra: OperationExtra

    public init(_ name: String, _ args: [FlowValue], result: Variable, location: SourceLocation,
                extra: OperationExtra = .none) {
        self.name = name
        self.args = args
        self.result = result
        self.location = location
        self.extra = extra
    }

    public var description: String {
        var s = "\(result) = \(name)(" + args.map { $0.description }.joined(separator: ", ") + ")"
        switch extra {
        case .none: break
        case .name(let n): s += " [\(n)]"
        case .callShape(let shape): s += " [\(shape)]"
        case .methodCall(let n, let shape): s += " [\(n) \(shape)]"
        case .format(let f): s += " [\(f)]"
        }
        return s
    }
}

/// How arguments are passed at a call site: `positional` plain arguments, then one value per
/// keyword name, then optionally a `*args` tuple.
public struct CallShape: Equatable, Hashable, CustomStringConvertible {
    public var positional: Int
    public var keywords: [String]
    public var hasStarArgs: Bool

    public init(positional: Int, keywords: [String] = [], hasStarArgs: Bool = false) {
        self.positional = positional
        self.keywords = keywords
        self.hasStarArgs = hasStarArgs
    }

    public var argumentCount: Int { positional + keywords.count + (hasStarArgs ? 1 : 0) }

    public var description: String {
        var parts = ["\(positional)"]
        if !keywords.isEmpty { parts.append("kw=" + keywords.joined(separator: ",")) }
        if hasStarArgs { parts.append("*") }
        return parts.joined(separator: " ")
    }
}

public enum OperationExtra {
    case none
    /// getattr/setattr/delattr: the attribute name.
    case name(String)
    /// call: how the arguments after the callee are passed.
    case callShape(CallShape)
    /// call_method: method name and shape of the arguments after the receiver.
    case methodCall(String, CallShape)
    /// format: the format spec and conversion of one f-string field or %-format directive.
    case format(String)
}

/// What decides which link a block leaves by.
public enum ExitSwitch {
    /// One link, taken unconditionally (or none: the return and except blocks).
    case none
    /// Two links: exitcase false first, then true.
    case bool(FlowValue)
    /// The last operation may raise inside a `try`: links[0] is the normal exit (absent when
    /// the operation is `raise`, which never returns normally), the others catch exceptions of
    /// their `exceptionClass` (tested in order, with isinstance semantics). An exception that
    /// no link catches leaves the graph.
    case exception
}

public final class Link {
    public var args: [FlowValue]
    public unowned(unsafe) var target: Block
    /// For a bool switch: false or true.
    public var exitcase: Bool?
    /// For an exception link: the class it catches.
    public var exceptionClass: PyClass?
    /// For an exception link: the variable bound to the caught exception instance; it may
    /// appear in `args`.
    public var lastExceptionValue: Variable?

    public init(args: [FlowValue], target: Block, exitcase: Bool? = nil) {
        self.args = args
        self.target = target
        self.exitcase = exitcase
    }
}

public final class Block {
    public let id: Int
    public var inputArgs: [Variable]
    public var operations: [Operation] = []
    public var exitSwitch: ExitSwitch = .none
    public var exits: [Link] = []
    /// The last statement built into this block: where values leaving it were computed
    /// (diagnostics name it when types do not merge).
    public var lastLocation: SourceLocation?

    public init(id: Int, inputArgs: [Variable]) {
        self.id = id
        self.inputArgs = inputArgs
    }

    public var canRaise: Bool {
        if case .exception = exitSwitch { return true }
        return false
    }
}

/// The graph of one run-time function (or one specialized version of it).
public final class FlowGraph {
    public var name: String
    public let startBlock: Block
    /// One input: the returned value. (Exceptions not caught by a block's own exception links
    /// leave the graph implicitly: the exception transform makes that explicit.)
    public let returnBlock: Block
    /// The function this graph was built from.
    public let function: PyFunction
    public let location: SourceLocation
    /// Names of the parameters, in order (after default/keyword resolution, as the graph's
    /// start block receives them).
    public let parameterNames: [String]
    /// Blocks kept in creation order so that dumps and the generated C are deterministic.
    public var blocks: [Block] = []

    public init(name: String, function: PyFunction, location: SourceLocation,
                parameterNames: [String], startBlock: Block, returnBlock: Block) {
        self.name = name
        self.function = function
        self.location = location
        self.parameterNames = parameterNames
        self.startBlock = startBlock
        self.returnBlock = returnBlock
    }

    /// The blocks reachable from the start block, in a deterministic order (depth-first,
    /// links in order), the return block last.
    public func reachableBlocks() -> [Block] {
        var seen = Set<Int>()
        var order: [Block] = []
        var stack: [Block] = [startBlock]
        seen.insert(startBlock.id)
        while let b = stack.popLast() {
            if b !== returnBlock { order.append(b) }
            for link in b.exits.reversed() where !seen.contains(link.target.id) {
                seen.insert(link.target.id)
                stack.append(link.target)
            }
        }
        order.append(returnBlock)
        return order
    }
}

/// A short, deterministic rendering of a constant for dumps.
public func describeConstant(_ v: Value) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .uint(let u): return "r_uint(\(u))"
    case .float(let d): return String(d)
    case .str(let s): return "'" + s.unicodeScalars.map { $0.escaped(asASCII: false) }.joined() + "'"
    case .bytes(let b): return "b<\(b.count) bytes>"
    case .object(let o):
        switch o {
        case let f as PyFunction: return "function \(f.module.name).\(f.qualname)"
        case let c as PyClass: return "class \(c.module.map { $0.name + "." } ?? "")\(c.qualname)"
        case let b as PyBuiltin: return "builtin \(b.name)"
        case let m as PyModule: return "module \(m.name)"
        case let i as PyInstance: return "instance of \(i.cls.qualname)"
        case is PyList: return "prebuilt list"
        case is PyDict: return "prebuilt dict"
        case let t as PyTuple: return "(" + t.items.map(describeConstant).joined(separator: ", ") + (t.items.count == 1 ? ",)" : ")")
        case is PySet: return "prebuilt set"
        default: return "prebuilt \(type(of: o))"
        }
    }
}
