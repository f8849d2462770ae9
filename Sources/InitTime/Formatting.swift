// Formatting.swift — str(), repr(), format specs, f-strings and %-formatting at init time.
//
// Part of stage 2 (see Evaluator.swift). Output matches CPython 3.11 for the types init-time code
// uses: shortest float repr (exponent form below 1e-4 and from 1e16), string quoting and escapes,
// the format-spec mini-language ([[fill]align][sign][#][0][width][,|_][.precision][type]) and
// printf-style `%` formatting with flags, widths, precisions and `%(name)s`.

import Foundation
import OrderedCollections
import Syntax

extension Interpreter {
    // MARK: - str and repr

    func strOf(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s
        case .uint(let u): return String(u)
        case .object(let o):
            if let inst = o as? PyInstance {
                if let m = inst.cls.lookup("__str__") {
                    let r = try call(try bindIfFunction(m, v, inst.cls), [])
                    guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(typeName(r)))") }
                    return s
                }
                if inst.cls.isSubclass(of: cls("BaseException")) {
                    let args = exceptionArgs(inst)
                    if args.isEmpty { return "" }
                    if args.count == 1 {
                        if inst.cls.isSubclass(of: cls("KeyError")) { return try reprOf(args[0]) }
                        return try strOf(args[0])
                    }
                    return try reprOf(.object(PyTuple(args)))
                }
            }
            return try reprOf(v)
        default: return try reprOf(v)
        }
    }

    func exceptionArgs(_ inst: PyInstance) -> [Value] {
        if case .object(let o)? = inst.attributes["args"], let t = o as? PyTuple { return t.items }
        return []
    }

    func reprOf(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .uint(let u): return "r_uint(\(u))"
        case .float(let d): return floatRepr(d)
        case .str(let s): return stringRepr(s)
        case .bytes(let b): return bytesRepr(b)
        case .object(let o):
            switch o {
            case let l as PyList: return try reprGuarded(o) { "[" + (try l.items.map { try reprOf($0) }.joined(separator: ", ")) + "]" }
            case let t as PyTuple:
                return try reprGuarded(o) {
                    let inner = try t.items.map { try reprOf($0) }.joined(separator: ", ")
                    return t.items.count == 1 ? "(\(inner),)" : "(\(inner))"
                }
            case let d as PyDict:
                return try reprGuarded(o) {
                    "{" + (try d.entries.map { "\(try reprOf($0.key.value)): \(try reprOf($0.value))" }.joined(separator: ", ")) + "}"
                }
            case let s as PySet:
                let inner = try s.items.map { try reprOf($0.value) }.joined(separator: ", ")
                if s.isFrozen { return s.items.isEmpty ? "frozenset()" : "frozenset({\(inner)})" }
                return s.items.isEmpty ? "set()" : "{\(inner)}"
            case let b as PyBigInt: return b.decimal
            case let r as PyRange: return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__repr__") {
                    let r = try call(try bindIfFunction(m, v, inst.cls), [])
                    guard case .str(let s) = r else { throw typeError("__repr__ returned non-string (type \(typeName(r)))") }
                    return s
                }
                if inst.cls.isSubclass(of: cls("BaseException")) {
                    let args = exceptionArgs(inst)
                    if args.count == 1 { return "\(inst.cls.name)(\(try reprOf(args[0])))" }
                    return inst.cls.name + (try reprOf(.object(PyTuple(args))))
                }
                let mod = inst.cls.module?.name ?? "builtins"
                return "<\(mod).\(inst.cls.qualname) object>"
            case let c as PyClass:
                if c.builtin != nil { return "<class '\(c.name)'>" }
                return "<class '\(c.module?.name ?? "builtins").\(c.qualname)'>"
            case let f as PyFunction: return "<function \(f.qualname)>"
            case let m as PyModule: return "<module '\(m.name)'>"
            case let b as PyBuiltin: return "<built-in function \(b.name)>"
            case let m as PyBoundMethod:
                return "<bound method \(try findAttribute(m.function, "__qualname__").map { try strOf($0) } ?? "?") of \(try reprOf(m.receiver))>"
            default: return "<\(typeName(v)) object>"
            }
        }
    }

    private func reprGuarded(_ o: PyObject, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return o is PyDict ? "{...}" : "[...]" }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        return try nested(body)
    }

    // MARK: - Scalars

    func stringRepr(_ s: String) -> String { pyStringRepr(s) }
    func bytesRepr(_ b: [UInt8]) -> String { pyBytesRepr(b) }
    func floatRepr(_ d: Double) -> String { pyFloatRepr(d) }
}

