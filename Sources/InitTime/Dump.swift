// Dump.swift — a deterministic textual dump of a module's namespace after init time.
//
// Stage 2's printer (DESIGN.md: every stage's output has one): each module-level name with its
// kind and value; functions with their signature, attributes (JIT and specialization hints)
// and closure cells; classes defined in the module with their dicts; prebuilt instances with
// their attributes; lists, tuples, dicts and sets with their contents. Objects reached more
// than once are labelled `&N` where first shown and referred to as `*N` afterwards.

import OrderedCollections
import Syntax

public func dumpModule(_ m: PyModule) -> String {
    var d = ModuleDumper(module: m)
    return d.dump()
}

private struct ModuleDumper {
    let module: PyModule
    var lines: [String] = []
    var references: [ObjectIdentifier: Int] = [:]
    var labels: [ObjectIdentifier: Int] = [:]
    var expanded: Set<ObjectIdentifier> = []
    static let hiddenNames: Set<String> = ["__name__", "__file__", "__doc__", "__path__", "__builtins__"]

    init(module: PyModule) { self.module = module }

    mutating func dump() -> String {
        var counting = self
        counting.countOnly = true
        for (name, v) in module.dict where !ModuleDumper.hiddenNames.contains(name) {
            counting.entry(name, v, 1)
        }
        references = counting.references
        lines = ["module \(module.name)"]
        for (name, v) in module.dict where !ModuleDumper.hiddenNames.contains(name) { entry(name, v, 1) }
        return lines.joined(separator: "\n") + "\n"
    }

    var countOnly = false

    mutating func emit(_ indent: Int, _ text: String) {
        if !countOnly { lines.append(String(repeating: "  ", count: indent) + text) }
    }

    /// Whether `o` is shown once with its contents (and labelled when reached again).
    func tracked(_ o: PyObject) -> Bool {
        o is PyList || o is PyDict || o is PySet || o is PyInstance || o is PyTuple
    }

    /// Returns the label text for a tracked object and whether it was already expanded.
    mutating func visit(_ o: PyObject) -> (label: String, seen: Bool) {
        let id = ObjectIdentifier(o)
        if countOnly {
            references[id, default: 0] += 1
            let seen = expanded.contains(id)
            expanded.insert(id)
            return ("", seen)
        }
        if expanded.contains(id) { return (labels[id].map { " *\($0)" } ?? "", true) }
        expanded.insert(id)
        if (references[id] ?? 0) > 1 {
            let n = labels.count + 1
            labels[id] = n
            return (" &\(n)", false)
        }
        return ("", false)
    }

    mutating func entry(_ name: String, _ v: Value, _ indent: Int) {
        value("\(name) = ", v, indent)
    }

