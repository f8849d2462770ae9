// COperations.swift — C code for each high-level operation, chosen by the operands' annotations.
//
// This is where RPython semantics meet C: Python's floor division and modulo, checked indexes
// (IndexError), missing keys (KeyError), division by zero, overflow-checked arithmetic for
// ovfcheck(), str/list/dict operations through the runtime, instance fields and vtables.

import Annotator
import Flow
import InitTime
import RTyper
import Syntax

struct COperation {
    let f: CFunction
    let op: Operation

    var e: CEmitter { f.e }
    var a: Annotator { f.a }
    var ll: LowLevelProgram { f.ll }
    var unsafe: Bool { e.options.unsafe }

    var result: String { f.name(op.result) }
    var resultAnn: Annotation { a.bindings[op.result] ?? .impossible }
    func arg(_ i: Int, as target: Annotation? = nil) throws -> String { try f.value(op.args[i], as: target) }
    func ann(_ i: Int) -> Annotation { f.ann(op.args[i]) }
    func line(_ s: String) { f.line(s) }
    func set(_ expr: String) { line("\(result) = \(expr);") }
    func check() { f.check() }
    func raise(_ kind: String, _ msg: String?) -> String { f.raiseBuiltin(kind, msg, at: op.location) }
    func fail(_ what: String) -> Diagnostic {
        Diagnostic(.unsupported, "\(what) is not supported by the C backend yet", at: op.location)
    }

