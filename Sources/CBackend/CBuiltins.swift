// CBuiltins.swift — C code for built-in functions (len, isinstance, print, int(), ...), the
// os/time/math/sys functions of the contract, rlib intrinsics, and the methods of str, bytes,
// list, dict and set.

import Annotator
import Flow
import InitTime
import RTyper
import Syntax

struct CBuiltin {
    let call: CCall

    var c: COperation { call.c }
    var f: CFunction { call.f }
    var e: CEmitter { call.e }
    var op: Operation { call.op }
    var result: String { call.result }
    var resultAnn: Annotation { call.resultAnn }
    func line(_ s: String) { call.line(s) }
    func set(_ s: String) { call.set(s) }
    func check() { call.check() }

    var shape: CallShape { call.shape() }
    /// Positional operands (after the callee or receiver).
    var positional: [FlowValue] { Array(call.operands.prefix(shape.positional)) }
    func pos(_ i: Int, as t: Annotation? = nil) throws -> String { try f.value(positional[i], as: t) }
    func posAnn(_ i: Int) -> Annotation { f.ann(positional[i]) }
    func keyword(_ name: String) -> FlowValue? {
        guard let i = shape.keywords.firstIndex(of: name) else { return nil }
        return call.operands[shape.positional + i]
    }
    func optionalInt(_ i: Int, default d: String) throws -> String {
        guard i < positional.count else { return d }
        if case .none = posAnn(i) { return d }
        return try pos(i)
    }
    func raise(_ kind: String, _ msg: String?) -> String { c.raise(kind, msg) }

    // MARK: - Functions