/// CPython's `repr(str)`: single quotes unless the text has a single quote and no double quote.
func pyStringRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for u in s.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(u) == quote { out += "\\\(quote)" }
            else if u.value < 0x20 || u.value == 0x7f || (u.value >= 0x80 && u.value < 0xa1) || u.value == 0xad {
                out += String(format: "\\x%02x", u.value)
            } else { out.unicodeScalars.append(u) }
        }
    }
    out.append(quote)
    return out
}

/// CPython's `repr(bytes)`.
func pyBytesRepr(_ b: [UInt8]) -> String {
    let quote: UInt8 = b.contains(39) && !b.contains(34) ? 34 : 39
    var out = "b" + String(UnicodeScalar(quote))
    for c in b {
        switch c {
        case 92: out += "\\\\"
        case 10: out += "\\n"
        case 13: out += "\\r"
        case 9: out += "\\t"
        case quote: out += "\\" + String(UnicodeScalar(c))
        case 32..<127: out += String(UnicodeScalar(c))
        default: out += String(format: "\\x%02x", c)
        }
    }
    return out + String(UnicodeScalar(quote))
}

extension Interpreter {
    func asciiEscaped(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x80 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += String(format: "\\x%02x", u.value) }
            else if u.value < 0x10000 { out += String(format: "\\u%04x", u.value) }
            else { out += String(format: "\\U%08x", u.value) }
        }
        return out
    }
}

/// CPython's `repr(float)`: the shortest digits that round-trip.
func pyFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    var text = "\(abs(d))"
    let negative = d < 0
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exponent = Int(text[text.index(after: e)...]) ?? 0
        text = String(text[..<e])
    }
    var point = text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count
    var digits = Array(text.filter { $0 != "." })
    point += exponent
    while digits.first == "0" && digits.count > 1 { digits.removeFirst(); point -= 1 }
    while digits.last == "0" && digits.count > 1 { digits.removeLast() }
    let sci = point - 1
    var out: String
    if sci >= -4 && sci < 16 {
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            out = String(digits) + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            out = String(digits[..<point]) + "." + String(digits[point...])
        }
    } else {
        out = String(digits[0])
        if digits.count > 1 { out += "." + String(digits[1...]) }
        out += "e" + (sci < 0 ? "-" : "+") + (abs(sci) < 10 ? "0" : "") + String(abs(sci))
    }
    return negative ? "-" + out : out
}

extension Interpreter {

    // MARK: - Format specs

    private struct Spec {
        var fill: Character = " "
        var align: Character?
        var sign: Character = "-"
        var alternate = false
        var zero = false
        var width = 0
        var grouping: Character?
        var precision: Int?
        var type: Character?
    }

    private func parseSpec(_ text: String) throws -> Spec {
        var spec = Spec()
        var chars = Array(text)
        let aligns: Set<Character> = ["<", ">", "=", "^"]
        if chars.count >= 2, aligns.contains(chars[1]) {
            spec.fill = chars[0]; spec.align = chars[1]; chars.removeFirst(2)
        } else if let c = chars.first, aligns.contains(c) {
            spec.align = c; chars.removeFirst()
        }
        if let c = chars.first, "+- ".contains(c) { spec.sign = c; chars.removeFirst() }
        if chars.first == "z" { chars.removeFirst() }
        if chars.first == "#" { spec.alternate = true; chars.removeFirst() }
        if chars.first == "0" { spec.zero = true; chars.removeFirst() }
        var width = ""
        while let c = chars.first, c.isASCII, c.isNumber { width.append(c); chars.removeFirst() }
        spec.width = Int(width) ?? 0
        if width.count > 9 { throw pyError("ValueError", "Too many decimal digits in format string") }
        if let c = chars.first, c == "," || c == "_" { spec.grouping = c; chars.removeFirst() }
        if chars.first == "." {
            chars.removeFirst()
            var p = ""
            while let c = chars.first, c.isASCII, c.isNumber { p.append(c); chars.removeFirst() }
            guard let n = Int(p) else { throw pyError("ValueError", "Format specifier missing precision") }
            spec.precision = n
        }
        if chars.count == 1 { spec.type = chars[0] }
        else if chars.count > 1 { throw pyError("ValueError", "Invalid format specifier '\(text)'") }
        return spec
    }