    func emit() throws {
        switch op.name {
        case "same_as", "pos":
            set(try arg(0, as: resultAnn))
        case "is_true":
            if case .bool(let c?) = resultAnn { set(c ? "1" : "0"); return }
            set(try truth(try arg(0), ann(0)))
        case "bool_not":
            if case .bool(let c?) = resultAnn { set(c ? "1" : "0"); return }
            set("!\(try arg(0))")
        case "is_":
            if case .bool(let c?) = resultAnn { set(c ? "1" : "0"); return }
            let s0 = ll.lowLevelType(ann(0)).storage, s1 = ll.lowLevelType(ann(1)).storage
            if s0 == .pointer || s1 == .pointer {
                set("((void *)\(try arg(0)) == (void *)\(try arg(1)))")
            } else {
                set("(\(try arg(0)) == \(try arg(1)))")
            }
        case "eq", "ne", "lt", "le", "gt", "ge":
            set(try comparison(op.name, try arg(0), ann(0), try arg(1), ann(1)))
        case "contains":
            try emitContains()
        case "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor":
            try emitBinary(op.name)
        case "inplace_add":
            if case .list = ann(0) {
                try extendList(try arg(0), try arg(1), ann(1))
                set(try arg(0))
            } else {
                try emitBinary("add")
            }
        case "inplace_mul":
            if case .list = ann(0) {
                line("rpy_list_imul(\(try arg(0)), \(try arg(1)));")
                set(try arg(0))
            } else {
                try emitBinary("mul")
            }
        case "add_ovf", "sub_ovf", "mul_ovf":
            let fn = "rpy_int_" + op.name.replacingOccurrences(of: "_ovf", with: "") + "_ovf"
            set("\(fn)(\(try arg(0)), \(try arg(1)))")
            check()
        case "lshift_ovf":
            set("rpy_int_lshift_ovf(\(try arg(0)), \(try arg(1)))")
            check()
        case "floordiv_ovf":
            line("if (\(try arg(1)) == 0) \(raise("RPY_EXC_ZERODIVISIONERROR", "integer division or modulo by zero"))")
            set("rpy_int_floordiv_ovf(\(try arg(0)), \(try arg(1)))")
            check()
        case "mod_ovf":
            set("rpy_int_mod_checked(\(try arg(0)), \(try arg(1)))")
            check()
        case "neg_ovf":
            set("rpy_int_neg_ovf(\(try arg(0)))")
            check()
        case "neg":
            if case .bool = ann(0) { set("-(int64_t)\(try arg(0))") } else { set("-\(try arg(0))") }
        case "invert":
            set("~\(ll.lowLevelType(ann(0)) == .bool ? "(int64_t)" : "")\(try arg(0))")
        case "getitem":
            try emitGetItem()
        case "setitem":
            try emitSetItem()
        case "delitem":
            try emitDelItem()
        case "getslice":
            if f.fusedSlices[op.result] != nil { return }   // emitted with its setslice
            try emitGetSlice()
        case "setslice":
            if case .variable(let v) = op.args[3], let g = f.fusedSlices[v] {
                let src = COperation(f: f, op: g)
                let step: String = { if case .none = src.ann(3) { return "1" }; return (try? src.arg(3)) ?? "1" }()
                line("rpy_list_setslice_from_slice(\(try arg(0)), \(try bound(1)), \(try bound(2)), \(try src.arg(0)), \(try src.bound(1)), \(try src.bound(2)), \(step));")
                check()
                return
            }
            guard case .list = ann(0), case .list = ann(3) else { throw fail("slice assignment of \(ann(3))") }
            line("rpy_list_setslice(\(try arg(0)), \(try bound(1)), \(try bound(2)), \(try arg(3)));")
            check()
        case "delslice":
            if case .none = ann(3) {
                line("rpy_list_delslice(\(try arg(0)), \(try bound(1)), \(try bound(2)));")
            } else {
                line("rpy_list_delslice_step(\(try arg(0)), \(try bound(1)), \(try bound(2)), \(try arg(3)));")
                check()
            }
        case "getattr":
            try emitGetAttr()
        case "setattr":
            guard case .name(let n) = op.extra, case .instance(let c, _) = ann(0),
                  let owner = c.fieldOwner(n), let field = owner.fields[n] else { throw fail("this attribute store") }
            line("\(e.fieldAccess(try arg(0), c, n)) = \(try arg(1, as: field.annotation));")
        case "newlist":
            guard case .list(let d, _) = resultAnn else { throw fail("this list") }
            set("rpy_list_new(\(op.args.count))")
            for i in 0..<op.args.count {
                line("\(result)->items[\(i)] = \(e.toWord(try arg(i, as: d.item), d.item));")
            }
        case "newclosure":
            guard case .closure(_, let captured) = resultAnn else { throw fail("this closure") }
            try emitNewTuple((1..<op.args.count).map { try arg($0, as: captured[$0 - 1]) })
        case "newtuple":
            try emitNewTuple(op.args.indices.map { try arg($0, as: itemAnn($0)) })
        case "newdict":
            guard case .dict(let d, _) = resultAnn else { throw fail("this dict") }
            set("rpy_dict_new(\(try e.dictOps(d)))")
            var i = 0
            while i + 1 < op.args.count {
                line("rpy_dict_setitem(\(result), \(e.toWord(try arg(i, as: d.key), d.key)), \(e.toWord(try arg(i + 1, as: d.value), d.value)));")
                i += 2
            }
            check()
        case "newset":
            guard case .set(let d, _) = resultAnn else { throw fail("this set") }
            set("rpy_set_new(\(try e.dictOps(d)))")
            for i in op.args.indices {
                line("rpy_set_add(\(result), \(e.toWord(try arg(i, as: d.key), d.key)));")
            }
            check()
        case "call":
            try CCall(c: self).emitCall()
        case "call_method":
            try CCall(c: self).emitMethodCall()
        case "iter":
            try emitIter()
        case "next":
            throw fail("next() outside a for loop")
        case "format":
            guard case .format(var spec) = op.extra else { throw fail("format") }
            if op.args.count > 1, spec.contains("*") {
                // "%.*f": the precision comes at run time
                let buf = e.unique("spec")
                let pattern = String(spec.split(separator: "|", maxSplits: 1).last ?? "").replacingOccurrences(of: "%", with: "%%")
                    .replacingOccurrences(of: "*", with: "%lld")
                line("char \(buf)[64]; snprintf(\(buf), sizeof \(buf), \(e.cString(pattern)), (long long)\(try arg(1)));")
                spec = "%|\u{0}" + buf + "\u{0}" + String(pattern.last ?? "f")
            }
            set(try formatValue(try arg(0), ann(0), spec))
            check()
        case "buildstr":
            let parts = try op.args.indices.map { try arg($0) }
            if parts.count == 2 {
                set("rpy_str_concat(\(parts[0]), \(parts[1]))")
            } else {
                let sb = e.unique("sb")
                line("{ rpy_strbuilder *\(sb) = rpy_strbuilder_new(\(parts.count * 8));")
                for p in parts { line("  rpy_strbuilder_append(\(sb), \(p));") }
                line("  \(result) = rpy_strbuilder_build(\(sb)); }")
            }
        case "raise":
            let v = try arg(0)
            line("rpy_exc_type = ((struct rpy_object *)\(v))->vt; rpy_exc_value = \(v); rpy_exc_where = \(e.cString(op.location.description));")
            line("goto \(f.handlerLabel);")
        case "check_unpack":
            guard case .list = ann(0), case .constant(.int(let n)) = op.args[1] else { return }
            let l = try arg(0)
            line("if (\(l)->length != \(n)) {")
            line("  if (\(l)->length > \(n)) \(raise("RPY_EXC_VALUEERROR", "too many values to unpack (expected \(n))"))")
            line("  rpy_raise_msg(RPY_EXC_VALUEERROR, \"not enough values to unpack (expected \(n), got %lld)\", (long long)\(l)->length); rpy_exc_where = \(e.cString(op.location.description)); goto \(f.handlerLabel);")
            line("}")
        case "type":
            set("((struct rpy_object *)\(try arg(0)))->vt")
        case "check_range_step":
            line("if (\(try arg(0)) == 0) \(raise("RPY_EXC_VALUEERROR", "range() arg 3 must not be zero"))")
        case "range_continues":
            set("(\(try arg(2)) > 0 ? \(try arg(0)) < \(try arg(1)) : \(try arg(0)) > \(try arg(1)))")
        default:
            throw fail("operation '\(op.name)'")
        }
    }