    func emit(_ name: String) throws {
        let n = positional.count
        switch name {
        case "len":
            switch posAnn(0) {
            case .tuple(let items): set("\(items.count)")
            default: set("\(try pos(0))->length")
            }
        case "isinstance":
            if case .bool(let k?) = resultAnn { set(k ? "1" : "0"); return }
            guard case .instance = posAnn(0) else { set("0"); return }
            var classes: [PyClass] = []
            switch op.args[2] {
            case .constant(.object(let cls as PyClass)): classes = [cls]
            case .constant(.object(let t as PyTuple)): for case .object(let cls as PyClass) in t.items { classes.append(cls) }
            default: break
            }
            let x = try pos(0)
            var tests: [String] = []
            for cls in classes {
                guard let cd = e.a.classDefIfKnown(cls) else { continue }
                let l = e.ll.layout(of: cd)
                tests.append("(((struct rpy_object *)\(x))->vt->typeid >= \(l.typeID) && ((struct rpy_object *)\(x))->vt->typeid <= \(l.typeIDMax))")
            }
            set(tests.isEmpty ? "0" : "(\(x) != NULL && (\(tests.joined(separator: " || "))))")
        case "int":
            if n == 0 { set("0"); return }
            switch posAnn(0) {
            case .str:
                if n == 2 { set("rpy_int_from_str_base(\(try pos(0)), \(try pos(1)))") } else { set("rpy_int_from_str(\(try pos(0)))") }
                check()
            case .float: set("rpy_float_to_int(\(try pos(0)))"); check()
            default: set("(int64_t)\(try pos(0))")
            }
        case "float":
            if n == 0 { set("0.0"); return }
            if case .str = posAnn(0) { set("rpy_float_from_str(\(try pos(0)))"); check() } else { set("(double)\(try pos(0))") }
        case "str":
            set(n == 0 ? e.stringConstant("") : try e.strCall(try pos(0), posAnn(0)))
        case "repr":
            set(try e.reprCall(try pos(0), posAnn(0)))
        case "bool":
            set(n == 0 ? "0" : try c.truth(try pos(0), posAnn(0)))
        case "chr":
            set("rpy_str_chr(\(try pos(0)))"); check()
        case "ord":
            set("rpy_str_ord(\(try pos(0)))"); check()
        case "abs":
            switch posAnn(0) {
            case .float: set("fabs(\(try pos(0)))")
            default: set("rpy_int_abs(\(try pos(0)))")
            }
        case "hash":
            set(try e.hashExpr(try pos(0), posAnn(0)))
        case "min", "max":
            try emitMinMax(name == "min")
        case "sum":
            let item: Annotation
            switch posAnn(0) {
            case .list(let d, _): item = d.item
            case .set(let d, _), .dict(let d, _): item = d.key
            case .tuple(let items): item = items.first ?? .int
            default: throw c.fail("sum() of \(posAnn(0))")
            }
            let start = n > 1 ? try pos(1) : (resultAnn.isIntegral ? "0" : "0.0")
            let l = try materialize(try pos(0), posAnn(0))
            line("{ \(e.cType(resultAnn)) acc = \(start); for (int64_t i = 0; i < \(l)->length; i++) acc += \(e.fromWord("\(l)->items[i]", item)); \(result) = acc; }")
        case "any", "all":
            guard case .list(let d, _) = posAnn(0) else { throw c.fail("\(name)() of \(posAnn(0))") }
            let l = try pos(0)
            let t = try c.truth(e.fromWord("\(l)->items[i]", d.item), d.item)
            if name == "any" {
                line("\(result) = 0; for (int64_t i = 0; i < \(l)->length; i++) if (\(t)) { \(result) = 1; break; }")
            } else {
                line("\(result) = 1; for (int64_t i = 0; i < \(l)->length; i++) if (!(\(t))) { \(result) = 0; break; }")
            }
        case "print":
            try emitPrint()
        case "list":
            if n == 0 { set("rpy_list_new(0)"); return }
            try copyToList(try pos(0), posAnn(0))
        case "sorted":
            try copyToList(try pos(0), posAnn(0))
            guard case .list(let d, _) = resultAnn else { return }
            try emitSort(result, d.item, key: keyword("key"), reverse: keyword("reverse"))
        case "reversed":
            try copyToList(try pos(0), posAnn(0))
            line("rpy_list_reverse(\(result));")
        case "enumerate":
            guard case .list(let d, _) = resultAnn, case .tuple(let items) = d.item, let layout = e.tupleLayout(d.item) else { throw c.fail("enumerate") }
            let src = try materialize(try pos(0), posAnn(0))
            let start = n > 1 ? try pos(1) : "0"
            line("{ rpy_list *src = \(src); \(result) = rpy_list_new(src->length);")
            line("  for (int64_t i = 0; i < src->length; i++) { struct \(layout.cName) *t = rpy_malloc(sizeof *t); t->f0 = i + \(start); t->f1 = \(layout.items[1] == .pointer ? "(void *)" : "")\(e.fromWord("src->items[i]", items[1])); \(result)->items[i] = rpy_word_p(t); } }")
        case "zip":
            guard case .list(let d, _) = resultAnn, case .tuple(let items) = d.item, let layout = e.tupleLayout(d.item) else { throw c.fail("zip") }
            let srcs = try (0..<n).map { try materialize(try pos($0), posAnn($0)) }
            line("{ rpy_list *src[\(n)] = { \(srcs.joined(separator: ", ")) }; int64_t len = src[0]->length;")
            line("  for (int k = 1; k < \(n); k++) if (src[k]->length < len) len = src[k]->length;")
            line("  \(result) = rpy_list_new(len);")
            var fill = ""
            for (k, item) in items.enumerated() {
                fill += " t->f\(k) = \(layout.items[k] == .pointer ? "(void *)" : "")\(e.fromWord("src[\(k)]->items[i]", item));"
            }
            line("  for (int64_t i = 0; i < len; i++) { struct \(layout.cName) *t = rpy_malloc(sizeof *t);\(fill) \(result)->items[i] = rpy_word_p(t); } }")
        case "range":
            let (start, stop, step) = n == 1 ? ("0", try pos(0), "1") : (try pos(0), try pos(1), n > 2 ? try pos(2) : "1")
            line("{ int64_t a = \(start), b = \(stop), s = \(step);")
            line("  if (s == 0) \(raise("RPY_EXC_VALUEERROR", "range() arg 3 must not be zero"))")
            line("  int64_t len = s > 0 ? (b > a ? (b - a + s - 1) / s : 0) : (a > b ? (a - b - s - 1) / -s : 0);")
            line("  \(result) = rpy_list_new(len); for (int64_t i = 0; i < len; i++) \(result)->items[i].i = a + i * s; }")
        case "dict":
            guard case .dict(let d, _) = resultAnn else { throw c.fail("dict()") }
            if n == 0 {
                set("rpy_dict_new(\(try e.dictOps(d)))")
            } else if case .dict = posAnn(0) {
                set("rpy_dict_copy(\(try pos(0)))")
            } else {
                // dict(pairs)
                let l = try materialize(try pos(0), posAnn(0))
                var pairAnn: Annotation = .tuple([d.key, d.value])
                if case .list(let ld, _) = posAnn(0) { pairAnn = ld.item }
                guard let layout = e.tupleLayout(pairAnn), case .tuple(let kv) = pairAnn, kv.count == 2 else {
                    set("rpy_dict_new(\(try e.dictOps(d)))")
                    return
                }
                set("rpy_dict_new(\(try e.dictOps(d)))")
                line("{ rpy_list *pairs = \(l); for (int64_t i = 0; i < pairs->length; i++) { struct \(layout.cName) *t = pairs->items[i].p;")
                line("  rpy_dict_setitem(\(result), \(e.toWord("((\(e.cType(kv[0])))t->f0)", d.key)), \(e.toWord("((\(e.cType(kv[1])))t->f1)", d.value))); } }")
                check()
            }
        case "set", "frozenset":
            guard case .set(let d, _) = resultAnn else { throw c.fail("set()") }
            set("rpy_set_new(\(try e.dictOps(d)))")
            if n > 0 {
                switch posAnn(0) {
                case .set: line("rpy_set_update(\(result), \(try pos(0)));")
                default: line("rpy_set_update_list(\(result), \(try materialize(try pos(0), posAnn(0))));")
                }
                check()
            }
        case "tuple":
            set(try pos(0))
        case "type":
            set("((struct rpy_object *)\(try pos(0)))->vt")
        case "divmod":
            guard let layout = e.tupleLayout(resultAnn) else { throw c.fail("divmod") }
            let x = try pos(0), y = try pos(1)
            set("rpy_malloc(sizeof(struct \(layout.cName)))")
            if case .tuple(let items) = resultAnn, case .float = items[0] {
                line("{ double m; double q = rpy_float_divmod((double)\(x), (double)\(y), &m); \(result)->f0 = q; \(result)->f1 = m; }")
                check()
            } else {
                line("if (\(y) == 0) \(raise("RPY_EXC_ZERODIVISIONERROR", "integer division or modulo by zero"))")
                line("\(result)->f0 = rpy_int_floordiv(\(x), \(y)); \(result)->f1 = rpy_int_mod(\(x), \(y));")
            }
        case "round":
            if posAnn(0).isIntegral { set("(int64_t)\(try pos(0))"); return }
            if n == 1 { set("rpy_float_round_int(\(try pos(0)))") } else { set("rpy_float_round(\(try pos(0)), \(try pos(1)))") }
            check()
        case "builtin.__init__":
            if n >= 2, case .instance(let cd, _) = posAnn(0), cd.ancestry.contains(where: { $0.pyClass.builtin == "BaseException" }) {
                line("\(e.exceptionMessage(try pos(0))) = \(try exceptionMessage(Array(positional.dropFirst())));")
            }
            set("NULL")

        case "os.write": set("rpy_os_write(\(try pos(0)), \(try pos(1)))"); check()
        case "os.read": set("rpy_os_read(\(try pos(0)), \(try pos(1)))"); check()
        case "os.open": set("rpy_os_open(\(try pos(0)), \(try pos(1)), \(n > 2 ? try pos(2) : "0777"))"); check()
        case "os.close": line("rpy_os_close(\(try pos(0)));"); set("NULL"); check()
        case "os.lseek": set("rpy_os_lseek(\(try pos(0)), \(try pos(1)), \(try pos(2)))"); check()
        case "os.isatty": set("rpy_os_isatty(\(try pos(0)))")
        case "os.getcwd": set("rpy_os_getcwd()"); check()
        case "os.getpid": set("rpy_os_getpid()")
        case "time.localtime", "time.gmtime":
            guard case .instance(let cd, _) = resultAnn else { throw c.fail(name) }
            let layout = e.ll.layout(of: cd)
            set("rpy_malloc(sizeof(struct \(layout.cName)))")
            line("\(result)->vt = &\(e.vtableName(layout));")
            let secs = n > 0 ? "(double)\(try pos(0))" : "rpy_time_time()"
            line("{ int64_t tmv[9]; rpy_time_localtime(\(secs), \(name == "time.gmtime" ? "true" : "false"), tmv);")
            for (i, fname) in ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"].enumerated() {
                line("  \(e.fieldAccess(result, cd, fname)) = tmv[\(i)];")
            }
            line("}")
        case "os.listdir": set("rpy_os_listdir(\(try pos(0)))"); check()
        case "os.mkdir": line("rpy_os_mkdir(\(try pos(0)), \(n > 1 ? try pos(1) : "0777"));"); set("NULL"); check()
        case "os.rmdir": line("rpy_os_rmdir(\(try pos(0)));"); set("NULL"); check()
        case "os.stat":
            guard case .instance(let cd, _) = resultAnn else { throw c.fail("os.stat") }
            let layout = e.ll.layout(of: cd)
            set("rpy_malloc(sizeof(struct \(layout.cName)))")
            line("\(result)->vt = &\(e.vtableName(layout));")
            line("rpy_os_stat(\(try pos(0)), &\(e.fieldAccess(result, cd, "st_mode")), &\(e.fieldAccess(result, cd, "st_size")), &\(e.fieldAccess(result, cd, "st_mtime")));")
            check()
        case "os.strerror": set("rpy_os_strerror(\(try pos(0)))")
        case "os.unlink": line("rpy_os_unlink(\(try pos(0)));"); set("NULL"); check()
        case "time.sleep": line("rpy_time_sleep((double)\(try pos(0)));"); set("NULL")
        case "os.getenv":
            if n > 1 {
                line("\(result) = rpy_os_getenv(\(try pos(0))); if (\(result) == NULL) \(result) = \(try pos(1));")
            } else {
                set("rpy_os_getenv(\(try pos(0)))")
            }
        case "format":
            let x = try pos(0)
            if n == 1 {
                set(try e.strCall(x, posAnn(0)))
            } else {
                let spec = try pos(1)
                switch posAnn(0) {
                case .int: set("rpy_format_int(\(x), \(spec))")
                case .bool: set("rpy_format_bool(\(x), \(spec))")
                case .uint: set("rpy_format_uint(\(x), \(spec))")
                case .float: set("rpy_format_float(\(x), \(spec))")
                case .str: set("rpy_format_str(\(x), \(spec))")
                default: set("rpy_format_str(\(try e.strCall(x, posAnn(0))), \(spec))")
                }
                check()
            }
        case "time.time": set("rpy_time_time()")
        case "time.perf_counter", "time.monotonic", "time.clock": set("rpy_time_perf_counter()")
        case "time.process_time": set("rpy_time_process_time()")
        case "sys.exit":
            let status: String
            if n == 0 { status = "0" } else if case .none = posAnn(0) { status = "0" } else { status = try pos(0) }
            line("rpy_exit(\(status));")
        case "sys.stdout.write":
            line("rpy_stdout_write(\(try pos(0)));"); set("\(try pos(0))->length")
        case "sys.stderr.write":
            line("rpy_stderr_write(\(try pos(0)));"); set("\(try pos(0))->length")
        case "sys.stdout.flush": line("rpy_stdout_flush();"); set("NULL")
        case "sys.stderr.flush": set("NULL")
        case "math.isnan", "math.isinf", "math.isfinite", "math.floor", "math.ceil", "math.trunc":
            set("rpy_\(name.replacingOccurrences(of: ".", with: "_"))((double)\(try pos(0)))")
            if ["math.floor", "math.ceil", "math.trunc"].contains(name) { check() }
        case "math.frexp", "math.modf":
            guard let layout = e.tupleLayout(resultAnn) else { throw c.fail(name) }
            set("rpy_malloc(sizeof(struct \(layout.cName)))")
            if name == "math.frexp" {
                line("{ int64_t ex; \(result)->f0 = rpy_math_frexp((double)\(try pos(0)), &ex); \(result)->f1 = ex; }")
            } else {
                line("{ double ip; \(result)->f0 = rpy_math_modf((double)\(try pos(0)), &ip); \(result)->f1 = ip; }")
            }
        case "math.fsum":
            let item: Annotation
            switch posAnn(0) {
            case .list(let d, _): item = d.item
            case .tuple(let items): item = items.first ?? .float
            default: item = .float
            }
            let l = try materialize(try pos(0), posAnn(0))
            if case .float = item {
                set("rpy_math_fsum(\(l))")
            } else {
                line("{ rpy_list *src = \(l); rpy_list *fl = rpy_list_new(src->length); for (int64_t i = 0; i < src->length; i++) fl->items[i].f = (double)\(e.fromWord("src->items[i]", item)); \(result) = rpy_math_fsum(fl); }")
            }
        case "math.gcd":
            line("{ int64_t x = rpy_int_abs(\(try pos(0))), y = rpy_int_abs(\(try pos(1))); while (y) { int64_t t = x % y; x = y; y = t; } \(result) = x; }")
        case "math.log" where n == 2:
            set("rpy_math_log_base((double)\(try pos(0)), (double)\(try pos(1)))"); check()
        case _ where name.hasPrefix("math."):
            let args = try (0..<n).map { "(double)\(try pos($0))" }
            set("rpy_\(name.replacingOccurrences(of: ".", with: "_"))(\(args.joined(separator: ", ")))")
            check()

        case "rlib.rarithmetic.intmask", "rlib.rarithmetic.r_int":
            if case .float = posAnn(0) { set("(int64_t)\(try pos(0))") } else { set("(int64_t)\(try pos(0))") }
        case "rlib.rarithmetic.r_uint":
            set(n == 0 ? "0" : "(uint64_t)\(try pos(0))")
        case "rlib.objectmodel.r_dict":
            guard case .dict(let d, _) = resultAnn else { throw c.fail("r_dict") }
            set("rpy_dict_new(\(try e.dictOps(d)))")
        case "rlib.objectmodel.we_are_translated":
            set("1")
        case "rlib.objectmodel.compute_hash":
            set(try e.hashExpr(try pos(0), posAnn(0)))
        case "rlib.objectmodel.compute_identity_hash":
            set("(int64_t)((uintptr_t)\(try pos(0)) >> 4)")
        case "rlib.objectmodel.instantiate":
            guard case .constant(.object(let cls as PyClass)) = positional[0], let cd = e.a.classDefIfKnown(cls) else {
                throw c.fail("instantiate() of a class variable")
            }
            let layout = e.ll.layout(of: cd)
            set("rpy_malloc(sizeof(struct \(layout.cName)))")
            line("\(result)->vt = &\(e.vtableName(layout));")
        case "rlib.jit.promote", "rlib.jit.promote_string", "rlib.jit.hint":
            set(try pos(0))
        case "rlib.jit.we_are_jitted", "rlib.jit.isconstant", "rlib.jit.isvirtual":
            set("0")
        case "rlib.jit.set_param":
            set("NULL")
        default:
            throw c.fail("the built-in '\(name)'")
        }
    }

    /// The normalized name of a constant encoding argument ("utf-8" when omitted).
    func encodingName(_ v: FlowValue?) throws -> String {
        guard let v = v else { return "utf-8" }
        guard case .constant(.str(let name)) = v else { throw c.fail("an encoding computed at run time") }
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8", "u8": return "utf-8"
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1": return "latin-1"
        case "ascii", "us-ascii": return "ascii"
        default: throw c.fail("the encoding '\(name)'")
        }
    }

    /// str(e) for a built-in exception made with these arguments: str(arg) for one, the
    /// repr of the tuple for several (as CPython).
    func exceptionMessage(_ args: [FlowValue]) throws -> String {
        if args.count == 1 { return try e.strCall(try f.value(args[0]), f.ann(args[0])) }
        let sb = e.unique("msg")
        line("rpy_strbuilder *\(sb) = rpy_strbuilder_new(16); rpy_strbuilder_append_char(\(sb), '(');")
        for (i, a) in args.enumerated() {
            if i > 0 { line("rpy_strbuilder_append_utf8(\(sb), \", \", 2);") }
            line("rpy_strbuilder_append(\(sb), \(try e.reprCall(try f.value(a), f.ann(a))));")
        }
        line("rpy_strbuilder_append_char(\(sb), ')');")
        return "rpy_strbuilder_build(\(sb))"
    }

    /// A list holding the items of an iterable value.
    func materialize(_ x: String, _ ann: Annotation) throws -> String {
        switch ann {
        case .list: return x
        case .str: return "rpy_str_to_list(\(x))"
        case .dict: return "rpy_dict_keys(\(x))"
        case .set: return "rpy_set_to_list(\(x))"
        case .tuple(let items):
            guard let layout = e.tupleLayout(ann) else { return "rpy_list_new(0)" }
            let t = e.unique("tl")
            line("rpy_list *\(t) = rpy_list_new(\(items.count));")
            for (i, item) in items.enumerated() {
                line("\(t)->items[\(i)] = \(e.toWord("((\(e.cType(item)))((struct \(layout.cName) *)\(x))->f\(i))", item));")
            }
            return t
        default: throw c.fail("iterating over \(ann)")
        }
    }

    func copyToList(_ x: String, _ ann: Annotation) throws {
        if case .list = ann { set("rpy_list_copy(\(x))"); return }
        set(try materialize(x, ann))
        if case .tuple = ann { return }
        if case .list = ann { return }
    }

    func emitMinMax(_ isMin: Bool) throws {
        let cmp = isMin ? "<" : ">"
        if positional.count == 1 {
            let item: Annotation
            switch posAnn(0) {
            case .list(let d, _): item = d.item
            case .set(let d, _), .dict(let d, _): item = d.key
            case .tuple(let items): item = items.first ?? .int
            case .str: item = .str(nullable: false)
            default: throw c.fail("min/max of \(posAnn(0))")
            }
            let l = e.unique("mm")
            line("rpy_list *\(l) = \(try materialize(try pos(0), posAnn(0)));")
            line("if (\(l)->length == 0) \(raise("RPY_EXC_VALUEERROR", "\(isMin ? "min" : "max")() arg is an empty sequence"))")
            line("\(result) = \(e.fromWord("\(l)->items[0]", item));")
            let xi = e.fromWord("\(l)->items[i]", item)
            line("for (int64_t i = 1; i < \(l)->length; i++) { \(e.cType(item)) x = \(xi); if (\(try e.compareExpr("x", result, item)) \(cmp) 0) \(result) = x; }")
            return
        }
        let isFloat: Bool = { if case .float = resultAnn { return true }; return false }()
        line("\(result) = \(isFloat ? "(double)" : "")\(try pos(0));")
        for i in 1..<positional.count {
            let v = (isFloat ? "(double)" : "") + (try pos(i))
            if case .str = resultAnn {
                line("if (rpy_str_cmp(\(v), \(result)) \(cmp) 0) \(result) = \(v);")
            } else {
                line("if (\(v) \(cmp) \(result)) \(result) = \(v);")
            }
        }
    }

    func emitPrint() throws {
        let sep = keyword("sep"), end = keyword("end")
        for (i, v) in positional.enumerated() {
            if i > 0 {
                if let s = sep { try writeStr(s, nullDefault: " ") } else { line("rpy_stdout_write_char(' ');") }
            }
            line("rpy_stdout_write(\(try e.strCall(try f.value(v), f.ann(v))));")
        }
        if let en = end { try writeStr(en, nullDefault: "\n") } else { line("rpy_stdout_write_char('\\n');") }
        set("NULL")
    }

    func writeStr(_ v: FlowValue, nullDefault: String) throws {
        if case .constant(.none) = v { line("rpy_stdout_write_cstr(\(e.cString(nullDefault)));"); return }
        if case .constant(.str(let s)) = v { line("rpy_stdout_write_cstr(\(e.cString(s)));"); return }
        let x = try f.value(v)
        line("rpy_stdout_write(\(x) ? \(x) : rpy_str_from_cstr(\(e.cString(nullDefault))));")
    }

    func emitSort(_ list: String, _ item: Annotation, key: FlowValue?, reverse: FlowValue?) throws {
        let rev = try reverse.map { try f.value($0) } ?? "0"
        if let key = key, { if case .pbc = f.ann(key) { return true }; if case .boundMethod = f.ann(key) { return true }
                              if case .closure = f.ann(key) { return true }; return false }() {
            // decorate with keys, sort the pairs, undecorate
            let keyAnn = keyAnnotation(key, item)
            let lt = try e.wordLt(keyAnn)
            let keyedLt = e.helper("klt:\(lt)") { name in
                "static bool \(name)(rpy_word a, rpy_word b, void *ctx) { return \(lt)(((struct rpy_keyed *)a.p)->key, ((struct rpy_keyed *)b.p)->key, ctx); }"
            }
            let kv = try keyCall(key, e.fromWord("\(list)->items[i]", item), item, keyAnn)
            line("{ rpy_list *pairs = rpy_list_new(\(list)->length);")
            line("  for (int64_t i = 0; i < \(list)->length; i++) { struct rpy_keyed *k = rpy_malloc(sizeof *k); k->item = \(list)->items[i];")
            line("    k->key = \(e.toWord(kv, keyAnn)); if (RPY_UNLIKELY(rpy_exc_type != NULL)) goto \(f.handlerLabel); pairs->items[i] = rpy_word_p(k); }")
            line("  rpy_list_sort(pairs, \(keyedLt), NULL, \(rev));")
            line("  for (int64_t i = 0; i < \(list)->length; i++) \(list)->items[i] = ((struct rpy_keyed *)pairs->items[i].p)->item; }")
            return
        }
        line("rpy_list_sort(\(list), \(try e.wordLt(item)), NULL, \(rev));")
    }

    func keyAnnotation(_ key: FlowValue, _ item: Annotation) -> Annotation {
        if let g = (e.a.callTargets[op.result] ?? []).sorted().first,
           { if case .boundMethod = f.ann(key) { return true }; if case .closure = f.ann(key) { return true }; return false }() {
            return e.a.descs[g].returnAnnotation
        }
        guard case .pbc(let s, _) = f.ann(key) else { return .impossible }
        if let fn = s.items.first as? PyFunction,
           let d = e.a.descs.first(where: { $0.function === fn && $0.owner == nil }) {
            return d.returnAnnotation
        }
        if let b = s.items.first as? PyBuiltin {
            switch b.name {
            case "len": return .int
            case "str": return .str(nullable: false)
            default: return item
            }
        }
        return .impossible
    }

    /// key(x) for sorting: a function graph, or a built-in such as len or str.lower.
    func keyCall(_ key: FlowValue, _ x: String, _ item: Annotation, _ keyAnn: Annotation) throws -> String {
        if case .closure = f.ann(key), let g = (e.a.callTargets[op.result] ?? []).sorted().first {
            let fields = call.closureFields(try f.value(key), f.ann(key))
            return "\(e.graphName(g))(\((fields + [x]).joined(separator: ", ")))"
        }
        if case .boundMethod = f.ann(key) {
            let targets = (e.a.callTargets[op.result] ?? []).sorted()
            guard targets.count == 1 else { throw c.fail("a key= method with several implementations") }
            return "\(e.graphName(targets[0]))((struct rpy_object *)\(try f.value(key)), \(x))"
        }
        guard case .pbc(let s, _) = f.ann(key) else { throw c.fail("this key=") }
        if let fn = s.items.first as? PyFunction,
           let d = e.a.descs.first(where: { $0.function === fn && $0.owner == nil }) {
            return "\(e.graphName(d.graphIndex))(\(x))"
        }
        if let b = s.items.first as? PyBuiltin {
            switch b.name {
            case "len": return "(\(x))->length"
            case "abs": return item.isIntegral ? "rpy_int_abs(\(x))" : "fabs(\(x))"
            case "str": return try e.strCall(x, item)
            default: break
            }
        }
        throw c.fail("this key= function")
    }

    // MARK: - Methods of built-in types

    func emitMethod(_ name: String, receiver r: String, _ recvAnn: Annotation) throws {
        let n = positional.count
        switch (recvAnn, name) {
        // str
        case (.str, "join"):
            set("rpy_str_join(\(r), \(try materialize(try pos(0), posAnn(0))))"); check()
        case (.str, "split"), (.str, "rsplit"):
            var sepExpr = "NULL"
            if let k = keyword("sep") {
                if case .none = f.ann(k) {} else { sepExpr = try f.value(k) }
            } else if n > 0 {
                if case .none = posAnn(0) {} else { sepExpr = try pos(0) }
            }
            var maxsplit = "-1"
            if let k = keyword("maxsplit") { maxsplit = try f.value(k) } else if n > 1 { maxsplit = try pos(1) }
            set("rpy_str_\(name)(\(r), \(sepExpr), \(maxsplit))"); check()
        case (.str, "splitlines"):
            set("rpy_str_splitlines(\(r), \(n > 0 ? try pos(0) : "0"))")
        case (.str, "strip"), (.str, "lstrip"), (.str, "rstrip"):
            let chars: String = n > 0 ? ({ if case .none = posAnn(0) { return "NULL" }; return (try? pos(0)) ?? "NULL" }()) : "NULL"
            set("rpy_str_\(name)(\(r), \(chars))")
        case (.str, "lower"), (.str, "upper"), (.str, "capitalize"), (.str, "title"), (.str, "swapcase"):
            set("rpy_str_\(name)(\(r))")
        case (.str, "replace"):
            set("rpy_str_replace(\(r), \(try pos(0)), \(try pos(1)), \(n > 2 ? try pos(2) : "-1"))")
        case (.str, "startswith"), (.str, "endswith"):
            set("rpy_str_\(name)(\(r), \(try pos(0)), \(try optionalInt(1, default: "RPY_SLICE_NONE")), \(try optionalInt(2, default: "RPY_SLICE_NONE")))")
        case (.str, "find"), (.str, "rfind"), (.str, "index"), (.str, "rindex"), (.str, "count"):
            set("rpy_str_\(name)(\(r), \(try pos(0)), \(try optionalInt(1, default: "RPY_SLICE_NONE")), \(try optionalInt(2, default: "RPY_SLICE_NONE")))")
            if name == "index" || name == "rindex" { check() }
        case (.str, "isdigit"), (.str, "isalpha"), (.str, "isalnum"), (.str, "isspace"), (.str, "isupper"), (.str, "islower"),
             (.str, "isascii"), (.str, "isdecimal"), (.str, "isnumeric"), (.str, "isprintable"), (.str, "istitle"):
            set("rpy_str_\(name)(\(r))")
        case (.str, "encode"):
            let enc = try encodingName(keyword("encoding") ?? (n > 0 ? positional[0] : nil))
            switch enc {
            case "utf-8":
                set("rpy_str_encode_utf8(\(r))")
            case "latin-1", "ascii":
                let limit = enc == "ascii" ? 128 : 256
                let fn = e.helper("encode:\(enc)") { name in
                    """
                    static rpy_bytes *\(name)(rpy_str *s) {
                        rpy_bytes *b = rpy_bytes_alloc(s->length);
                        for (int64_t i = 0; i < s->length; i++) {
                            rpy_char c = rpy_str_getchar(s, i);
                            if (c >= \(limit)) {
                                rpy_raise_msg(RPY_EXC_VALUEERROR, "'\(enc == "ascii" ? "ascii" : "latin-1")' codec can't encode character '\\\\u%04x' in position %lld: ordinal not in range(\(limit))", (unsigned)c, (long long)i);
                                return NULL;
                            }
                            b->data[i] = (unsigned char)c;
                        }
                        return b;
                    }
                    """
                }
                set("\(fn)(\(r))"); check()
            default:
                throw c.fail("str.encode('\(enc)')")
            }
        case (.bytes, "decode"):
            let enc = try encodingName(keyword("encoding") ?? (n > 0 ? positional[0] : nil))
            var errors = "strict"
            if let v = keyword("errors") ?? (n > 1 ? positional[1] : nil) {
                guard case .constant(.str(let mode)) = v else { throw c.fail("bytes.decode() with errors computed at run time") }
                errors = mode
            }
            switch (enc, errors) {
            case ("utf-8", "strict"): set("rpy_bytes_decode_utf8(\(r))"); check()
            case ("utf-8", "replace"): set("rpy_bytes_decode_utf8_replace(\(r))")
            case ("utf-8", "ignore"): set("rpy_bytes_decode_utf8_ignore(\(r))")
            case ("latin-1", _): set("rpy_bytes_decode_latin1(\(r))")
            case ("ascii", "strict"):
                line("for (int64_t i = 0; i < \(r)->length; i++) if (\(r)->data[i] >= 128) { rpy_raise_msg(RPY_EXC_UNICODEDECODEERROR, \"'ascii' codec can't decode byte 0x%02x in position %lld: ordinal not in range(128)\", (unsigned)\(r)->data[i], (long long)i); goto \(f.handlerLabel); }")
                set("rpy_bytes_decode_latin1(\(r))")
            default:
                throw c.fail("bytes.decode('\(enc)', '\(errors)')")
            }
        case (.bytes, "join"):
            let l = try materialize(try pos(0), posAnn(0))
            line("{ rpy_list *parts = \(l); int64_t total = 0;")
            line("  for (int64_t i = 0; i < parts->length; i++) total += ((rpy_bytes *)parts->items[i].p)->length + (i ? \(r)->length : 0);")
            line("  \(result) = rpy_bytes_alloc(total); int64_t at = 0;")
            line("  for (int64_t i = 0; i < parts->length; i++) { rpy_bytes *p = parts->items[i].p;")
            line("    if (i) { memcpy(\(result)->data + at, \(r)->data, \(r)->length); at += \(r)->length; }")
            line("    memcpy(\(result)->data + at, p->data, p->length); at += p->length; } }")

        // list
        case (.list(let d, _), "append"):
            // the common case inline: room left in the item array
            let w = e.toWord(try pos(0, as: d.item), d.item)
            line("if (RPY_LIKELY(\(r)->length < \(r)->allocated)) \(r)->items[\(r)->length++] = \(w); else rpy_list_append(\(r), \(w));")
            set("NULL")
        case (.list, "extend"):
            try c.extendList(r, try pos(0), posAnn(0)); set("NULL")
        case (.list(let d, _), "insert"):
            line("rpy_list_insert(\(r), \(try pos(0)), \(e.toWord(try pos(1, as: d.item), d.item)));"); set("NULL")
        case (.list(let d, _), "pop"):
            if n == 0 {
                // l.pop() inline; the runtime raises IndexError for an empty list
                line("if (RPY_LIKELY(\(r)->length > 0)) { \(r)->length--; \(result) = \(e.fromWord("\(r)->items[\(r)->length]", d.item)); \(r)->items[\(r)->length].u = 0; }")
                line("else { \(result) = \(e.fromWord("rpy_list_pop_last(\(r))", d.item)); goto \(f.handlerLabel); }")
            } else {
                set(e.fromWord("rpy_list_pop(\(r), \(try pos(0)))", d.item)); check()
            }
        case (.list(let d, _), "remove"):
            line("rpy_list_remove(\(r), \(e.toWord(try pos(0, as: d.item), d.item)), \(try e.wordEq(d.item)), NULL);"); set("NULL"); check()
        case (.list(let d, _), "index"):
            set("rpy_list_index(\(r), \(e.toWord(try pos(0, as: d.item), d.item)), RPY_SLICE_NONE, RPY_SLICE_NONE, \(try e.wordEq(d.item)), NULL)"); check()
        case (.list(let d, _), "count"):
            set("rpy_list_count(\(r), \(e.toWord(try pos(0, as: d.item), d.item)), \(try e.wordEq(d.item)), NULL)")
        case (.list, "reverse"): line("rpy_list_reverse(\(r));"); set("NULL")
        case (.list, "clear"): line("rpy_list_clear(\(r));"); set("NULL")
        case (.list, "copy"): set("rpy_list_copy(\(r))")
        case (.list(let d, _), "sort"):
            try emitSort(r, d.item, key: keyword("key"), reverse: keyword("reverse")); set("NULL")

        // dict
        case (.dict(let d, _), "get"):
            let dflt = n > 1 ? try pos(1, as: resultAnn) : (e.cType(resultAnn).hasSuffix("*") ? "NULL" : "0")
            line("{ bool found; rpy_word w = rpy_dict_lookup(\(r), \(e.toWord(try pos(0, as: d.key), d.key)), &found);")
            line("  if (RPY_UNLIKELY(rpy_exc_type != NULL)) goto \(f.handlerLabel);")
            line("  \(result) = found ? \(e.fromWord("w", d.value)) : \(dflt); }")
        case (.dict(let d, _), "setdefault"):
            set(e.fromWord("rpy_dict_setdefault(\(r), \(e.toWord(try pos(0, as: d.key), d.key)), \(e.toWord(try pos(1, as: d.value), d.value)))", d.value)); check()
        case (.dict(let d, _), "pop"):
            let k = try pos(0, as: d.key)
            line("{ rpy_word w; if (rpy_dict_delitem(\(r), \(e.toWord(k, d.key)), &w)) \(result) = \(e.fromWord("w", d.value)); else {")
            if n > 1 {
                line("  if (RPY_UNLIKELY(rpy_exc_type != NULL)) goto \(f.handlerLabel); \(result) = \(try pos(1, as: resultAnn)); } }")
            } else {
                line("  if (rpy_exc_type == NULL) rpy_raise_builtin(RPY_EXC_KEYERROR, \(try e.reprCall(k, d.key))); goto \(f.handlerLabel); } }")
            }
        case (.dict(let d, _), "popitem"):
            guard let layout = e.tupleLayout(resultAnn) else { throw c.fail("popitem") }
            line("{ rpy_word k, v; if (!rpy_dict_popitem(\(r), &k, &v)) goto \(f.handlerLabel);")
            line("  \(result) = rpy_malloc(sizeof(struct \(layout.cName))); \(result)->f0 = \(layout.items[0] == .pointer ? "k.p" : e.fromWord("k", d.key)); \(result)->f1 = \(layout.items[1] == .pointer ? "v.p" : e.fromWord("v", d.value)); }")
        case (.dict, "keys"): set("rpy_dict_keys(\(r))")
        case (.dict, "values"): set("rpy_dict_values(\(r))")
        case (.dict(let d, _), "items"):
            guard let layout = e.tupleLayout(.tuple([d.key, d.value])) else { throw c.fail("items") }
            line("{ \(result) = rpy_list_new_capacity(\(r)->length); int64_t pos = 0; rpy_word k, v;")
            line("  while (rpy_dict_next(\(r), &pos, &k, &v)) { struct \(layout.cName) *t = rpy_malloc(sizeof *t); t->f0 = \(layout.items[0] == .pointer ? "k.p" : e.fromWord("k", d.key)); t->f1 = \(layout.items[1] == .pointer ? "v.p" : e.fromWord("v", d.value)); rpy_list_append(\(result), rpy_word_p(t)); } }")
        case (.dict, "update"): line("rpy_dict_update(\(r), \(try pos(0)));"); set("NULL"); check()
        case (.dict, "clear"), (.set, "clear"): line("rpy_dict_clear(\(r));"); set("NULL")
        case (.dict, "copy"): set("rpy_dict_copy(\(r))")

        // set
        case (.set(let d, _), "add"):
            line("rpy_set_add(\(r), \(e.toWord(try pos(0, as: d.key), d.key)));"); set("NULL"); check()
        case (.set(let d, _), "remove"):
            line("rpy_set_remove(\(r), \(e.toWord(try pos(0, as: d.key), d.key)));"); set("NULL"); check()
        case (.set(let d, _), "discard"):
            line("rpy_set_discard(\(r), \(e.toWord(try pos(0, as: d.key), d.key)));"); set("NULL"); check()
        case (.set(let d, _), "pop"):
            set(e.fromWord("rpy_set_pop(\(r))", d.key)); check()
        case (.set, "update"):
            if case .set = posAnn(0) { line("rpy_set_update(\(r), \(try pos(0)));") } else {
                line("rpy_set_update_list(\(r), \(try materialize(try pos(0), posAnn(0))));")
            }
            set("NULL"); check()
        case (.set, "copy"): set("rpy_set_copy(\(r))")
        case (.set, "issubset"), (.set, "issuperset"), (.set, "isdisjoint"):
            set("rpy_set_\(name)(\(r), \(try pos(0)))")
        case (.set, "union"), (.set, "intersection"), (.set, "difference"), (.set, "symmetric_difference"):
            set("rpy_set_\(name)(\(r), \(try pos(0)))"); check()
        default:
            throw c.fail("the method '\(name)' of \(recvAnn)")
        }
    }
}
