// ASTDump.swift — a deterministic, readable text form of the AST, for golden tests and --dump.
//
// Stage 1 (Syntax). Statements are printed one per line as `line:col Kind ...`, with nested
// blocks indented by two spaces under a label (`body`, `else`, `except ...`); expressions are
// printed inline as S-expressions, e.g. `(BinOp + (Name a) (Int 1))`. With `locations: true`
// every expression also shows its position: `(Name a @1:5)`.

public func dumpAST(_ module: Module, locations: Bool = false) -> String {
    var d = ASTDumper(locations: locations)
    d.out = "Module \(module.file)\n"
    d.block(module.body, indent: 1)
    return d.out
}

public func dumpAST(_ stmt: Stmt, locations: Bool = false) -> String {
    var d = ASTDumper(locations: locations)
    d.stmt(stmt, indent: 0)
    return d.out
}

public func dumpAST(_ expr: Expr, locations: Bool = false) -> String {
    ASTDumper(locations: locations).expr(expr)
}

/// Python-like quoting of a string constant: double quotes, escapes for control characters.
func quoteString(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
        switch c {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if c.value < 32 || c.value == 127 || (c.value >= 0x80 && c.value < 0xA0) {
                out += "\\x" + (c.value < 16 ? "0" : "") + String(c.value, radix: 16)
            } else if c.value > 127 && [.spaceSeparator, .lineSeparator, .paragraphSeparator]
                        .contains(c.properties.generalCategory) {
                out += "\\u{" + String(c.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(c)
            }
        }
    }
    return out + "\""
}

func quoteBytes(_ bytes: [UInt8]) -> String {
    var out = "b\""
    for b in bytes {
        switch b {
        case UInt8(ascii: "\\"): out += "\\\\"
        case UInt8(ascii: "\""): out += "\\\""
        case UInt8(ascii: "\n"): out += "\\n"
        case UInt8(ascii: "\t"): out += "\\t"
        case UInt8(ascii: "\r"): out += "\\r"
        case 32..<127: out.unicodeScalars.append(Unicode.Scalar(b))
        default: out += "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16)
        }
    }
    return out + "\""
}

struct ASTDumper {
    var locations: Bool
    var out = ""

    init(locations: Bool) { self.locations = locations }

    mutating func line(_ text: String, _ indent: Int) {
        out += String(repeating: "  ", count: indent) + text + "\n"
    }

    mutating func block(_ body: [Stmt], indent: Int) {
        for s in body { stmt(s, indent: indent) }
    }

    mutating func labeled(_ label: String, _ body: [Stmt], _ indent: Int) {
        line(label, indent)
        block(body, indent: indent + 1)
    }

    func exprs(_ es: [Expr]) -> String { es.map { expr($0) }.joined(separator: " ") }