    func itemAnn(_ i: Int) -> Annotation {
        if case .tuple(let items) = resultAnn, i < items.count { return items[i] }
        return ann(i)
    }

    func emitNewTuple(_ values: [String]) throws {
        guard case .tuple(let layout) = ll.lowLevelType(resultAnn) else { throw fail("this tuple") }
        // a tuple of numbers holds no pointer: the GC need not scan it
        set("\(layout.items.contains(.pointer) ? "rpy_malloc" : "rpy_malloc_atomic")(sizeof(struct \(layout.cName)))")
        for (i, v) in values.enumerated() {
            let cast = layout.items[i] == .pointer ? "(void *)" : ""
            line("\(result)->f\(i) = \(cast)\(v);")
        }
    }

    // MARK: - Truth and comparison

    func truth(_ x: String, _ a: Annotation) throws -> String {
        switch a {
        case .bool: return x
        case .int, .uint: return "(\(x) != 0)"
        case .float: return "(\(x) != 0.0)"
        case .str(let n), .bytes(let n), .list(_, let n), .dict(_, let n), .set(_, let n):
            return n ? "(\(x) != NULL && \(x)->length != 0)" : "(\(x)->length != 0)"
        case .tuple(let items): return items.isEmpty ? "0" : "1"
        case .none, .impossible: return "0"
        default: return "(\(x) != NULL)"
        }
    }

