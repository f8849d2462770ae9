// CHelpers.swift — generated helper functions: equality, ordering, hashing and repr of values
// whose C code depends on their annotation (tuples, containers), and the dict key operations.
// Each helper is generated once per annotation and named after a counter.

import Annotator
import Flow
import InitTime
import RTyper
import Syntax

extension CEmitter {

    func helper(_ key: String, _ make: (String) throws -> String) rethrows -> String {
        if let n = helperNames[key] { return n }
        let name = "rpy_h\(helperNames.count)"
        helperNames[key] = name
        helpers.append(try make(name))
        return name
    }

    func tupleLayout(_ ann: Annotation) -> TupleLayout? {
        if case .tuple(let l) = ll.lowLevelType(ann) { return l }
        return nil
    }

    /// An equality callback on words holding values of `ann` (for lists and dicts).
    func wordEq(_ ann: Annotation) throws -> String {
        switch ann {
        case .int, .bool, .uint: return "rpy_eq_int"
        case .float: return "rpy_eq_float"
        case .str: return "rpy_eq_str"
        case .tuple:
            let cmp = try tupleCompare(ann)
            return try helper("weq:\(ann)") { name in
                "static bool \(name)(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return \(cmp)(a.p, b.p) == 0; }"
            }
        default: return "rpy_eq_ptr"
        }
    }

    /// A less-than callback on words (for sorting).
    func wordLt(_ ann: Annotation) throws -> String {
        switch ann {
        case .int, .bool, .impossible: return "rpy_lt_int"
        case .uint: return "rpy_lt_uint"
        case .float: return "rpy_lt_float"
        case .str: return "rpy_lt_str"
        case .tuple:
            let cmp = try tupleCompare(ann)
            return try helper("wlt:\(ann)") { name in
                "static bool \(name)(rpy_word a, rpy_word b, void *ctx) { (void)ctx; return \(cmp)(a.p, b.p) < 0; }"
            }
        default:
            throw Diagnostic(.unsupported, "sorting values of type \(ann) is not supported", at: .unknown)
        }
    }

    /// A three-way comparison of two values of `ann` as C code returning <0, 0, >0; NaN and
    /// None follow Python's == only.
    func compareExpr(_ x: String, _ y: String, _ ann: Annotation) throws -> String {
        switch ann {
        case .int, .bool, .uint, .float: return "((\(x) > \(y)) - (\(x) < \(y)))"
        case .str: return "rpy_str_cmp(\(x), \(y))"
        case .bytes: return "rpy_bytes_cmp(\(x), \(y))"
        case .tuple: return "\(try tupleCompare(ann))((void *)\(x), (void *)\(y))"
        default: return "((void *)\(x) != (void *)\(y))"
        }
    }

    /// int cmp(void *a, void *b) for tuples of `ann`: lexicographic.
    func tupleCompare(_ ann: Annotation) throws -> String {
        guard case .tuple(let items) = ann, let layout = tupleLayout(ann) else {
            throw Diagnostic(.internalError, "tuple comparison of \(ann)", at: .unknown)
        }
        let itemCmps = try items.enumerated().map { (i, item) -> String in
            let t = cType(item)
            return try compareExpr("((\(t))x->f\(i))", "((\(t))y->f\(i))", item)
        }
        return helper("tcmp:\(layout.cName):\(ann)") { name in
            var s = "static int \(name)(void *a, void *b) { struct \(layout.cName) *x = a, *y = b; int c; (void)x; (void)y;"
            for c in itemCmps { s += " c = \(c); if (c) return c;" }
            return s + " return 0; }"
        }
    }

    /// Hash of a value of `ann`, as CPython's hash().
    func hashExpr(_ x: String, _ ann: Annotation) throws -> String {
        switch ann {
        case .int: return "rpy_hash_int(\(x))"
        case .bool: return "rpy_hash_bool(\(x))"
        case .uint: return "rpy_hash_uint(\(x))"
        case .float: return "rpy_hash_float(\(x))"
        case .str: return "rpy_str_hash(\(x))"
        case .bytes: return "rpy_bytes_hash(\(x))"
        case .none: return "0"
        case .tuple(let items):
            guard let layout = tupleLayout(ann) else { return "0" }
            let parts = try items.enumerated().map { (i, item) in
                try hashExpr("((\(cType(item)))t->f\(i))", item)
            }
            let fn = helper("thash:\(ann)") { name in
                var s = "static int64_t \(name)(void *p) { struct \(layout.cName) *t = p; uint64_t h = rpy_tuple_hash_start(); (void)t;"
                for p in parts { s += " h = rpy_tuple_hash_add(h, \(p));" }
                return s + " return rpy_tuple_hash_finish(h, \(items.count)); }"
            }
            return "\(fn)((void *)\(x))"
        default:
            return "(int64_t)((uintptr_t)(\(x)) >> 4)"
        }
    }