    mutating func stmt(_ s: Stmt, indent: Int) {
        let at = "\(s.location.line):\(s.location.column) "
        switch s.kind {
        case .functionDef(let f):
            for dec in f.decorators { line(at + "decorator " + expr(dec), indent) }
            var head = at + (f.isAsync ? "AsyncFunctionDef " : "FunctionDef ") + f.name
            head += "(" + arguments(f.args) + ")"
            if let r = f.returns { head += " -> " + expr(r) }
            line(head, indent)
            block(f.body, indent: indent + 1)
        case .classDef(let c):
            for dec in c.decorators { line(at + "decorator " + expr(dec), indent) }
            var parts = c.bases.map { expr($0) }
            parts += c.keywords.map { keyword($0) }
            line(at + "ClassDef " + c.name + (parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")"),
                 indent)
            block(c.body, indent: indent + 1)
        case .return(let v):
            line(at + "Return" + (v.map { " " + expr($0) } ?? ""), indent)
        case .delete(let ts):
            line(at + "Delete " + exprs(ts), indent)
        case .assign(let targets, let value):
            line(at + "Assign " + targets.map { expr($0) + " = " }.joined() + expr(value), indent)
        case .augAssign(let t, let op, let v):
            line(at + "AugAssign \(expr(t)) \(op.rawValue)= \(expr(v))", indent)
        case .annAssign(let t, let a, let v):
            line(at + "AnnAssign \(expr(t)) : \(expr(a))" + (v.map { " = " + expr($0) } ?? ""), indent)
        case .for(let t, let iter, let body, let orelse, let isAsync):
            line(at + (isAsync ? "AsyncFor " : "For ") + expr(t) + " in " + expr(iter), indent)
            labeled("body", body, indent + 1)
            if !orelse.isEmpty { labeled("else", orelse, indent + 1) }
        case .while(let test, let body, let orelse):
            line(at + "While " + expr(test), indent)
            labeled("body", body, indent + 1)
            if !orelse.isEmpty { labeled("else", orelse, indent + 1) }
        case .if(let test, let body, let orelse):
            line(at + "If " + expr(test), indent)
            labeled("then", body, indent + 1)
            if !orelse.isEmpty { labeled("else", orelse, indent + 1) }
        case .with(let items, let body, let isAsync):
            let its = items.map { item in
                expr(item.contextExpr) + (item.optionalVars.map { " as " + expr($0) } ?? "")
            }
            line(at + (isAsync ? "AsyncWith " : "With ") + its.joined(separator: ", "), indent)
            block(body, indent: indent + 1)
        case .match(let subject, let cases):
            line(at + "Match " + expr(subject), indent)
            for c in cases {
                line("case " + c.patternSource + (c.guardExpr.map { " if " + expr($0) } ?? ""), indent + 1)
                block(c.body, indent: indent + 2)
            }
        case .raise(let exc, let cause):
            var t = at + "Raise"
            if let e = exc { t += " " + expr(e) }
            if let c = cause { t += " from " + expr(c) }
            line(t, indent)
        case .try(let body, let handlers, let orelse, let finalbody):
            line(at + "Try", indent)
            labeled("body", body, indent + 1)
            for h in handlers {
                var t = "\(h.location.line):\(h.location.column) except"
                if let ty = h.type { t += " " + expr(ty) }
                if let n = h.name { t += " as " + n }
                labeled(t, h.body, indent + 1)
            }
            if !orelse.isEmpty { labeled("else", orelse, indent + 1) }
            if !finalbody.isEmpty { labeled("finally", finalbody, indent + 1) }
        case .assert(let test, let msg):
            line(at + "Assert " + expr(test) + (msg.map { ", " + expr($0) } ?? ""), indent)
        case .import(let names):
            line(at + "Import " + names.map(alias).joined(separator: ", "), indent)
        case .importFrom(let module, let names, let level):
            line(at + "ImportFrom " + String(repeating: ".", count: level) + (module ?? "")
                 + " import " + names.map(alias).joined(separator: ", "), indent)
        case .global(let names):
            line(at + "Global " + names.joined(separator: ", "), indent)
        case .nonlocal(let names):
            line(at + "Nonlocal " + names.joined(separator: ", "), indent)
        case .expr(let e):
            line(at + "Expr " + expr(e), indent)
        case .pass: line(at + "Pass", indent)
        case .break: line(at + "Break", indent)
        case .continue: line(at + "Continue", indent)
        }
    }

    func alias(_ a: Alias) -> String { a.name + (a.asname.map { " as " + $0 } ?? "") }

    func keyword(_ k: Keyword) -> String {
        (k.name.map { $0 + "=" } ?? "**") + expr(k.value)
    }

    func arg(_ a: Arg) -> String { a.name + (a.annotation.map { ":" + expr($0) } ?? "") }

    /// Parameters in Python's own notation: `a, /, b=(Int 1), *c, d, **e`.
    func arguments(_ args: Arguments) -> String {
        var parts: [String] = []
        let positional = args.posonlyargs + args.args
        let firstDefault = positional.count - args.defaults.count
        for (k, a) in positional.enumerated() {
            var p = arg(a)
            if k >= firstDefault { p += "=" + expr(args.defaults[k - firstDefault]) }
            parts.append(p)
            if k == args.posonlyargs.count - 1 { parts.append("/") }
        }
        if let v = args.vararg { parts.append("*" + arg(v)) }
        else if !args.kwonlyargs.isEmpty { parts.append("*") }
        for (k, a) in args.kwonlyargs.enumerated() {
            parts.append(arg(a) + (args.kwDefaults[k].map { "=" + expr($0) } ?? ""))
        }
        if let kw = args.kwarg { parts.append("**" + arg(kw)) }
        return parts.joined(separator: ", ")
    }