    func comparison(_ name: String, _ x: String, _ xa: Annotation, _ y: String, _ ya: Annotation) throws -> String {
        let cop = ["eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="][name]!
        switch (xa, ya) {
        case _ where xa.isNumeric && ya.isNumeric:
            let xf: Bool = { if case .float = xa { return true }; return false }()
            let yf: Bool = { if case .float = ya { return true }; return false }()
            if xf != yf { return "((double)\(x) \(cop) (double)\(y))" }
            if case .uint = xa, !(ya.isNumeric && { if case .uint = ya { return true }; return false }()) {
                return "(\(x) \(cop) (uint64_t)\(y))"
            }
            return "(\(x) \(cop) \(y))"
        case (.none, _), (_, .none):
            if name == "eq" || name == "ne" { return "((void *)\(x) \(cop) (void *)\(y))" }
            throw fail("ordering comparison with None")
        case (.str, .str):
            if name == "eq" { return "rpy_str_eq(\(x), \(y))" }
            if name == "ne" { return "!rpy_str_eq(\(x), \(y))" }
            return "(rpy_str_cmp(\(x), \(y)) \(cop) 0)"
        case (.bytes, .bytes):
            if name == "eq" { return "rpy_bytes_eq(\(x), \(y))" }
            if name == "ne" { return "!rpy_bytes_eq(\(x), \(y))" }
            return "(rpy_bytes_cmp(\(x), \(y)) \(cop) 0)"
        case (.list(let d, _), .list):
            guard name == "eq" || name == "ne" else { throw fail("ordering comparison of lists") }
            let eq = "rpy_list_eq(\(x), \(y), \(try e.wordEq(d.item)), NULL)"
            return name == "eq" ? eq : "!\(eq)"
        case (.tuple, .tuple):
            let fn = try e.tupleCompare(xa.isImpossible ? ya : (try union(xa, ya)))
            return "(\(fn)((void *)\(x), (void *)\(y)) \(cop) 0)"
        case (.instance, .instance), (.pbc, .pbc), (.dict, .dict):
            guard name == "eq" || name == "ne" else { throw fail("ordering comparison of \(xa)") }
            return "((void *)\(x) \(cop) (void *)\(y))"
        case (.set, .set):
            guard name == "eq" || name == "ne" else { throw fail("ordering comparison of sets") }
            return (name == "eq" ? "" : "!") + "rpy_set_eq(\(x), \(y))"
        default:
            if name == "eq" { return "0" }
            if name == "ne" { return "1" }
            throw fail("comparing \(xa) with \(ya)")
        }
    }

    func emitContains() throws {
        let c = try arg(0)
        switch ann(0) {
        case .list(let d, _):
            set("rpy_list_contains(\(c), \(e.toWord(try arg(1, as: d.item), d.item)), \(try e.wordEq(d.item)), NULL)")
        case .dict(let d, _), .set(let d, _):
            set("rpy_dict_contains(\(c), \(e.toWord(try arg(1, as: d.key), d.key)))")
            check()
        case .str:
            set("rpy_str_contains(\(c), \(try arg(1)))")
        case .tuple(let items):
            guard case .tuple(let layout) = ll.lowLevelType(ann(0)) else { throw fail("contains") }
            var parts: [String] = []
            for (i, item) in items.enumerated() {
                let field = "((\(e.cType(item)))((struct \(layout.cName) *)\(c))->f\(i))"
                parts.append(try comparison("eq", field, item, try arg(1), ann(1)))
            }
            set(parts.isEmpty ? "0" : "(" + parts.joined(separator: " || ") + ")")
        default:
            throw fail("'in' on \(ann(0))")
        }
    }

    // MARK: - Arithmetic

