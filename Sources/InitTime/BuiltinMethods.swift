// BuiltinMethods.swift — methods of built-in types (str, list, dict, set, tuple, bytes, ...).
//
// Part of stage 2 (see Evaluator.swift). `x.method` on a built-in value is a `PyBoundMethod`
// whose function is a `PyBuiltin` named "type.method" (e.g. "str.join", "list.append"); the
// receiver arrives as the first argument. Strings are sequences of code points, as in CPython.

import Foundation
import OrderedCollections
import Syntax

typealias BuiltinMethod = (Interpreter, Value, [Value], OrderedDictionary<String, Value>) throws -> Value

extension Interpreter {
    /// The shared `PyBuiltin` for a method of a built-in type ("str.join"), or nil.
    func builtinMethodObject(_ type: String, _ name: String) -> PyBuiltin? {
        if methodObjects.isEmpty {
            for (t, methods) in makeMethodTable() {
                var objects: [String: PyBuiltin] = [:]
                for (n, m) in methods {
                    let key = "\(t).\(n)"
                    objects[n] = PyBuiltin(name: key) { args, kwargs in
                        guard let receiver = args.first else { throw self.typeError("unbound method \(key)() needs an argument") }
                        return try m(self, receiver, Array(args.dropFirst()), kwargs)
                    }
                }
                methodObjects[t] = objects
            }
        }
        return methodObjects[type]?[name]
    }