    func comprehensions(_ gens: [Comprehension]) -> String {
        gens.map { g in
            (g.isAsync ? "async for " : "for ") + expr(g.target) + " in " + expr(g.iter)
                + g.ifs.map { " if " + expr($0) }.joined()
        }.joined(separator: " ")
    }

    func expr(_ e: Expr) -> String {
        let body: String
        switch e.kind {
        case .name(let n): body = "Name " + n
        case .constant(let c):
            switch c {
            case .none: body = "None"
            case .ellipsis: body = "Ellipsis"
            case .bool(let b): body = b ? "True" : "False"
            case .int(let v): body = "Int \(v)"
            case .bigInt(let s): body = "BigInt " + s
            case .float(let v): body = "Float \(v)"
            case .imaginary(let v): body = "Imaginary \(v)"
            case .str(let s): body = "Str " + quoteString(s)
            case .bytes(let b): body = "Bytes " + quoteBytes(b)
            }
        case .boolOp(let op, let values): body = "BoolOp \(op.rawValue) " + exprs(values)
        case .namedExpr(let t, let v): body = "NamedExpr \(expr(t)) \(expr(v))"
        case .binOp(let l, let op, let r): body = "BinOp \(op.rawValue) \(expr(l)) \(expr(r))"
        case .unaryOp(let op, let v): body = "UnaryOp \(op.rawValue) \(expr(v))"
        case .lambda(let args, let b): body = "Lambda (" + arguments(args) + ") " + expr(b)
        case .ifExp(let test, let b, let orelse):
            body = "IfExp \(expr(test)) then \(expr(b)) else \(expr(orelse))"
        case .dict(let keys, let values):
            body = "Dict" + zip(keys, values).map { k, v in
                " " + (k.map { expr($0) + ":" } ?? "**") + expr(v)
            }.joined()
        case .set(let elts): body = "Set " + exprs(elts)
        case .listComp(let elt, let gens): body = "ListComp \(expr(elt)) " + comprehensions(gens)
        case .setComp(let elt, let gens): body = "SetComp \(expr(elt)) " + comprehensions(gens)
        case .dictComp(let k, let v, let gens):
            body = "DictComp \(expr(k)):\(expr(v)) " + comprehensions(gens)
        case .generatorExp(let elt, let gens): body = "GeneratorExp \(expr(elt)) " + comprehensions(gens)
        case .await(let v): body = "Await " + expr(v)
        case .yield(let v): body = "Yield" + (v.map { " " + expr($0) } ?? "")
        case .yieldFrom(let v): body = "YieldFrom " + expr(v)
        case .compare(let first, let ops, let rest):
            body = "Compare " + expr(first) + zip(ops, rest).map { " \($0.rawValue) \(expr($1))" }.joined()
        case .call(let f, let args, let keywords):
            body = "Call " + expr(f) + args.map { " " + expr($0) }.joined()
                + keywords.map { " " + keyword($0) }.joined()
        case .joinedStr(let parts): body = "JoinedStr" + parts.map { " " + expr($0) }.joined()
        case .formattedValue(let v, let conv, let spec):
            body = "FormattedValue " + expr(v) + (conv.map { " !\($0)" } ?? "")
                + (spec.map { " :" + expr($0) } ?? "")
        case .attribute(let v, let name): body = "Attribute \(expr(v)) \(name)"
        case .subscript(let v, let index): body = "Subscript \(expr(v)) \(expr(index))"
        case .starred(let v): body = "Starred " + expr(v)
        case .list(let elts): body = "List" + elts.map { " " + expr($0) }.joined()
        case .tuple(let elts): body = "Tuple" + elts.map { " " + expr($0) }.joined()
        case .slice(let lower, let upper, let step):
            body = "Slice " + [lower, upper, step].map { $0.map { expr($0) } ?? "_" }.joined(separator: " ")
        }
        if locations { return "(\(body) @\(e.location.line):\(e.location.column))" }
        return "(\(body))"
    }
}