    func emitBinary(_ name: String) throws {
        let xa = ann(0), ya = ann(1)
        let x = try arg(0), y = try arg(1)
        if xa.isIntegral && ya.isIntegral {
            if case .uint = resultAnn { try emitUnsigned(name, x, y); return }
            if case .bool = resultAnn {
                set("(\(x) \(["and_": "&", "or_": "|", "xor": "^"][name] ?? "&") \(y))")
                return
            }
            let yConst: Int? = { if case .constant(.int(let c)) = op.args[1] { return c }; return nil }()
            switch name {
            case "add": set("(int64_t)\(x) + (int64_t)\(y)")
            case "sub": set("(int64_t)\(x) - (int64_t)\(y)")
            case "mul": set("(int64_t)\(x) * (int64_t)\(y)")
            case "and_": set("(int64_t)\(x) & (int64_t)\(y)")
            case "or_": set("(int64_t)\(x) | (int64_t)\(y)")
            case "xor": set("(int64_t)\(x) ^ (int64_t)\(y)")
            case "floordiv", "mod":
                let fn = name == "floordiv" ? "rpy_int_floordiv" : "rpy_int_mod"
                if let c = yConst, c != 0 {
                    if c > 0 && (c & (c - 1)) == 0 && name == "mod" {
                        set("(int64_t)\(x) & \(c - 1)")
                    } else if c > 0 && (c & (c - 1)) == 0 && name == "floordiv" {
                        set("(int64_t)\(x) >> \(c.trailingZeroBitCount)")
                    } else {
                        set("\(fn)(\(x), \(y))")
                    }
                } else {
                    if !unsafe { line("if (RPY_UNLIKELY(\(y) == 0)) \(raise("RPY_EXC_ZERODIVISIONERROR", "integer division or modulo by zero"))") }
                    set("\(fn)(\(x), \(y))")
                }
            case "truediv":
                set("rpy_int_truediv(\(x), \(y))")
                check()
            case "pow":
                set("rpy_int_pow(\(x), \(y))")
                check()
            case "lshift":
                if let c = yConst, c >= 0, c < 64 { set("(int64_t)((uint64_t)\(x) << \(c))") } else { set("rpy_int_lshift(\(x), \(y))"); check() }
            case "rshift":
                if let c = yConst, c >= 0, c < 64 { set("(int64_t)\(x) >> \(c)") } else { set("rpy_int_rshift(\(x), \(y))"); check() }
            default: throw fail("int operation \(name)")
            }
            return
        }
        if xa.isNumeric && ya.isNumeric {
            let xd = "(double)\(x)", yd = "(double)\(y)"
            switch name {
            case "add": set("\(xd) + \(yd)")
            case "sub": set("\(xd) - \(yd)")
            case "mul": set("\(xd) * \(yd)")
            case "truediv":
                line("if (RPY_LIKELY(\(yd) != 0.0)) \(result) = \(xd) / \(yd); else \(raise("RPY_EXC_ZERODIVISIONERROR", "float division by zero"))")
            case "floordiv": set("rpy_float_floordiv(\(xd), \(yd))"); check()
            case "mod": set("rpy_float_mod(\(xd), \(yd))"); check()
            case "pow":
                // fast paths for constant exponents; the runtime handles the edge cases
                var exponent: Double? = nil
                if case .constant(.float(let c)) = op.args[1] { exponent = c }
                if case .constant(.int(let c)) = op.args[1] { exponent = Double(c) }
                switch exponent {
                case 2.0?: set("\(xd) * \(xd)")
                case 1.0?: set(xd)
                case 0.5?:
                    line("if (RPY_LIKELY(\(xd) > 0.0)) \(result) = sqrt(\(xd)); else { \(result) = rpy_float_pow(\(xd), 0.5); if (RPY_UNLIKELY(rpy_exc_type != NULL)) goto \(f.handlerLabel); }")
                default:
                    set("rpy_float_pow(\(xd), \(yd))"); check()
                }
            default: throw fail("float operation \(name)")
            }
            return
        }
        switch (xa, ya, name) {
        case (.str, .str, "add"): set("rpy_str_concat(\(x), \(y))")
        case (.bytes, .bytes, "add"): set("rpy_bytes_concat(\(x), \(y))")
        case (.str, _, "mul"): set("rpy_str_mul(\(x), \(y))")
        case (_, .str, "mul"): set("rpy_str_mul(\(y), \(x))")
        case (_, .list, "mul"): set("rpy_list_mul(\(y), \(x))")
        case (.list, .list, "add"): set("rpy_list_concat(\(x), \(y))")
        case (.list, _, "mul"): set("rpy_list_mul(\(x), \(y))")
        case (.tuple(let i1), .tuple(let i2), "add"):
            guard case .tuple(let l1) = ll.lowLevelType(xa), case .tuple(let l2) = ll.lowLevelType(ya) else { throw fail("tuple +") }
            var values: [String] = []
            for i in i1.indices { values.append("((struct \(l1.cName) *)\(x))->f\(i)") }
            for i in i2.indices { values.append("((struct \(l2.cName) *)\(y))->f\(i)") }
            try emitNewTuple(values)
        case (.set, .set, _):
            let fn = ["or_": "rpy_set_union", "and_": "rpy_set_intersection", "sub": "rpy_set_difference",
                      "xor": "rpy_set_symmetric_difference"][name]
            guard let fn = fn else { throw fail("set operation \(name)") }
            set("\(fn)(\(x), \(y))")
            check()
        default:
            throw fail("'\(name)' on \(xa) and \(ya)")
        }
    }