    func str(_ v: Value, _ what: String) throws -> String {
        guard case .str(let s) = v else { throw typeError("\(what) must be str, not \(typeName(v))") }
        return s
    }

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func string(_ u: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: u)
        return String(v)
    }

    /// Start/end arguments of find/count/startswith, clamped like slice bounds.
    func bounds(_ args: [Value], from i: Int, count: Int) throws -> (Int, Int) {
        func get(_ k: Int, _ dflt: Int) throws -> Int {
            guard k < args.count, !isNone(args[k]) else { return dflt }
            var x = try intValue(args[k])
            if x < 0 { x = max(0, x + count) }
            return min(x, count)
        }
        return (try get(i, 0), try get(i + 1, count))
    }

    func stripSet(_ args: [Value]) throws -> Set<Unicode.Scalar>? {
        guard let a = args.first, !isNone(a) else { return nil }
        return Set(try str(a, "strip arg").unicodeScalars)
    }

    func isWhitespace(_ u: Unicode.Scalar) -> Bool { u.properties.isWhitespace || (0x1c...0x1f).contains(u.value) }

    func splitWhitespace(_ s: [Unicode.Scalar], _ maxsplit: Int, fromRight: Bool) -> [Value] {
        var parts: [String] = []
        var chars = fromRight ? Array(s.reversed()) : s
        var splits = 0
        var i = 0
        while i < chars.count && isWhitespace(chars[i]) { i += 1 }
        while i < chars.count {
            if maxsplit >= 0 && splits >= maxsplit {
                let rest = Array(chars[i...])
                parts.append(string(fromRight ? rest.reversed()[...] : rest[...]))
                break
            }
            var j = i
            while j < chars.count && !isWhitespace(chars[j]) { j += 1 }
            let word = chars[i..<j]
            parts.append(string(fromRight ? Array(word.reversed())[...] : word))
            splits += 1
            i = j
            while i < chars.count && isWhitespace(chars[i]) { i += 1 }
        }
        chars = []
        if fromRight { parts.reverse() }
        return parts.map { .str($0) }
    }

    func splitSeparator(_ s: [Unicode.Scalar], _ sep: [Unicode.Scalar], _ maxsplit: Int, fromRight: Bool) -> [Value] {
        var parts: [String] = []
        if fromRight {
            var end = s.count, splits = 0, i = s.count - sep.count
            while i >= 0 && (maxsplit < 0 || splits < maxsplit) {
                if Array(s[i..<(i + sep.count)]) == sep {
                    parts.append(string(s[(i + sep.count)..<end])); end = i; splits += 1; i -= sep.count
                } else { i -= 1 }
            }
            parts.append(string(s[0..<end]))
            return parts.reversed().map { .str($0) }
        }
        var start = 0, splits = 0, i = 0
        while i + sep.count <= s.count && (maxsplit < 0 || splits < maxsplit) {
            if Array(s[i..<(i + sep.count)]) == sep {
                parts.append(string(s[start..<i])); i += sep.count; start = i; splits += 1
            } else { i += 1 }
        }
        parts.append(string(s[start...]))
        return parts.map { .str($0) }
    }

    func findIn(_ s: String, _ args: [Value], reverse: Bool) throws -> Int {
        let hay = scalars(s)
        let needle = scalars(try str(args.first ?? .none, "substring"))
        let (start, end) = try bounds(args, from: 1, count: hay.count)
        guard end - start >= needle.count else { return -1 }
        let positions = reverse ? Array(stride(from: end - needle.count, through: start, by: -1)) : Array(start...(end - needle.count))
        for p in positions where Array(hay[p..<(p + needle.count)]) == needle { return p }
        return -1
    }

    func affix(_ s: String, _ args: [Value], suffix: Bool) throws -> Bool {
        let hay = scalars(s)
        let (start, end) = try bounds(args, from: 1, count: hay.count)
        // CPython: a start beyond the end matches nothing, not even "".
        if args.count > 1, !isNone(args[1]), try intValue(args[1]) > hay.count { return false }
        var candidates = [args.first ?? .none]
        if case .object(let o)? = args.first, let t = o as? PyTuple { candidates = t.items }
        for c in candidates {
            let a = scalars(try str(c, suffix ? "endswith arg" : "startswith arg"))
            guard end - start >= a.count else { continue }
            let slice = suffix ? Array(hay[(end - a.count)..<end]) : Array(hay[start..<(start + a.count)])
            if slice == a { return true }
        }
        return false
    }

    func classify(_ s: String, _ test: (Unicode.Scalar) -> Bool) -> Value {
        .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(test))
    }

    func justify(_ s: String, _ args: [Value], _ mode: Character) throws -> Value {
        let width = try intValue(args.first ?? .int(0))
        try checkSize(width)
        let fill = args.count > 1 ? try str(args[1], "fill character") : " "
        let n = s.unicodeScalars.count
        guard width > n else { return .str(s) }
        let pad = width - n
        switch mode {
        case "l": return .str(s + String(repeating: fill, count: pad))
        case "r": return .str(String(repeating: fill, count: pad) + s)
        default:
            let left = pad / 2 + (pad & width & 1)
            return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
        }
    }

    private func makeMethodTable() -> [String: [String: BuiltinMethod]] {
        var str: [String: BuiltinMethod] = [:]
        str["join"] = { i, r, a, _ in
            let sep = try i.str(r, "separator")
            return .str(try i.iterate(a.first ?? .none).map { try i.str($0, "sequence item") }.joined(separator: sep))
        }
        str["split"] = { i, r, a, k in
            let s = i.scalars(try i.str(r, "self"))
            let sep = a.first ?? k["sep"] ?? .none
            let maxsplit = try (a.count > 1 ? a[1] : k["maxsplit"]).map { try i.intValue($0) } ?? -1
            if isNone(sep) { return .object(PyList(i.splitWhitespace(s, maxsplit, fromRight: false))) }
            let sp = i.scalars(try i.str(sep, "separator"))
            if sp.isEmpty { throw i.pyError("ValueError", "empty separator") }
            return .object(PyList(i.splitSeparator(s, sp, maxsplit, fromRight: false)))
        }
        str["rsplit"] = { i, r, a, k in
            let s = i.scalars(try i.str(r, "self"))
            let sep = a.first ?? k["sep"] ?? .none
            let maxsplit = try (a.count > 1 ? a[1] : k["maxsplit"]).map { try i.intValue($0) } ?? -1
            if isNone(sep) { return .object(PyList(i.splitWhitespace(s, maxsplit, fromRight: true))) }
            let sp = i.scalars(try i.str(sep, "separator"))
            if sp.isEmpty { throw i.pyError("ValueError", "empty separator") }
            return .object(PyList(i.splitSeparator(s, sp, maxsplit, fromRight: true)))
        }
        str["splitlines"] = { i, r, a, _ in
            let keep = try a.first.map { try i.truthy($0) } ?? false
            var lines: [Value] = [], current = String.UnicodeScalarView()
            let s = i.scalars(try i.str(r, "self"))
            var j = 0
            while j < s.count {
                let u = s[j]
                if u == "\n" || u == "\r" || u == "\u{0b}" || u == "\u{0c}" || u == "\u{1c}" || u == "\u{1d}" || u == "\u{1e}" || u == "\u{85}" || u == "\u{2028}" || u == "\u{2029}" {
                    var end = String.UnicodeScalarView([u])
                    if u == "\r" && j + 1 < s.count && s[j + 1] == "\n" { end.append("\n"); j += 1 }
                    if keep { current.append(contentsOf: end) }
                    lines.append(.str(String(current))); current = String.UnicodeScalarView()
                } else { current.append(u) }
                j += 1
            }
            if !current.isEmpty { lines.append(.str(String(current))) }
            return .object(PyList(lines))
        }
        func strip(_ left: Bool, _ right: Bool) -> BuiltinMethod {
            return { i, r, a, _ in
                var s = i.scalars(try i.str(r, "self"))[...]
                let set = try i.stripSet(a)
                let test: (Unicode.Scalar) -> Bool = { u in set.map { $0.contains(u) } ?? i.isWhitespace(u) }
                if left { while let f = s.first, test(f) { s = s.dropFirst() } }
                if right { while let l = s.last, test(l) { s = s.dropLast() } }
                return .str(i.string(s))
            }
        }
        str["strip"] = strip(true, true)
        str["lstrip"] = strip(true, false)
        str["rstrip"] = strip(false, true)
        str["startswith"] = { i, r, a, _ in .bool(try i.affix(try i.str(r, "self"), a, suffix: false)) }
        str["endswith"] = { i, r, a, _ in .bool(try i.affix(try i.str(r, "self"), a, suffix: true)) }
        str["find"] = { i, r, a, _ in .int(try i.findIn(try i.str(r, "self"), a, reverse: false)) }
        str["rfind"] = { i, r, a, _ in .int(try i.findIn(try i.str(r, "self"), a, reverse: true)) }
        str["index"] = { i, r, a, _ in
            let p = try i.findIn(try i.str(r, "self"), a, reverse: false)
            if p < 0 { throw i.pyError("ValueError", "substring not found") }
            return .int(p)
        }
        str["rindex"] = { i, r, a, _ in
            let p = try i.findIn(try i.str(r, "self"), a, reverse: true)
            if p < 0 { throw i.pyError("ValueError", "substring not found") }
            return .int(p)
        }
        str["count"] = { i, r, a, _ in
            let hay = i.scalars(try i.str(r, "self"))
            let needle = i.scalars(try i.str(a.first ?? .none, "substring"))
            let (start, end) = try i.bounds(a, from: 1, count: hay.count)
            if needle.isEmpty { return .int(max(0, end - start + 1)) }
            var n = 0, p = start
            while p + needle.count <= end {
                if Array(hay[p..<(p + needle.count)]) == needle { n += 1; p += needle.count } else { p += 1 }
            }
            return .int(n)
        }
        str["replace"] = { i, r, a, _ in
            guard a.count >= 2 else { throw i.typeError("replace expected at least 2 arguments, got \(a.count)") }
            let s = i.scalars(try i.str(r, "self"))
            let old = i.scalars(try i.str(a[0], "replace arg")), new = try i.str(a[1], "replace arg")
            var limit = a.count > 2 ? try i.intValue(a[2]) : -1
            if limit < 0 { limit = Int.max }
            var out = "", p = 0, done = 0
            if old.isEmpty {
                for u in s {
                    if done < limit { out += new; done += 1 }
                    out.unicodeScalars.append(u)
                }
                if done < limit { out += new }
                return .str(out)
            }
            while p < s.count {
                if done < limit, p + old.count <= s.count, Array(s[p..<(p + old.count)]) == old {
                    out += new; p += old.count; done += 1
                } else { out.unicodeScalars.append(s[p]); p += 1 }
            }
            return .str(out)
        }
        str["lower"] = { i, r, _, _ in .str(try i.str(r, "self").lowercased()) }
        str["upper"] = { i, r, _, _ in .str(try i.str(r, "self").uppercased()) }
        str["swapcase"] = { i, r, _, _ in
            .str(String(try i.str(r, "self").map { $0.isUppercase ? Character($0.lowercased()) : ($0.isLowercase ? Character($0.uppercased()) : $0) }))
        }
        str["capitalize"] = { i, r, _, _ in
            let s = try i.str(r, "self")
            guard let first = s.unicodeScalars.first else { return .str("") }
            return .str(first.properties.titlecaseMapping + String(String.UnicodeScalarView(s.unicodeScalars.dropFirst())).lowercased())
        }
        str["title"] = { i, r, _, _ in
            var out = "", previousCased = false
            for u in try i.str(r, "self").unicodeScalars {
                out += previousCased ? u.properties.lowercaseMapping : u.properties.titlecaseMapping
                previousCased = u.properties.isCased
            }
            return .str(out)
        }
        str["isdigit"] = { i, r, _, _ in i.classify(try i.str(r, "self")) { $0.properties.numericType == .decimal || $0.properties.numericType == .digit } }
        str["isdecimal"] = { i, r, _, _ in i.classify(try i.str(r, "self")) { $0.properties.numericType == .decimal } }
        str["isnumeric"] = { i, r, _, _ in i.classify(try i.str(r, "self")) { $0.properties.numericType != nil } }
        str["isalpha"] = { i, r, _, _ in i.classify(try i.str(r, "self")) { $0.properties.isAlphabetic } }
        str["isalnum"] = { i, r, _, _ in i.classify(try i.str(r, "self")) { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
        str["isspace"] = { i, r, _, _ in i.classify(try i.str(r, "self")) { i.isWhitespace($0) } }
        str["isidentifier"] = { i, r, _, _ in
            let s = try i.str(r, "self")
            guard let f = s.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return .bool(false) }
            return .bool(s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        str["isupper"] = { i, r, _, _ in
            let s = try i.str(r, "self")
            return .bool(s.contains { $0.isCased } && !s.contains { $0.isLowercase })
        }
        str["islower"] = { i, r, _, _ in
            let s = try i.str(r, "self")
            return .bool(s.contains { $0.isCased } && !s.contains { $0.isUppercase })
        }
        str["format"] = { i, r, a, k in .str(try i.strFormat(try i.str(r, "self"), a, k)) }
        str["ljust"] = { i, r, a, _ in try i.justify(try i.str(r, "self"), a, "l") }
        str["rjust"] = { i, r, a, _ in try i.justify(try i.str(r, "self"), a, "r") }
        str["center"] = { i, r, a, _ in try i.justify(try i.str(r, "self"), a, "c") }
        str["zfill"] = { i, r, a, _ in
            let s = try i.str(r, "self"), width = try i.intValue(a.first ?? .int(0))
            try i.checkSize(width)
            let n = s.unicodeScalars.count
            guard width > n else { return .str(s) }
            if let f = s.first, f == "-" || f == "+" { return .str(String(f) + String(repeating: "0", count: width - n) + s.dropFirst()) }
            return .str(String(repeating: "0", count: width - n) + s)
        }
        func partition(_ right: Bool) -> BuiltinMethod {
            return { i, r, a, _ in
                let s = try i.str(r, "self"), sep = try i.str(a.first ?? .none, "separator")
                if sep.isEmpty { throw i.pyError("ValueError", "empty separator") }
                let p = try i.findIn(s, [.str(sep)], reverse: right)
                let u = i.scalars(s)
                if p < 0 { return .object(PyTuple(right ? [.str(""), .str(""), .str(s)] : [.str(s), .str(""), .str("")])) }
                return .object(PyTuple([.str(i.string(u[..<p])), .str(sep), .str(i.string(u[(p + sep.unicodeScalars.count)...]))]))
            }
        }
        str["partition"] = partition(false)
        str["rpartition"] = partition(true)
        str["encode"] = { i, r, _, _ in .bytes(Array(try i.str(r, "self").utf8)) }
        str["expandtabs"] = { i, r, a, _ in
            let size = try a.first.map { try i.intValue($0) } ?? 8
            var out = "", col = 0
            for u in try i.str(r, "self").unicodeScalars {
                if u == "\t" { let n = size > 0 ? size - col % size : 0; out += String(repeating: " ", count: n); col += n }
                else { out.unicodeScalars.append(u); col = (u == "\n" || u == "\r") ? 0 : col + 1 }
            }
            return .str(out)
        }
        str["removeprefix"] = { i, r, a, _ in
            let s = try i.str(r, "self"), p = try i.str(a.first ?? .none, "prefix")
            return .str(try i.affix(s, [.str(p)], suffix: false) ? i.string(i.scalars(s).dropFirst(p.unicodeScalars.count)) : s)
        }
        str["removesuffix"] = { i, r, a, _ in
            let s = try i.str(r, "self"), p = try i.str(a.first ?? .none, "suffix")
            return .str(try i.affix(s, [.str(p)], suffix: true) && !p.isEmpty ? i.string(i.scalars(s).dropLast(p.unicodeScalars.count)) : s)
        }

        var list: [String: BuiltinMethod] = [:]
        func theList(_ i: Interpreter, _ r: Value) throws -> PyList {
            guard case .object(let o) = r, let l = o as? PyList else { throw i.typeError("descriptor requires a 'list' object") }
            return l
        }
        list["append"] = { i, r, a, _ in try i.arity("append", a, 1...1); try theList(i, r).items.append(a[0]); return .none }
        list["extend"] = { i, r, a, _ in
            try i.arity("extend", a, 1...1)
            let l = try theList(i, r); l.items += try i.iterate(a[0]); return .none
        }
        list["insert"] = { i, r, a, _ in
            try i.arity("insert", a, 2...2)
            let l = try theList(i, r)
            var p = try i.intValue(a[0])
            if p < 0 { p = max(0, p + l.items.count) }
            l.items.insert(a[1], at: min(p, l.items.count))
            return .none
        }
        list["pop"] = { i, r, a, _ in
            let l = try theList(i, r)
            if l.items.isEmpty { throw i.pyError("IndexError", "pop from empty list") }
            let p = a.isEmpty ? l.items.count - 1 : try i.index(a[0], l.items.count, "pop")
            return l.items.remove(at: p)
        }
        list["remove"] = { i, r, a, _ in
            try i.arity("remove", a, 1...1)
            let l = try theList(i, r)
            for (n, x) in l.items.enumerated() where try i.equals(x, a[0]) { l.items.remove(at: n); return .none }
            throw i.pyError("ValueError", "list.remove(x): x not in list")
        }
        func indexMethod(_ kind: String) -> BuiltinMethod {
            return { i, r, a, _ in
                let items = try i.iterate(r)
                let (start, end) = try i.bounds(a, from: 1, count: items.count)
                if start < end { for n in start..<end where try i.equals(items[n], a.first ?? .none) { return .int(n) } }
                throw i.pyError("ValueError", kind == "list" ? "\(try i.reprOf(a.first ?? .none)) is not in list" : "tuple.index(x): x not in tuple")
            }
        }
        let countMethod: BuiltinMethod = { i, r, a, _ in
            .int(try i.iterate(r).filter { try i.equals($0, a.first ?? .none) }.count)
        }
        list["index"] = indexMethod("list")
        list["count"] = countMethod
        list["reverse"] = { i, r, _, _ in let l = try theList(i, r); l.items.reverse(); return .none }
        list["sort"] = { i, r, a, k in
            if !a.isEmpty { throw i.typeError("sort() takes no positional arguments") }
            let l = try theList(i, r)
            l.items = try i.sortValues(l.items, key: k["key"], reverse: try k["reverse"].map { try i.truthy($0) } ?? false)
            return .none
        }
        list["clear"] = { i, r, _, _ in try theList(i, r).items.removeAll(); return .none }
        list["copy"] = { i, r, _, _ in .object(PyList(try theList(i, r).items)) }

        var tuple: [String: BuiltinMethod] = [:]
        tuple["index"] = indexMethod("tuple")
        tuple["count"] = countMethod

        var dict: [String: BuiltinMethod] = [:]
        func theDict(_ i: Interpreter, _ r: Value) throws -> PyDict {
            guard case .object(let o) = r, let d = o as? PyDict else { throw i.typeError("descriptor requires a 'dict' object") }
            return d
        }
        dict["get"] = { i, r, a, _ in
            try i.arity("get", a, 1...2)
            return try theDict(i, r).entries[try i.hashKey(a[0])] ?? (a.count > 1 ? a[1] : .none)
        }
        dict["setdefault"] = { i, r, a, _ in
            try i.arity("setdefault", a, 1...2)
            let d = try theDict(i, r), k = try i.hashKey(a[0])
            if let v = d.entries[k] { return v }
            let v = a.count > 1 ? a[1] : .none
            d.entries[k] = v
            return v
        }
        dict["pop"] = { i, r, a, _ in
            try i.arity("pop", a, 1...2)
            let d = try theDict(i, r)
            if let v = d.entries.removeValue(forKey: try i.hashKey(a[0])) { return v }
            if a.count > 1 { return a[1] }
            throw PyErr(exception: i.keyError(a[0]))
        }
        dict["popitem"] = { i, r, _, _ in
            let d = try theDict(i, r)
            guard let last = d.entries.keys.last, let v = d.entries.removeValue(forKey: last) else {
                throw PyErr(exception: i.keyError(.str("popitem(): dictionary is empty")))
            }
            return .object(PyTuple([last.value, v]))
        }
        dict["keys"] = { i, r, _, _ in .object(PyList(try theDict(i, r).entries.keys.map { $0.value })) }
        dict["values"] = { i, r, _, _ in .object(PyList(Array(try theDict(i, r).entries.values))) }
        dict["items"] = { i, r, _, _ in
            .object(PyList(try theDict(i, r).entries.map { .object(PyTuple([$0.key.value, $0.value])) }))
        }
        dict["update"] = { i, r, a, k in
            let d = try theDict(i, r)
            if let x = a.first { try i.updateDict(d, x) }
            for (key, v) in k { d.entries[HashKey(.str(key))] = v }
            return .none
        }
        dict["clear"] = { i, r, _, _ in try theDict(i, r).entries.removeAll(); return .none }
        dict["copy"] = { i, r, _, _ in .object(PyDict(try theDict(i, r).entries)) }

        var set: [String: BuiltinMethod] = [:]
        func theSet(_ i: Interpreter, _ r: Value, mutable: Bool = false) throws -> PySet {
            guard case .object(let o) = r, let s = o as? PySet, !(mutable && s.isFrozen) else {
                throw i.typeError("descriptor requires a 'set' object")
            }
            return s
        }
        func otherSet(_ i: Interpreter, _ v: Value) throws -> OrderedSet<HashKey> {
            if case .object(let o) = v, let s = o as? PySet { return s.items }
            return OrderedSet(try i.iterate(v).map { try i.hashKey($0) })
        }
        set["add"] = { i, r, a, _ in try i.arity("add", a, 1...1); try theSet(i, r, mutable: true).items.append(try i.hashKey(a[0])); return .none }
        set["remove"] = { i, r, a, _ in
            try i.arity("remove", a, 1...1)
            if try theSet(i, r, mutable: true).items.remove(try i.hashKey(a[0])) == nil { throw PyErr(exception: i.keyError(a[0])) }
            return .none
        }
        set["discard"] = { i, r, a, _ in try i.arity("discard", a, 1...1); _ = try theSet(i, r, mutable: true).items.remove(try i.hashKey(a[0])); return .none }
        set["pop"] = { i, r, _, _ in
            let s = try theSet(i, r, mutable: true)
            guard !s.items.isEmpty else { throw PyErr(exception: i.keyError(.str("pop from an empty set"))) }
            return s.items.removeFirst().value
        }
        set["clear"] = { i, r, _, _ in try theSet(i, r, mutable: true).items.removeAll(); return .none }
        set["update"] = { i, r, a, _ in
            let s = try theSet(i, r, mutable: true)
            for x in a { s.items.formUnion(try otherSet(i, x)) }
            return .none
        }
        set["copy"] = { i, r, _, _ in let s = try theSet(i, r); return .object(PySet(s.items, frozen: s.isFrozen)) }
        set["issubset"] = { i, r, a, _ in
            let o = try otherSet(i, a.first ?? .none)
            return .bool(try theSet(i, r).items.allSatisfy { o.contains($0) })
        }
        set["issuperset"] = { i, r, a, _ in
            let s = try theSet(i, r)
            return .bool(try otherSet(i, a.first ?? .none).allSatisfy { s.items.contains($0) })
        }
        set["isdisjoint"] = { i, r, a, _ in
            let s = try theSet(i, r)
            return .bool(try otherSet(i, a.first ?? .none).allSatisfy { !s.items.contains($0) })
        }
        set["union"] = { i, r, a, _ in
            let s = try theSet(i, r)
            var items = s.items
            for x in a { items.formUnion(try otherSet(i, x)) }
            return .object(PySet(items, frozen: s.isFrozen))
        }
        set["intersection"] = { i, r, a, _ in
            let s = try theSet(i, r)
            var items = s.items
            for x in a { let o = try otherSet(i, x); items = items.filter { o.contains($0) } }
            return .object(PySet(items, frozen: s.isFrozen))
        }
        set["difference"] = { i, r, a, _ in
            let s = try theSet(i, r)
            var items = s.items
            for x in a { let o = try otherSet(i, x); items = items.filter { !o.contains($0) } }
            return .object(PySet(items, frozen: s.isFrozen))
        }
        set["symmetric_difference"] = { i, r, a, _ in
            let s = try theSet(i, r), o = try otherSet(i, a.first ?? .none)
            return .object(PySet(s.items.filter { !o.contains($0) }.union(o.filter { !s.items.contains($0) }), frozen: s.isFrozen))
        }
        set["difference_update"] = { i, r, a, _ in
            let s = try theSet(i, r, mutable: true)
            for x in a { let o = try otherSet(i, x); s.items = s.items.filter { !o.contains($0) } }
            return .none
        }
        set["intersection_update"] = { i, r, a, _ in
            let s = try theSet(i, r, mutable: true)
            for x in a { let o = try otherSet(i, x); s.items = s.items.filter { o.contains($0) } }
            return .none
        }

        var bytes: [String: BuiltinMethod] = [:]
        bytes["decode"] = { i, r, _, _ in
            guard case .bytes(let b) = r, let s = String(bytes: b, encoding: .utf8) else {
                throw i.pyError("UnicodeDecodeError", "'utf-8' codec can't decode bytes")
            }
            return .str(s)
        }

        var int: [String: BuiltinMethod] = [:]
        int["bit_length"] = { i, r, _, _ in
            guard let w = i.wide(r) else { if case .uint(let u) = r { return .int(64 - u.leadingZeroBitCount) }; return .int(0) }
            return .int(128 - w.magnitude.leadingZeroBitCount)
        }
        var float: [String: BuiltinMethod] = [:]
        float["is_integer"] = { i, r, _, _ in
            guard case .float(let d) = r else { throw i.typeError("descriptor requires a 'float' object") }
            return .bool(d.isFinite && d.rounded() == d)
        }

        var object: [String: BuiltinMethod] = [:]
        object["__init__"] = { i, r, a, k in
            if (!a.isEmpty || !k.isEmpty), case .object(let o) = r, let inst = o as? PyInstance, inst.cls.lookup("__init__") == nil {
                throw i.typeError("\(inst.cls.name)() takes no arguments")
            }
            return .none
        }
        var exception: [String: BuiltinMethod] = [:]
        exception["__init__"] = { i, r, a, _ in
            if case .object(let o) = r { o.attributes["args"] = .object(PyTuple(a)) }
            return .none
        }
        return ["str": str, "list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": set,
                "bytes": bytes, "int": int, "bool": int, "r_uint": int, "float": float,
                "object": object, "BaseException": exception]
    }
}