    /// The rpy_dictops of a dict definition: its r_dict functions, or those of its key type.
    func dictOps(_ d: DictDef) throws -> String {
        let r = d.root
        guard let eq = r.customEq as? PyFunction, let hash = r.customHash as? PyFunction,
              let eqDesc = a.descs.first(where: { $0.function === eq && $0.owner == nil }),
              let hashDesc = a.descs.first(where: { $0.function === hash && $0.owner == nil }) else {
            return try dictOps(r.key)
        }
        let key = r.key
        let e1 = graphName(eqDesc.graphIndex), h1 = graphName(hashDesc.graphIndex)
        return "&" + helper("rdict:\(e1):\(h1)") { name in
            """
            static uint64_t \(name)_hash(rpy_word k) { return (uint64_t)\(h1)(\(fromWord("k", key))); }
            static bool \(name)_eq(rpy_word a, rpy_word b) { return \(e1)(\(fromWord("a", key)), \(fromWord("b", key))); }
            static const rpy_dictops \(name) = { \(name)_hash, \(name)_eq };
            """
        }
    }

    /// The rpy_dictops for keys of `ann`.
    func dictOps(_ ann: Annotation) throws -> String {
        switch ann {
        case .int, .bool, .uint, .impossible: return "&rpy_dictops_int"
        case .float: return "&rpy_dictops_float"
        case .str: return "&rpy_dictops_str"
        case .tuple:
            let h = try hashExpr("k.p", ann)
            let cmp = try tupleCompare(ann)
            return "&" + helper("dops:\(ann)") { name in
                """
                static uint64_t \(name)_hash(rpy_word k) { return (uint64_t)\(h); }
                static bool \(name)_eq(rpy_word a, rpy_word b) { return \(cmp)(a.p, b.p) == 0; }
                static const rpy_dictops \(name) = { \(name)_hash, \(name)_eq };
                """
            }
        default: return "&rpy_dictops_ptr"
        }
    }

    /// str(x) as an rpy_str * expression.
    func strCall(_ x: String, _ ann: Annotation) throws -> String {
        switch ann {
        case .str(let n): return n ? "(\(x) ? \(x) : \(stringConstant("None")))" : x
        case .int: return "rpy_str_of_int(\(x))"
        case .uint: return "rpy_str_of_uint(\(x))"
        case .bool: return "rpy_str_of_bool(\(x))"
        case .float: return "rpy_str_of_float(\(x))"
        case .none, .impossible: return stringConstant("None")
        case .instance(let c, _):
            // exceptions: str(e) is the message
            guard c.ancestry.contains(where: { $0.pyClass.builtin == "BaseException" }) else {
                throw Diagnostic(.unsupported, "str() of an instance of \(c.name)", at: .unknown)
            }
            let m = exceptionMessage("(\(x))")
            return "(\(m) ? \(m) : \(stringConstant("")))"
        default:
            return try reprCall(x, ann)
        }
    }