    func emitUnsigned(_ name: String, _ x: String, _ y: String) throws {
        let ux = "(uint64_t)\(x)", uy = "(uint64_t)\(y)"
        switch name {
        case "add": set("\(ux) + \(uy)")
        case "sub": set("\(ux) - \(uy)")
        case "mul": set("\(ux) * \(uy)")
        case "and_": set("\(ux) & \(uy)")
        case "or_": set("\(ux) | \(uy)")
        case "xor": set("\(ux) ^ \(uy)")
        case "floordiv", "mod":
            if !unsafe { line("if (RPY_UNLIKELY(\(uy) == 0)) \(raise("RPY_EXC_ZERODIVISIONERROR", "integer division or modulo by zero"))") }
            set(name == "floordiv" ? "\(ux) / \(uy)" : "\(ux) % \(uy)")
        case "lshift": set("rpy_uint_lshift(\(ux), \(y))"); check()
        case "rshift": set("rpy_uint_rshift(\(ux), \(y))"); check()
        default: throw fail("r_uint operation \(name)")
        }
    }

    // MARK: - Items

    /// `idx` normalized and bounds-checked against `length`.
    func checkedIndex(_ index: String, _ length: String, _ message: String) -> String {
        let idx = e.unique("idx")
        line("int64_t \(idx) = \(index);")
        line("if (\(idx) < 0) \(idx) += \(length);")
        if !unsafe {
            line("if (RPY_UNLIKELY((uint64_t)\(idx) >= (uint64_t)(\(length)))) \(raise("RPY_EXC_INDEXERROR", message))")
        }
        return idx
    }

    func emitGetItem() throws {
        let c = try arg(0)
        switch ann(0) {
        case .list(let d, _):
            line("{")
            let idx = checkedIndex(try arg(1), "\(c)->length", "list index out of range")
            set(e.fromWord("\(c)->items[\(idx)]", d.item))
            line("}")
        case .str:
            line("{")
            let idx = checkedIndex(try arg(1), "\(c)->length", "string index out of range")
            set("rpy_str_from_char(rpy_str_getchar(\(c), \(idx)))")
            line("}")
        case .bytes:
            line("{")
            let idx = checkedIndex(try arg(1), "\(c)->length", "index out of range")
            set("\(c)->data[\(idx)]")
            line("}")
        case .dict(let d, _):
            let found = e.unique("found")
            line("{ bool \(found); rpy_word w = rpy_dict_lookup(\(c), \(e.toWord(try arg(1, as: d.key), d.key)), &\(found));")
            line("  if (RPY_UNLIKELY(rpy_exc_type != NULL)) goto \(f.handlerLabel);")
            line("  if (RPY_UNLIKELY(!\(found))) { rpy_raise_builtin(RPY_EXC_KEYERROR, \(try e.reprCall(try arg(1, as: d.key), d.key))); rpy_exc_where = \(e.cString(op.location.description)); goto \(f.handlerLabel); }")
            line("  \(result) = \(e.fromWord("w", d.value)); }")
        case .tuple(let items):
            guard case .tuple(let layout) = ll.lowLevelType(ann(0)) else { throw fail("tuple index") }
            if case .constant(.int(let i)) = op.args[1] {
                let j = i < 0 ? i + items.count : i
                set("(\(e.cType(resultAnn)))((struct \(layout.cName) *)\(c))->f\(j)")
            } else {
                line("{")
                let idx = checkedIndex(try arg(1), "\(items.count)", "tuple index out of range")
                let st = e.storageCType(ll.lowLevelType(resultAnn).storage)
                set("(\(e.cType(resultAnn)))((\(st) *)&((struct \(layout.cName) *)\(c))->f0)[\(idx)]")
                line("}")
            }
        default:
            throw fail("indexing \(ann(0))")
        }
    }