    func scalar(_ v: Value) -> String? {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .uint(let u): return "r_uint(\(u))"
        case .float(let d): return pyFloatRepr(d)
        case .str(let s): return pyStringRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        case .object(let o):
            switch o {
            case let b as PyBigInt: return "bigint \(b.decimal)"
            case let m as PyModule: return "module \(m.name)"
            case let b as PyBuiltin: return "builtin \(b.name)"
            case let r as PyRange: return "range(\(r.start), \(r.stop), \(r.step))"
            case is PyIterator: return "iterator"
            case let c as PyClass where c.builtin != nil: return "class \(c.name)"
            case let t as PyTuple where t.items.allSatisfy({ scalar($0) != nil }):
                let inner = t.items.compactMap { scalar($0) }.joined(separator: ", ")
                return t.items.count == 1 ? "(\(inner),)" : "(\(inner))"
            default: return nil
            }
        }
    }

    func qualified(_ m: PyModule?, _ qualname: String) -> String {
        guard let m else { return qualname }
        return m === module ? qualname : "\(m.name).\(qualname)"
    }

    func signature(_ f: PyFunction) -> String {
        let a = f.def.args
        var parts: [String] = []
        let positional = a.posonlyargs + a.args
        let firstDefault = positional.count - f.defaults.count
        for (i, p) in positional.enumerated() {
            if i >= firstDefault, i - firstDefault < f.defaults.count {
                parts.append("\(p.name)=\(scalar(f.defaults[i - firstDefault]) ?? "<\(kind(f.defaults[i - firstDefault]))>")")
            } else {
                parts.append(p.name)
            }
            if !a.posonlyargs.isEmpty && i == a.posonlyargs.count - 1 { parts.append("/") }
        }
        if let v = a.vararg { parts.append("*" + v.name) } else if !a.kwonlyargs.isEmpty { parts.append("*") }
        for k in a.kwonlyargs {
            if let d = f.kwDefaults[k.name] { parts.append("\(k.name)=\(scalar(d) ?? "<\(kind(d))>")") }
            else { parts.append(k.name) }
        }
        if let k = a.kwarg { parts.append("**" + k.name) }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    func kind(_ v: Value) -> String {
        guard case .object(let o) = v else { return "value" }
        switch o {
        case is PyList: return "list"
        case is PyDict: return "dict"
        case is PySet: return "set"
        case is PyTuple: return "tuple"
        case let i as PyInstance: return "instance \(qualified(i.cls.module, i.cls.qualname))"
        case let f as PyFunction: return "function \(qualified(f.module, f.qualname))"
        case let c as PyClass: return "class \(qualified(c.module, c.qualname))"
        default: return "object"
        }
    }

    mutating func value(_ prefix: String, _ v: Value, _ indent: Int) {
        if let s = scalar(v) { emit(indent, prefix + s); return }
        if indent > 200 { emit(indent, prefix + "... (nested too deeply)"); return }
        guard case .object(let o) = v else { return }
        switch o {
        case let l as PyList: sequence(prefix, "list", o, l.items, indent)
        case let t as PyTuple: sequence(prefix, "tuple", o, t.items, indent)
        case let s as PySet:
            sequence(prefix, s.isFrozen ? "frozenset" : "set", o, s.items.map { $0.value }, indent)
        case let d as PyDict:
            let (label, seen) = visit(o)
            if seen { emit(indent, "\(prefix)dict\(label)"); return }
            if d.entries.isEmpty { emit(indent, "\(prefix)dict\(label) {}"); return }
            let keys = d.entries.keys.map { scalar($0.value) }
            if keys.allSatisfy({ $0 != nil }) && d.entries.values.allSatisfy({ scalar($0) != nil }) {
                let inner = zip(keys, d.entries.values).map { "\($0.0 ?? ""): \(scalar($0.1) ?? "")" }.joined(separator: ", ")
                emit(indent, "\(prefix)dict\(label) {\(inner)}")
                return
            }
            emit(indent, "\(prefix)dict\(label) (\(d.entries.count) items)")
            for (k, item) in d.entries { value("[\(scalar(k.value) ?? kind(k.value))] = ", item, indent + 1) }
        case let inst as PyInstance:
            let (label, seen) = visit(o)
            emit(indent, "\(prefix)instance \(qualified(inst.cls.module, inst.cls.qualname))\(label)")
            if seen { return }
            for (name, a) in inst.attributes { entry(name, a, indent + 1) }
        case let f as PyFunction:
            emit(indent, "\(prefix)function \(qualified(f.module, f.qualname))\(signature(f))")
            let id = ObjectIdentifier(o)
            guard f.module === module, !expanded.contains(id) else { return }
            expanded.insert(id)
            for (name, a) in f.attributes { entry(name, a, indent + 1) }
            for name in f.closure.keys.sorted() where name != "__class__" {
                if let cell = f.closure[name] {
                    if let cv = cell.value { value("[closure] \(name) = ", cv, indent + 1) }
                    else { emit(indent + 1, "[closure] \(name) = <unbound>") }
                }
            }
        case let c as PyClass:
            let bases = c.bases.map { qualified($0.module, $0.qualname) }.joined(separator: ", ")
            emit(indent, "\(prefix)class \(qualified(c.module, c.qualname))(\(bases))")
            let id = ObjectIdentifier(o)
            guard c.module === module, !expanded.contains(id) else { return }
            expanded.insert(id)
            for (name, a) in c.dict where name != "__doc__" || scalar(a) != "None" { entry(name, a, indent + 1) }
            for (name, a) in c.attributes { entry(name, a, indent + 1) }
        case let m as PyBoundMethod:
            let receiver = scalar(m.receiver) ?? kind(m.receiver)
            value("\(prefix)bound method of \(receiver): ", m.function, indent)
        case let s as PyStaticMethod: value("\(prefix)staticmethod ", s.function, indent)
        case let s as PyClassMethod: value("\(prefix)classmethod ", s.function, indent)
        case let c as PyCell:
            if let cv = c.value { value("\(prefix)cell ", cv, indent) } else { emit(indent, "\(prefix)cell <unbound>") }
        default:
            emit(indent, "\(prefix)<\(String(describing: type(of: o)))>")
        }
    }

    mutating func sequence(_ prefix: String, _ name: String, _ o: PyObject, _ items: [Value], _ indent: Int) {
        let (label, seen) = visit(o)
        if seen { emit(indent, "\(prefix)\(name)\(label)"); return }
        let open = name == "tuple" ? "(" : (name == "list" ? "[" : "{")
        let close = name == "tuple" ? ")" : (name == "list" ? "]" : "}")
        if items.allSatisfy({ scalar($0) != nil }) {
            var inner = items.compactMap { scalar($0) }.joined(separator: ", ")
            if name == "tuple" && items.count == 1 { inner += "," }
            emit(indent, "\(prefix)\(name)\(label) \(open)\(inner)\(close)")
            return
        }
        emit(indent, "\(prefix)\(name)\(label) (\(items.count) items)")
        for (i, item) in items.enumerated() { value("[\(i)] = ", item, indent + 1) }
    }
}