    /// repr(x) as an rpy_str * expression.
    func reprCall(_ x: String, _ ann: Annotation) throws -> String {
        switch ann {
        case .str(let n):
            return n ? "(\(x) ? rpy_str_repr(\(x)) : \(stringConstant("None")))" : "rpy_str_repr(\(x))"
        case .bytes: return "rpy_bytes_repr(\(x))"
        case .int, .uint, .bool, .float, .none, .impossible: return try strCall(x, ann)
        case .list(let d, let nullable):
            let item = d.item
            let itemRepr = try reprCall(fromWord("l->items[i]", item), item)
            let fn = helper("lrepr:\(ann)") { name in
                """
                static rpy_str *\(name)(rpy_list *l) {
                    rpy_strbuilder *sb = rpy_strbuilder_new(16);
                    rpy_strbuilder_append_char(sb, '[');
                    for (int64_t i = 0; i < l->length; i++) {
                        if (i) rpy_strbuilder_append_utf8(sb, ", ", 2);
                        rpy_strbuilder_append(sb, \(itemRepr));
                    }
                    rpy_strbuilder_append_char(sb, ']');
                    return rpy_strbuilder_build(sb);
                }
                """
            }
            return nullable ? "(\(x) ? \(fn)(\(x)) : \(stringConstant("None")))" : "\(fn)(\(x))"
        case .tuple(let items):
            guard let layout = tupleLayout(ann) else { return stringConstant("()") }
            let reprs = try items.enumerated().map { (i, item) in
                try reprCall("((\(cType(item)))t->f\(i))", item)
            }
            let fn = helper("trepr:\(ann)") { name in
                var s = "static rpy_str *\(name)(void *p) { struct \(layout.cName) *t = p; (void)t; rpy_strbuilder *sb = rpy_strbuilder_new(16); rpy_strbuilder_append_char(sb, '(');"
                for (i, r) in reprs.enumerated() {
                    if i > 0 { s += " rpy_strbuilder_append_utf8(sb, \", \", 2);" }
                    s += " rpy_strbuilder_append(sb, \(r));"
                }
                if items.count == 1 { s += " rpy_strbuilder_append_char(sb, ',');" }
                return s + " rpy_strbuilder_append_char(sb, ')'); return rpy_strbuilder_build(sb); }"
            }
            return "\(fn)((void *)\(x))"
        case .dict(let d, let nullable), .set(let d, let nullable):
            let isSet: Bool = { if case .set = ann { return true }; return false }()
            let kr = try reprCall(fromWord("k", d.key), d.key)
            let vr = isSet ? "" : try reprCall(fromWord("v", d.value), d.value)
            let fn = helper("drepr:\(ann)") { name in
                var s = "static rpy_str *\(name)(rpy_dict *d) {\n"
                if isSet { s += "    if (d->length == 0) return rpy_str_from_cstr(\"set()\");\n" }
                s += "    rpy_strbuilder *sb = rpy_strbuilder_new(16); rpy_strbuilder_append_char(sb, '{');\n"
                s += "    int64_t pos = 0; rpy_word k, v; bool first = true;\n"
                s += "    while (rpy_dict_next(d, &pos, &k, &v)) {\n"
                s += "        if (!first) rpy_strbuilder_append_utf8(sb, \", \", 2); first = false;\n"
                s += "        rpy_strbuilder_append(sb, \(kr));\n"
                if !isSet { s += "        rpy_strbuilder_append_utf8(sb, \": \", 2); rpy_strbuilder_append(sb, \(vr));\n" }
                s += "    }\n    (void)v; rpy_strbuilder_append_char(sb, '}'); return rpy_strbuilder_build(sb);\n}"
                return s
            }
            return nullable ? "(\(x) ? \(fn)(\(x)) : \(stringConstant("None")))" : "\(fn)(\(x))"
        case .instance(let c, _):
            if c.ancestry.contains(where: { $0.pyClass.builtin == "BaseException" }) {
                // ValueError('msg')
                let m = exceptionMessage("(\(x))")
                let fn = helper("erepr") { name in
                    """
                    static rpy_str *\(name)(struct rpy_object *e, rpy_str *m) {
                        rpy_strbuilder *sb = rpy_strbuilder_new(16);
                        rpy_strbuilder_append_utf8(sb, e->vt->name, (int64_t)strlen(e->vt->name));
                        rpy_strbuilder_append_char(sb, '(');
                        if (m) rpy_strbuilder_append(sb, rpy_str_repr(m));
                        rpy_strbuilder_append_char(sb, ')');
                        return rpy_strbuilder_build(sb);
                    }
                    """
                }
                return "\(fn)((struct rpy_object *)\(x), \(m))"
            }
            // CPython shows an address; RPython instances have no repr: show the class
            return "rpy_str_from_cstr(\"<\" \(cString(c.pyClass.qualname)) \" object>\")"
        default:
            throw Diagnostic(.unsupported, "repr() of \(ann)", at: .unknown)
        }
    }
}