    func emitSetItem() throws {
        let c = try arg(0)
        switch ann(0) {
        case .list(let d, _):
            line("{")
            let idx = checkedIndex(try arg(1), "\(c)->length", "list assignment index out of range")
            line("\(c)->items[\(idx)] = \(e.toWord(try arg(2, as: d.item), d.item));")
            line("}")
        case .dict(let d, _):
            line("rpy_dict_setitem(\(c), \(e.toWord(try arg(1, as: d.key), d.key)), \(e.toWord(try arg(2, as: d.value), d.value)));")
            check()
        default:
            throw fail("item assignment on \(ann(0))")
        }
    }

    func emitDelItem() throws {
        let c = try arg(0)
        switch ann(0) {
        case .list:
            line("rpy_list_delitem(\(c), \(try arg(1)));")
            check()
        case .dict(let d, _):
            let k = try arg(1, as: d.key)
            line("if (!rpy_dict_delitem(\(c), \(e.toWord(k, d.key)), NULL)) { if (rpy_exc_type == NULL) rpy_raise_builtin(RPY_EXC_KEYERROR, \(try e.reprCall(k, d.key))); goto \(f.handlerLabel); }")
        default:
            throw fail("del on \(ann(0))")
        }
    }

    func bound(_ i: Int) throws -> String {
        if case .none = ann(i) { return "RPY_SLICE_NONE" }
        return try arg(i)
    }

    func emitGetSlice() throws {
        let c = try arg(0)
        let hasStep: Bool = { if case .none = ann(3) { return false }; return true }()
        let step = hasStep ? ", \(try arg(3))" : ""
        let suffix = hasStep ? "_step" : ""
        switch ann(0) {
        case .list: set("rpy_list_slice\(suffix)(\(c), \(try bound(1)), \(try bound(2))\(step))")
        case .str: set("rpy_str_slice\(suffix)(\(c), \(try bound(1)), \(try bound(2))\(step))")
        case .bytes: set("rpy_bytes_slice\(suffix)(\(c), \(try bound(1)), \(try bound(2))\(step))")
        case .tuple(let items):
            guard case .tuple(let layout) = ll.lowLevelType(ann(0)), case .tuple(let out) = resultAnn else { throw fail("tuple slice") }
            let lo: Int = { if case .constant(.int(let i)) = op.args[1] { return i < 0 ? max(0, i + items.count) : min(i, items.count) }; return 0 }()
            try emitNewTuple(out.indices.map { "((struct \(layout.cName) *)\(c))->f\(lo + $0)" })
            return
        default: throw fail("slicing \(ann(0))")
        }
        if hasStep { check() }
    }

    func emitGetAttr() throws {
        guard case .name(let n) = op.extra else { throw fail("getattr") }
        switch ann(0) {
        case .instance(let c, _):
            if case .boundMethod = resultAnn {
                set(try arg(0))      // a bound method is its receiver; the method is in the type
            } else if c.fieldOwner(n) != nil {
                set(e.fieldAccess(try arg(0), c, n))
            } else if n == "__class__" {
                set("((struct rpy_object *)\(try arg(0)))->vt")
            } else if let slot = ll.slot(named: "a:\(c.id):\(n)") {
                set("((struct rpy_object *)\(try arg(0)))->vt->\(slot.cName)")
            } else {
                throw fail("attribute '\(n)' of \(c.name)")
            }
        case .pbc(let s, _) where s.kind == .class && s.items.count == 1:
            guard let v = s.classes[0].lookup(n) else { throw fail("class attribute '\(n)'") }
            set(try e.constant(v, resultAnn))
        case .pbc(let s, _) where s.kind == .class:
            let classes = s.classes.compactMap { a.classDefIfKnown($0) }
            guard let first = classes.first else { throw fail("class attribute '\(n)'") }
            let base = classes.dropFirst().reduce(first) { $0.commonBase(with: $1) ?? $0 }
            guard let slot = ll.slot(named: "a:\(base.id):\(n)") else { throw fail("class attribute '\(n)'") }
            set("((struct rpy_vtable *)\(try arg(0)))->\(slot.cName)")
        default:
            throw fail("attribute '\(n)' of \(ann(0))")
        }
    }

