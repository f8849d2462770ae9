// Intrinsics.swift — rlib functions the translator implements natively.
//
// Part of stage 2 (see Modules.swift). After an rlib module's body has run, each name listed
// here is replaced by a `PyBuiltin` named "module.function" (e.g. "rlib.rarithmetic.intmask").
// The closure is the init-time behaviour; later stages recognise the name and give the
// run-time meaning. To add an intrinsic, add one entry to `Interpreter.intrinsicTable`.

import OrderedCollections
import Syntax

extension Interpreter {
    typealias IntrinsicMaker = (Interpreter) -> PyBuiltin.Implementation

    /// module name -> [(function name, init-time implementation)], in a fixed order.
    static let intrinsicTable: [(module: String, functions: [(String, IntrinsicMaker)])] = [
        ("rlib.rarithmetic", [
            ("intmask", { i in { args, _ in try i.arity("intmask", args, 1...1); return .int(try i.wordBits(args[0])) } }),
            ("r_int", { i in { args, _ in try i.arity("r_int", args, 1...1); return .int(try i.wordBits(args[0])) } }),
            ("r_uint", { i in { args, _ in
                try i.arity("r_uint", args, 0...1)
                return .uint(UInt(bitPattern: try args.first.map { try i.wordBits($0) } ?? 0))
            } }),
            ("ovfcheck", { i in { args, _ in
                try i.arity("ovfcheck", args, 1...1)
                if case .object(let o) = args[0], o is PyBigInt { throw i.pyError("OverflowError", "integer overflow") }
                return args[0]
            } }),
        ]),
        ("rlib.objectmodel", [
            ("we_are_translated", { _ in { _, _ in .bool(false) } }),
            ("compute_hash", { i in { args, _ in try i.arity("compute_hash", args, 1...1); return .int(try i.hashValue(args[0])) } }),
            ("compute_identity_hash", { i in { args, _ in
                try i.arity("compute_identity_hash", args, 1...1)
                guard case .object(let o) = args[0] else { return .int(try i.hashValue(args[0])) }
                return .int(i.identity(o))
            } }),
            ("instantiate", { i in { args, _ in
                try i.arity("instantiate", args, 1...1)
                guard case .object(let o) = args[0], let c = o as? PyClass, c.builtin == nil || c.isSubclass(of: i.cls("BaseException")) else {
                    throw i.typeError("instantiate() expects a class")
                }
                let inst = PyInstance(cls: c)
                if c.isSubclass(of: i.cls("BaseException")) { inst.attributes["args"] = .object(PyTuple([])) }
                return .object(inst)
            } }),
            ("r_dict", { i in { _, _ in
                throw i.unsupported("rlib.objectmodel.r_dict (create r_dicts in code that runs after translation)")
            } }),
            ("import_from_mixin", { i in { args, kwargs in
                try i.arity("import_from_mixin", args, 1...2)
                guard case .object(let o) = args[0], let mixin = o as? PyClass else {
                    throw i.typeError("import_from_mixin() expects a class")
                }
                var special: Set<String> = ["__init__"]
                if let s = args.count > 1 ? args[1] : kwargs["special_methods"] {
                    special = Set(try i.iterate(s).map { try i.str($0, "special method name") })
                }
                guard let body = i.classBodyStack.last else {
                    throw i.typeError("import_from_mixin() must be called in a class body")
                }
                for base in mixin.mro.reversed() where base.builtin == nil {
                    for (key, value) in base.dict {
                        if key.hasPrefix("__") && key.hasSuffix("__") && !special.contains(key) { continue }
                        body.classNamespace[key] = value
                    }
                }
                return .none
            } }),
        ]),
        ("rlib.jit", [
            ("promote", { i in { args, _ in try i.arity("promote", args, 1...1); return args[0] } }),
            ("promote_string", { i in { args, _ in try i.arity("promote_string", args, 1...1); return args[0] } }),
            ("we_are_jitted", { _ in { _, _ in .bool(false) } }),
            ("isconstant", { i in { args, _ in try i.arity("isconstant", args, 1...1); return .bool(false) } }),
            ("isvirtual", { i in { args, _ in try i.arity("isvirtual", args, 1...1); return .bool(false) } }),
            ("hint", { i in { args, _ in try i.arity("hint", args, 1...1); return args[0] } }),
            ("set_param", { i in { args, _ in try i.arity("set_param", args, 3...3); return .none } }),
        ]),
    ]

    /// Intrinsics whose argument may be any integer (they wrap it to a word), so that
    /// `r_uint(0xFFFFFFFFFFFFFFFF)` works at init time as on CPython.
    static let wrappingIntrinsics: Set<String> = ["rlib.rarithmetic.r_uint", "rlib.rarithmetic.intmask",
                                                  "rlib.rarithmetic.r_int"]

    func installIntrinsics(_ m: PyModule) {
        guard let entry = Interpreter.intrinsicTable.first(where: { $0.module == m.name }) else { return }
        for (name, make) in entry.functions {
            m.dict[name] = .object(PyBuiltin(name: "\(m.name).\(name)", implementation: make(self)))
        }
    }

    /// The low 64 bits of an integer (or truncated float) as a signed word: `intmask`.
    func wordBits(_ v: Value) throws -> Int {
        switch v {
        case .uint(let u): return Int(bitPattern: u)
        case .float(let d):
            guard d.isFinite else { throw pyError("OverflowError", "cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if let i = Int(exactly: t) { return i }
            guard abs(t) < 1.7e38 else { throw overflow() }
            return Int(truncatingIfNeeded: Int128(t))
        default:
            if let w = wide(v) { return Int(truncatingIfNeeded: w) }
            throw typeError("an integer is required, not '\(typeName(v))'")
        }
    }
}