    private func group(_ digits: String, _ sep: Character?) -> String {
        guard let sep else { return digits }
        let intPart = digits.prefix { $0.isNumber }
        let rest = digits.dropFirst(intPart.count)
        var out = ""
        for (i, c) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { out.append(sep) }
            out.append(c)
        }
        return out + rest
    }

    private func pad(_ body: String, sign: String, _ spec: Spec, numeric: Bool) -> String {
        var fill = spec.fill, align = spec.align ?? (numeric ? ">" : "<")
        if spec.zero && spec.align == nil { fill = "0"; align = numeric ? "=" : "<" }
        let length = sign.count + body.count
        guard spec.width > length else { return sign + body }
        if spec.width > Interpreter.maximumSequenceLength { return sign + body }
        let padding = spec.width - length
        switch align {
        case "<": return sign + body + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + sign + body + String(repeating: fill, count: padding - left)
        case "=": return sign + String(repeating: fill, count: padding) + body
        default: return String(repeating: fill, count: padding) + sign + body
        }
    }

    private func signString(_ negative: Bool, _ spec: Spec) -> String {
        if negative { return "-" }
        return spec.sign == "+" ? "+" : (spec.sign == " " ? " " : "")
    }

    /// `format(v, spec)`, as f-strings and str.format use it.
    func format(_ v: Value, _ specText: String) throws -> String {
        if case .object(let o) = v, let inst = o as? PyInstance, let m = inst.cls.lookup("__format__") {
            let r = try call(try bindIfFunction(m, v, inst.cls), [.str(specText)])
            return try strOf(r)
        }
        if specText.isEmpty { return try strOf(v) }
        let spec = try parseSpec(specText)
        switch v {
        case .int, .bool, .uint:
            if let t = spec.type, "eEfFgG%".contains(t), let d = floatValue(v) { return try formatFloat(d, spec) }
            if case .bool(let b) = v, spec.type == nil { return pad(b ? "True" : "False", sign: "", spec, numeric: false) }
            let magnitude: UInt, negative: Bool
            switch v {
            case .int(let i): magnitude = i.magnitude; negative = i < 0
            case .bool(let b): magnitude = b ? 1 : 0; negative = false
            case .uint(let u): magnitude = u; negative = false
            default: magnitude = 0; negative = false
            }
            var body: String
            switch spec.type {
            case nil, "d"?, "n"?: body = group(String(magnitude), spec.grouping)
            case "x"?: body = (spec.alternate ? "0x" : "") + String(magnitude, radix: 16)
            case "X"?: body = (spec.alternate ? "0X" : "") + String(magnitude, radix: 16).uppercased()
            case "o"?: body = (spec.alternate ? "0o" : "") + String(magnitude, radix: 8)
            case "b"?: body = (spec.alternate ? "0b" : "") + String(magnitude, radix: 2)
            case "c"?:
                guard let u = UnicodeScalar(UInt32(truncatingIfNeeded: magnitude)) else { throw pyError("OverflowError", "%c arg not in range(0x110000)") }
                return pad(String(Character(u)), sign: "", spec, numeric: false)
            default: throw pyError("ValueError", "Unknown format code '\(spec.type ?? " ")' for object of type 'int'")
            }
            return pad(body, sign: signString(negative, spec), spec, numeric: true)
        case .float(let d):
            return try formatFloat(d, spec)
        case .str(var s):
            if let t = spec.type, t != "s" { throw pyError("ValueError", "Unknown format code '\(t)' for object of type 'str'") }
            if let p = spec.precision { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
            return pad(s, sign: "", spec, numeric: false)
        default:
            if spec.type != nil { throw typeError("unsupported format string passed to \(typeName(v)).__format__") }
            return pad(try strOf(v), sign: "", spec, numeric: false)
        }
    }

    private func formatFloat(_ d: Double, _ spec: Spec) throws -> String {
        let negative = d.sign == .minus && !d.isNaN
        let x = abs(d)
        var body: String
        if x.isNaN || x.isInfinite {
            body = x.isNaN ? "nan" : "inf"
            if let t = spec.type, t.isUppercase { body = body.uppercased() }
            return pad(body, sign: signString(negative, spec), spec, numeric: true)
        }
        switch spec.type {
        case "f"?, "F"?: body = String(format: "%.\(spec.precision ?? 6)f", x)
        case "e"?, "E"?:
            body = String(format: "%.\(spec.precision ?? 6)e", x)
            if spec.type == "E" { body = body.uppercased() }
        case "g"?, "G"?:
            body = String(format: (spec.alternate ? "%#." : "%.") + "\(max(spec.precision ?? 6, 1))g", x)
            if spec.type == "G" { body = body.uppercased() }
        case "%"?: body = String(format: "%.\(spec.precision ?? 6)f", x * 100) + "%"
        case nil:
            if let p = spec.precision {
                body = String(format: "%.\(max(p, 1))g", x)
                if !body.contains(".") && !body.contains("e") { body += ".0" }
            } else {
                body = floatRepr(x)
            }
        default: throw pyError("ValueError", "Unknown format code '\(spec.type ?? " ")' for object of type 'float'")
        }
        return pad(group(body, spec.grouping), sign: signString(negative, spec), spec, numeric: true)
    }

    // MARK: - str.format

    func strFormat(_ template: String, _ args: [Value], _ kwargs: OrderedDictionary<String, Value>) throws -> String {
        var autoIndex = 0
        return try strFormat(template, args, kwargs, &autoIndex)
    }

    private func strFormat(_ template: String, _ args: [Value], _ kwargs: OrderedDictionary<String, Value>,
                           _ autoIndex: inout Int) throws -> String {
        let chars = Array(template)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw pyError("ValueError", "Single '}' encountered in format string")
            }
            if c != "{" { out.append(c); i += 1; continue }
            if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
            var depth = 1, j = i + 1
            while j < chars.count && depth > 0 {
                if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                if depth > 0 { j += 1 }
            }
            guard j < chars.count else { throw pyError("ValueError", "expected '}' before end of string") }
            let field = String(chars[(i + 1)..<j])
            i = j + 1
            var name = field, conversion: Character?, spec = ""
            if let colon = field.firstIndex(of: ":") {
                name = String(field[..<colon]); spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                conversion = name[name.index(after: bang)...].first
                name = String(name[..<bang])
            }
            let firstPart = name.prefix { $0 != "." && $0 != "[" }
            var value: Value
            if firstPart.isEmpty {
                guard autoIndex < args.count else { throw pyError("IndexError", "Replacement index \(autoIndex) out of range for positional args tuple") }
                value = args[autoIndex]; autoIndex += 1
            } else if let n = Int(firstPart) {
                guard n < args.count else { throw pyError("IndexError", "Replacement index \(n) out of range for positional args tuple") }
                value = args[n]
            } else {
                guard let v = kwargs[String(firstPart)] else { throw PyErr(exception: keyError(.str(String(firstPart)))) }
                value = v
            }
            var rest = name.dropFirst(firstPart.count)
            while let head = rest.first {
                if head == "." {
                    let attr = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
                    value = try getAttribute(value, String(attr))
                    rest = rest.dropFirst(1 + attr.count)
                } else {
                    let key = rest.dropFirst().prefix { $0 != "]" }
                    value = try getItem(value, Int(key).map { .int($0) } ?? .str(String(key)))
                    rest = rest.dropFirst(2 + key.count)
                }
            }
            switch conversion {
            case "r"?: value = .str(try reprOf(value))
            case "s"?: value = .str(try strOf(value))
            case "a"?: value = .str(asciiEscaped(try reprOf(value)))
            default: break
            }
            if spec.contains("{") { spec = try strFormat(spec, args, kwargs, &autoIndex) }
            out += try format(value, spec)
        }
        return out
    }

    // MARK: - printf-style %

    func percentFormat(_ template: String, _ argument: Value) throws -> String {
        var args: [Value] = [argument]
        var mapping: PyDict?
        if case .object(let o) = argument {
            if let t = o as? PyTuple { args = t.items }
            if let d = o as? PyDict { mapping = d }
        }
        let chars = Array(template)
        var out = ""
        var i = 0, next = 0
        func take() throws -> Value {
            guard next < args.count else { throw typeError("not enough arguments for format string") }
            defer { next += 1 }
            return args[next]
        }
        while i < chars.count {
            guard chars[i] == "%" else { out.append(chars[i]); i += 1; continue }
            i += 1
            guard i < chars.count else { throw pyError("ValueError", "incomplete format") }
            var key: String?
            if chars[i] == "(" {
                var j = i + 1
                while j < chars.count && chars[j] != ")" { j += 1 }
                guard j < chars.count else { throw pyError("ValueError", "incomplete format key") }
                key = String(chars[(i + 1)..<j]); i = j + 1
            }
            var left = false, plus = false, space = false, zero = false, alt = false
            while i < chars.count, "-+ 0#".contains(chars[i]) {
                switch chars[i] {
                case "-": left = true
                case "+": plus = true
                case " ": space = true
                case "0": zero = true
                default: alt = true
                }
                i += 1
            }
            var width = 0
            if i < chars.count && chars[i] == "*" {
                width = try intValue(try take()); i += 1
                if width < 0 { left = true; width = -width }
                try checkSize(width)
            }
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                width = width * 10 + (chars[i].wholeNumberValue ?? 0); i += 1
                if width > Interpreter.maximumSequenceLength { throw pyError("ValueError", "width too big") }
            }
            var precision: Int?
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = 0
                if i < chars.count && chars[i] == "*" { p = max(0, min(10000, try intValue(try take()))); i += 1 }
                while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                    p = p * 10 + (chars[i].wholeNumberValue ?? 0); i += 1
                    if p > 10000 { throw pyError("ValueError", "precision too big") }
                }
                precision = p
            }
            while i < chars.count, "hlL".contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw pyError("ValueError", "incomplete format") }
            let type = chars[i]; i += 1
            if type == "%" { out.append("%"); continue }
            let value: Value
            if let key {
                guard let mapping else { throw typeError("format requires a mapping") }
                guard let v = mapping.entries[HashKey(.str(key))] else { throw PyErr(exception: keyError(.str(key))) }
                value = v
            } else {
                value = try take()
            }
            var body: String, sign = "", numeric = true
            switch type {
            case "d", "i", "u":
                var n: Value = value
                if case .float(let d) = value {
                    guard d.isFinite, let t = Int(exactly: d.rounded(.towardZero)) else { throw pyError("OverflowError", "cannot convert float to integer") }
                    n = .int(t)
                }
                if let w = wide(n) {
                    body = String(w.magnitude); if w < 0 { sign = "-" }
                } else if case .uint(let u) = n { body = String(u) }
                else { throw typeError("%\(type) format: a real number is required, not \(typeName(value))") }
                if let p = precision, body.count < p { body = String(repeating: "0", count: p - body.count) + body }
            case "x", "X", "o":
                guard let w = wide(value) ?? { if case .uint(let u) = value { return Int128(u) }; return nil }() else {
                    throw typeError("%\(type) format: an integer is required, not \(typeName(value))")
                }
                body = String(w.magnitude, radix: type == "o" ? 8 : 16)
                if type == "X" { body = body.uppercased() }
                if alt { body = (type == "o" ? "0o" : (type == "X" ? "0X" : "0x")) + body }
                if w < 0 { sign = "-" }
            case "f", "F", "e", "E", "g", "G":
                guard let d = floatValue(value) else { throw typeError("must be real number, not \(typeName(value))") }
                if d.isNaN || d.isInfinite {
                    body = d.isNaN ? "nan" : "inf"
                } else {
                    body = String(format: "%\(alt ? "#" : "").\(precision ?? 6)\(type)", abs(d))
                }
                if d.sign == .minus && !d.isNaN { sign = "-" }
            case "s": body = try strOf(value); numeric = false
            case "r": body = try reprOf(value); numeric = false
            case "a": body = asciiEscaped(try reprOf(value)); numeric = false
            case "c":
                numeric = false
                if case .str(let s) = value, s.unicodeScalars.count == 1 { body = s }
                else if let n = wide(value), let u = UnicodeScalar(UInt32(truncatingIfNeeded: n)) { body = String(Character(u)) }
                else { throw typeError("%c requires int or char") }
            default:
                throw pyError("ValueError", "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first?.value ?? 0, radix: 16))) at index \(i - 1)")
            }
            if !numeric, let p = precision { body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(p))) }
            if numeric && sign.isEmpty { sign = plus ? "+" : (space ? " " : "") }
            let length = sign.count + body.count
            if width > length {
                let padding = width - length
                if left { out += sign + body + String(repeating: " ", count: padding) }
                else if zero && numeric { out += sign + String(repeating: "0", count: padding) + body }
                else { out += String(repeating: " ", count: padding) + sign + body }
            } else {
                out += sign + body
            }
        }
        if mapping == nil && next < args.count {
            throw typeError("not all arguments converted during string formatting")
        }
        return out
    }
}