    func emitIter() throws {
        let c = try arg(0)
        switch ann(0) {
        case .list, .str, .bytes, .dict, .set:
            line("\(result).seq = \(c); \(result).index = 0;")
        case .tuple(let items):
            line("\(result).seq = (void *)\(c); \(result).index = 0; \(result).length = \(items.count);")
        case .iterator:
            set(c)
        default:
            throw fail("iterating over \(ann(0))")
        }
    }

    func extendList(_ l: String, _ other: String, _ otherAnn: Annotation) throws {
        switch otherAnn {
        case .list: line("rpy_list_extend(\(l), \(other));")
        case .str: line("rpy_list_extend(\(l), rpy_str_to_list(\(other)));")
        case .dict, .set: line("rpy_list_extend(\(l), rpy_dict_keys(\(other)));")
        case .tuple(let items):
            guard case .tuple(let layout) = ll.lowLevelType(otherAnn), case .list(let d, _) = ann(0) else { throw fail("extend") }
            for i in items.indices {
                line("rpy_list_append(\(l), \(e.toWord("((\(e.cType(items[i])))((struct \(layout.cName) *)\(other))->f\(i))", d.item)));")
            }
        default: throw fail("extending a list with \(otherAnn)")
        }
    }

    // MARK: - Strings

    /// str(x), repr(x) or format(x, spec) of one value; `spec` is "conv|spec" as the flow
    /// builder writes it ("%|5d" for a %-directive).
    func formatValue(_ x: String, _ xa: Annotation, _ spec: String) throws -> String {
        let parts = spec.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let conv = String(parts.first ?? "")
        let fmt = parts.count > 1 ? String(parts[1]) : ""
        if conv == "%" {
            // a spec computed at run time is passed as the name of its C buffer
            let dynamic = fmt.hasPrefix("\u{0}")
            let parts = fmt.split(separator: "\u{0}", omittingEmptySubsequences: true)
            let cspec = dynamic ? String(parts.first ?? "") : e.cString(fmt)
            let letter = fmt.last ?? "s"
            switch xa {
            case .int, .bool, .uint:
                if "sr".contains(letter) { return "rpy_percent_str(\(try e.strCall(x, xa)), \(cspec))" }
                return "rpy_percent_int((int64_t)\(x), \(cspec))"
            case .float:
                if "sr".contains(letter) { return "rpy_percent_str(rpy_str_of_float(\(x)), \(cspec))" }
                return "rpy_percent_float(\(x), \(cspec))"
            case .str:
                return "rpy_percent_str(\(x), \(cspec))"
            default:
                let s = letter == "r" ? try e.reprCall(x, xa) : try e.strCall(x, xa)
                return "rpy_percent_str(\(s), \(cspec))"
            }
        }
        var s: String
        if conv == "r" || conv == "a" {
            s = try e.reprCall(x, xa)
            return fmt.isEmpty ? s : "rpy_format_str_c(\(s), \(e.cString(fmt)))"
        }
        if fmt.isEmpty { return try e.strCall(x, xa) }
        switch xa {
        case .int: return "rpy_format_int_c(\(x), \(e.cString(fmt)))"
        case .bool: return "rpy_format_bool(\(x), \(e.stringConstant(fmt)))"
        case .uint: return "rpy_format_uint(\(x), \(e.stringConstant(fmt)))"
        case .float: return "rpy_format_float_c(\(x), \(e.cString(fmt)))"
        case .str: return "rpy_format_str_c(\(x), \(e.cString(fmt)))"
        default:
            s = try e.strCall(x, xa)
            return "rpy_format_str_c(\(s), \(e.cString(fmt)))"
        }
    }
}
