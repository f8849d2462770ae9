// BuiltinFunctions.swift — built-in functions (`len`, `isinstance`, `sorted`, `print`, ...).
//
// Part of stage 2 (see Builtins.swift for the namespace and classes). Each is a `PyBuiltin`
// named by its Python name whose closure implements the init-time behaviour.

import Foundation
import OrderedCollections
import Syntax

extension Interpreter {
    func installFunctions() {
        define("len") { args, _ in
            try self.arity("len", args, 1...1)
            return .int(try self.length(args[0]))
        }
        define("range") { args, _ in
            try self.arity("range", args, 1...3)
            let n = try args.map { try self.intValue($0) }
            let (start, stop, step) = n.count == 1 ? (0, n[0], 1) : (n[0], n[1], n.count == 3 ? n[2] : 1)
            if step == 0 { throw self.pyError("ValueError", "range() arg 3 must not be zero") }
            return .object(PyRange(start: start, stop: stop, step: step))
        }
        define("isinstance") { args, _ in
            try self.arity("isinstance", args, 2...2)
            return .bool(try self.isInstance(args[0], args[1]))
        }
        define("issubclass") { args, _ in
            try self.arity("issubclass", args, 2...2)
            guard case .object(let o) = args[0], let c = o as? PyClass else { throw self.typeError("issubclass() arg 1 must be a class") }
            var targets = [args[1]]
            if case .object(let t) = args[1], let tuple = t as? PyTuple { targets = tuple.items }
            for t in targets {
                guard case .object(let to) = t, let tc = to as? PyClass else { throw self.typeError("issubclass() arg 2 must be a class or tuple of classes") }
                if c.isSubclass(of: tc) { return .bool(true) }
            }
            return .bool(false)
        }
        define("repr") { args, _ in
            try self.arity("repr", args, 1...1)
            return .str(try self.reprOf(args[0]))
        }
        define("sorted") { args, kwargs in
            try self.arity("sorted", args, 1...1)
            return .object(PyList(try self.sortValues(try self.iterate(args[0]), key: kwargs["key"],
                                                      reverse: try kwargs["reverse"].map { try self.truthy($0) } ?? false)))
        }
        define("reversed") { args, _ in
            try self.arity("reversed", args, 1...1)
            if case .object(let o) = args[0], let inst = o as? PyInstance, let m = inst.cls.lookup("__reversed__") {
                return try self.call(try self.bindIfFunction(m, args[0], inst.cls), [])
            }
            if case .object(let o) = args[0], o is PyDict || o is PySet || o is PyIterator {
                if !(o is PyDict) { throw self.typeError("'\(self.typeName(args[0]))' object is not reversible") }
            }
            return .object(PyIterator(items: try self.iterate(args[0]).reversed()))
        }
        define("enumerate") { args, kwargs in
            try self.arity("enumerate", args, 1...2)
            var i = try (args.count > 1 ? args[1] : kwargs["start"]).map { try self.intValue($0) } ?? 0
            let it = try self.iterator(args[0])
            return .object(PyIterator(next: {
                guard let x = try it.next() else { return nil }
                defer { i += 1 }
                return .object(PyTuple([.int(i), x]))
            }))
        }
        define("zip") { args, _ in
            let its = try args.map { try self.iterator($0) }
            return .object(PyIterator(next: {
                if its.isEmpty { return nil }
                var row: [Value] = []
                for it in its { guard let x = try it.next() else { return nil }; row.append(x) }
                return .object(PyTuple(row))
            }))
        }
        define("map") { args, _ in
            guard args.count >= 2 else { throw self.typeError("map() must have at least two arguments.") }
            let fn = args[0]
            let its = try args.dropFirst().map { try self.iterator($0) }
            var result: [Value] = []
            loop: while true {
                var row: [Value] = []
                for it in its { guard let x = try it.next() else { break loop }; row.append(x) }
                result.append(try self.call(fn, row))
            }
            return .object(PyIterator(items: result))
        }
        define("filter") { args, _ in
            try self.arity("filter", args, 2...2)
            let result = try self.iterate(args[1]).filter { x in
                isNone(args[0]) ? try self.truthy(x) : try self.truthy(try self.call(args[0], [x]))
            }
            return .object(PyIterator(items: result))
        }
        define("min") { args, kwargs in try self.minMax("min", args, kwargs, wantMax: false) }
        define("max") { args, kwargs in try self.minMax("max", args, kwargs, wantMax: true) }
        define("sum") { args, kwargs in
            try self.arity("sum", args, 1...2)
            var total = args.count > 1 ? args[1] : (kwargs["start"] ?? .int(0))
            for x in try self.iterate(args[0]) { total = try self.binaryOp(.add, total, x) }
            return total
        }
        define("any") { args, _ in
            try self.arity("any", args, 1...1)
            let it = try self.iterator(args[0])
            while let x = try it.next() { if try self.truthy(x) { return .bool(true) } }
            return .bool(false)
        }
        define("all") { args, _ in
            try self.arity("all", args, 1...1)
            let it = try self.iterator(args[0])
            while let x = try it.next() { if !(try self.truthy(x)) { return .bool(false) } }
            return .bool(true)
        }
        define("abs") { args, _ in
            try self.arity("abs", args, 1...1)
            switch args[0] {
            case .float(let d): return .float(abs(d))
            case .uint: return args[0]
            default:
                if let w = self.wide(args[0]) {
                    if w == Int128.min { throw self.overflow() }
                    return try self.intResult(w < 0 ? -w : w)
                }
                if case .object(let o) = args[0], let inst = o as? PyInstance, let m = inst.cls.lookup("__abs__") {
                    return try self.call(try self.bindIfFunction(m, args[0], inst.cls), [])
                }
                throw self.typeError("bad operand type for abs(): '\(self.typeName(args[0]))'")
            }
        }
        define("chr") { args, _ in
            try self.arity("chr", args, 1...1)
            let n = try self.intValue(args[0])
            guard n >= 0, n < 0x110000, let u = UnicodeScalar(UInt32(n)) else {
                if n >= 0xD800 && n < 0xE000 { throw self.unsupported("chr() of a surrogate code point") }
                throw self.pyError("ValueError", "chr() arg not in range(0x110000)")
            }
            return .str(String(Character(u)))
        }
        define("ord") { args, _ in
            try self.arity("ord", args, 1...1)
            switch args[0] {
            case .str(let s):
                guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
                    throw self.typeError("ord() expected a character, but string of length \(s.unicodeScalars.count) found")
                }
                return .int(Int(u.value))
            case .bytes(let b):
                guard b.count == 1 else { throw self.typeError("ord() expected a character, but string of length \(b.count) found") }
                return .int(Int(b[0]))
            default: throw self.typeError("ord() expected string of length 1, but \(self.typeName(args[0])) found")
            }
        }
        define("hash") { args, _ in
            try self.arity("hash", args, 1...1)
            return .int(try self.hashValue(args[0]))
        }
        define("id") { args, _ in
            try self.arity("id", args, 1...1)
            if case .object(let o) = args[0] { return .int(self.identity(o)) }
            return .int(try self.hashValue(args[0]))
        }
        define("divmod") { args, _ in
            try self.arity("divmod", args, 2...2)
            return .object(PyTuple([try self.binaryOp(.floorDiv, args[0], args[1]), try self.binaryOp(.mod, args[0], args[1])]))
        }
        define("pow") { args, _ in
            try self.arity("pow", args, 2...3)
            if args.count == 3 {
                guard let b = self.wide(args[0]), let e = self.wide(args[1]), let m = self.wide(args[2]), m != 0, e >= 0,
                      Int(exactly: m) != nil, Int(exactly: b) != nil else {
                    throw self.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                var result: Int128 = 1 % m, base = ((b % m) + m) % m, exp = e
                while exp > 0 {
                    if exp & 1 == 1 { result = (result * base) % m }
                    base = (base * base) % m
                    exp >>= 1
                }
                return try self.intResult(m < 0 && result > 0 ? result + m : result)
            }
            return try self.binaryOp(.pow, args[0], args[1])
        }
        define("round") { args, kwargs in
            try self.arity("round", args, 1...2)
            let nd = args.count > 1 ? args[1] : (kwargs["ndigits"] ?? .none)
            switch args[0] {
            case .float(let d):
                if isNone(nd) {
                    if d.isNaN { throw self.pyError("ValueError", "cannot convert float NaN to integer") }
                    if d.isInfinite { throw self.pyError("OverflowError", "cannot convert float infinity to integer") }
                    return try self.toInt(.float(d.rounded(.toNearestOrEven)), base: nil)
                }
                let n = try self.intValue(nd)
                if !d.isFinite || n > 300 { return .float(d) }
                if n >= 0 { return .float(Double(String(format: "%.\(n)f", d)) ?? d) }
                if n < -330 { return .float(d.sign == .minus ? -0.0 : 0.0) }
                let p = pow(10.0, Double(-n))
                return .float((d / p).rounded(.toNearestOrEven) * p)
            default:
                if isNone(nd) { return try self.toInt(args[0], base: nil) }
                let n = try self.intValue(nd)
                guard let x = self.wide(args[0]), n < 0 else { return args[0] }
                if n < -30 { return .int(0) }
                var p: Int128 = 1
                for _ in 0..<(-n) { p *= 10 }
                let (q, r) = self.floorDivMod(x, p)
                var rounded = q
                if r * 2 > p || (r * 2 == p && q % 2 != 0) { rounded += 1 }
                return try self.intResult(rounded * p)
            }
        }
        define("getattr") { args, _ in
            try self.arity("getattr", args, 2...3)
            guard case .str(let name) = args[1] else { throw self.typeError("attribute name must be string, not '\(self.typeName(args[1]))'") }
            if args.count == 3 {
                do { return try self.getAttribute(args[0], name) }
                catch let e as PyErr where e.exception.cls.isSubclass(of: self.cls("AttributeError")) { return args[2] }
            }
            return try self.getAttribute(args[0], name)
        }
        define("setattr") { args, _ in
            try self.arity("setattr", args, 3...3)
            guard case .str(let name) = args[1] else { throw self.typeError("attribute name must be string, not '\(self.typeName(args[1]))'") }
            try self.setAttribute(args[0], name, args[2])
            return .none
        }
        define("delattr") { args, _ in
            try self.arity("delattr", args, 2...2)
            guard case .str(let name) = args[1] else { throw self.typeError("attribute name must be string") }
            try self.deleteAttribute(args[0], name)
            return .none
        }
        define("hasattr") { args, _ in
            try self.arity("hasattr", args, 2...2)
            guard case .str(let name) = args[1] else { throw self.typeError("attribute name must be string, not '\(self.typeName(args[1]))'") }
            do { return .bool(try self.findAttribute(args[0], name) != nil) }
            catch let e as PyErr where e.exception.cls.isSubclass(of: self.cls("AttributeError")) { return .bool(false) }
        }
        define("callable") { args, _ in
            try self.arity("callable", args, 1...1)
            guard case .object(let o) = args[0] else { return .bool(false) }
            switch o {
            case is PyFunction, is PyBuiltin, is PyBoundMethod, is PyClass, is PyStaticMethod: return .bool(true)
            case let inst as PyInstance: return .bool(inst.cls.lookup("__call__") != nil)
            default: return .bool(false)
            }
        }
        define("iter") { args, _ in
            try self.arity("iter", args, 1...1)
            return .object(try self.iterator(args[0]))
        }
        define("next") { args, _ in
            try self.arity("next", args, 1...2)
            guard case .object(let o) = args[0], let it = o as? PyIterator else {
                if case .object(let o) = args[0], let inst = o as? PyInstance, let m = inst.cls.lookup("__next__") {
                    return try self.call(try self.bindIfFunction(m, args[0], inst.cls), [])
                }
                throw self.typeError("'\(self.typeName(args[0]))' object is not an iterator")
            }
            if let x = try it.next() { return x }
            if args.count == 2 { return args[1] }
            throw self.pyError("StopIteration")
        }
        define("print") { args, kwargs in
            let sep = try kwargs["sep"].flatMap { isNone($0) ? nil : try self.strOf($0) } ?? " "
            let end = try kwargs["end"].flatMap { isNone($0) ? nil : try self.strOf($0) } ?? "\n"
            let text = try args.map { try self.strOf($0) }.joined(separator: sep) + end
            if case .object(let f)? = kwargs["file"], let m = f as? PyModule, m.name == "sys.stderr" {
                self.write(toStandardError: text)
            } else if case .object(let f)? = kwargs["file"], f is PyInstance {
                _ = try self.call(try self.getAttribute(kwargs["file"] ?? .none, "write"), [.str(text)])
            } else {
                self.output(text)
            }
            return .none
        }
        define("staticmethod") { args, _ in
            try self.arity("staticmethod", args, 1...1)
            return .object(PyStaticMethod(args[0]))
        }
        define("classmethod") { args, _ in
            try self.arity("classmethod", args, 1...1)
            return .object(PyClassMethod(args[0]))
        }
        define("super") { args, _ in
            try self.arity("super", args, 2...2)
            guard case .object(let o) = args[0], let c = o as? PyClass else { throw self.typeError("super() argument 1 must be a type") }
            return .object(PySuper(thisClass: c, receiver: args[1]))
        }
        define("format") { args, _ in
            try self.arity("format", args, 1...2)
            var spec = ""
            if args.count == 2, case .str(let s) = args[1] { spec = s }
            return .str(try self.format(args[0], spec))
        }
        for (name, radix, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
            define(name) { args, _ in
                try self.arity(name, args, 1...1)
                guard let w = self.wide(args[0]) ?? { if case .uint(let u) = args[0] { return Int128(u) }; return nil }() else {
                    throw self.typeError("'\(self.typeName(args[0]))' object cannot be interpreted as an integer")
                }
                return .str((w < 0 ? "-" : "") + prefix + String(w.magnitude, radix: radix))
            }
        }
        define("vars") { args, _ in
            try self.arity("vars", args, 1...1)
            return try self.getAttribute(args[0], "__dict__")
        }
        for name in ["exec", "eval", "compile", "open", "input", "__import__", "globals", "locals", "breakpoint"] {
            define(name) { _, _ in throw self.unsupported("the built-in function \(name)()") }
        }
        builtins.dict["Ellipsis"] = .object(PyInstance(cls: cls("object")))
        builtins.dict["NotImplemented"] = .object(PyInstance(cls: cls("object")))
    }

    func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.unicodeScalars.count
        case .bytes(let b): return b.count
        case .object(let o):
            switch o {
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.entries.count
            case let s as PySet: return s.items.count
            case let r as PyRange: return rangeLength(r)
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__len__") { return try intValue(try call(try bindIfFunction(m, v, inst.cls), [])) }
            default: break
            }
        default: break
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }
}
