// Objects.swift — calls, attribute access, subscripts and iteration of init-time values.
//
// Part of stage 2 (see Evaluator.swift). Calling a `PyFunction` binds arguments as CPython does
// (positional, keyword, defaults, `*args`, `**kwargs`, keyword-only) and runs the body in a new
// frame; calling a class creates a `PyInstance` and runs `__init__`. Attribute lookup follows the
// single-inheritance MRO and binds methods; built-in types get their methods from
// BuiltinMethods.swift as bound `PyBuiltin`s.

import OrderedCollections
import Syntax

extension Interpreter {
    // MARK: - Calls

    func call(_ callee: Value, _ args: [Value], _ kwargs: OrderedDictionary<String, Value> = [:]) throws -> Value {
        guard case .object(let o) = callee else {
            throw typeError("'\(typeName(callee))' object is not callable")
        }
        switch o {
        case let fn as PyFunction:
            return try callFunction(fn, args, kwargs)
        case let b as PyBuiltin:
            return try b.implementation(args, kwargs)
        case let m as PyBoundMethod:
            return try call(m.function, [m.receiver] + args, kwargs)
        case let c as PyClass:
            return try instantiate(c, args, kwargs)
        case let s as PyStaticMethod:
            return try call(s.function, args, kwargs)
        case let inst as PyInstance:
            if let m = inst.cls.lookup("__call__") {
                return try call(try bindIfFunction(m, callee, inst.cls), args, kwargs)
            }
        default: break
        }
        throw typeError("'\(typeName(callee))' object is not callable")
    }

    func callFunction(_ fn: PyFunction, _ args: [Value], _ kwargs: OrderedDictionary<String, Value>) throws -> Value {
        let info = scope(of: fn.def)
        let frame = Frame(kind: .function, module: fn.module, scope: info, closure: fn.closure, function: fn)
        let site = callSites.last ?? nil
        try bindArguments(fn, info.positionalParameters, args, kwargs, frame)
        let where_ = site == nil ? "called by the translator" : "called here"
        if info.hasYield {
            return .object(makeGenerator(fn.qualname, frame) {
                do {
                    self.allowBigInts = self.isRlibModule(fn.module)
                    self.overflowRaises = false
                    if case .returned(let v) = try self.execBlock(fn.def.body, frame) { return v }
                    return .none
                } catch {
                    throw self.annotate(error, "in function \(fn.qualname) \(where_)", at: site)
                }
            })
        }
        do {
            depth += 1
            let savedBig = allowBigInts, savedOverflow = overflowRaises
            allowBigInts = isRlibModule(fn.module)
            overflowRaises = false
            defer { depth -= 1; allowBigInts = savedBig; overflowRaises = savedOverflow }
            if depth > 1000 { throw pyError("RecursionError", "maximum recursion depth exceeded") }
            let completion = try execBlock(fn.def.body, frame)
            if case .returned(let v) = completion { return v }
            return .none
        } catch {
            throw annotate(error, "in function \(fn.qualname) \(where_)", at: site)
        }
    }

    func isRlibModule(_ m: PyModule) -> Bool { m.name == "rlib" || m.name.hasPrefix("rlib.") }

    private func bindArguments(_ fn: PyFunction, _ params: [String], _ args: [Value],
                               _ kwargs: OrderedDictionary<String, Value>, _ frame: Frame) throws {
        let a = fn.def.args
        let name = fn.name
        // The common case: positional arguments only, none missing.
        if kwargs.isEmpty && args.count == params.count && a.vararg == nil && a.kwonlyargs.isEmpty && a.kwarg == nil {
            for (p, v) in zip(params, args) { frame.cells[p] = PyCell(v) }
            return
        }
        var bound: [Value?] = Array(repeating: nil, count: params.count)
        for (i, v) in args.enumerated() where i < params.count { bound[i] = v }
        if args.count > params.count {
            if let va = a.vararg {
                frame.cells[va.name] = PyCell(.object(PyTuple(Array(args[params.count...]))))
            } else {
                throw typeError("\(name)() takes \(params.count) positional argument\(params.count == 1 ? "" : "s") but \(args.count) \(args.count == 1 ? "was" : "were") given")
            }
        } else if let va = a.vararg {
            frame.cells[va.name] = PyCell(.object(PyTuple([])))
        }
        var extra = OrderedDictionary<HashKey, Value>()
        var kwonly: [String: Value] = [:]
        for (k, v) in kwargs {
            if let i = params.firstIndex(of: k), i >= a.posonlyargs.count {
                if bound[i] != nil { throw typeError("\(name)() got multiple values for argument '\(k)'") }
                bound[i] = v
            } else if a.kwonlyargs.contains(where: { $0.name == k }) {
                kwonly[k] = v
            } else if a.kwarg != nil {
                extra[HashKey(.str(k))] = v
            } else {
                throw typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        let firstDefault = params.count - fn.defaults.count
        var missing: [String] = []
        for i in 0..<params.count where bound[i] == nil {
            if i >= firstDefault, i - firstDefault < fn.defaults.count {
                bound[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(params[i])
            }
        }
        if !missing.isEmpty {
            throw typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(missing.map { "'\($0)'" }.joined(separator: ", "))")
        }
        for (p, v) in zip(params, bound) { if let v { frame.cells[p] = PyCell(v) } }
        for k in a.kwonlyargs {
            if let v = kwonly[k.name] ?? fn.kwDefaults[k.name] { frame.cells[k.name] = PyCell(v) }
            else { throw typeError("\(name)() missing 1 required keyword-only argument: '\(k.name)'") }
        }
        if let kw = a.kwarg { frame.cells[kw.name] = PyCell(.object(PyDict(extra))) }
    }

    /// Calling a class: built-in classes construct their values; other classes create an
    /// instance and run `__init__` (exception classes record `args` first, as CPython does).
    func instantiate(_ c: PyClass, _ args: [Value], _ kwargs: OrderedDictionary<String, Value>) throws -> Value {
        if let b = c.builtin, let ctor = builtinConstructors[b] {
            return try ctor(args, kwargs)
        }
        if let base = c.mro.first(where: { $0.builtin != nil }), let b = base.builtin,
           !["object", "BaseException"].contains(b), !c.isSubclass(of: cls("BaseException")) {
            throw unsupported("subclassing the built-in type '\(b)'")
        }
        let inst = PyInstance(cls: c)
        if c.isSubclass(of: cls("BaseException")) {
            inst.attributes["args"] = .object(PyTuple(args))
        }
        let self_ = Value.object(inst)
        if let initializer = c.lookup("__init__") {
            let r = try call(try bindIfFunction(initializer, self_, c), args, kwargs)
            if case .none = r {} else { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        } else if (!args.isEmpty || !kwargs.isEmpty) && !c.isSubclass(of: cls("BaseException")) {
            throw typeError("\(c.name)() takes no arguments")
        }
        return self_
    }

    // MARK: - Attributes

    /// A class attribute seen through an instance (or class, when `receiver` is a class).
    func bindIfFunction(_ v: Value, _ receiver: Value, _ owner: PyClass) throws -> Value {
        guard case .object(let o) = v else { return v }
        switch o {
        case is PyFunction, is PyBuiltin:
            // Built-in functions are not descriptors on CPython (`class A: f = len` keeps `len`);
            // rlib intrinsics stand for Python functions there, so they bind like functions.
            if let b = o as? PyBuiltin, !b.name.hasPrefix("rlib.") { return v }
            if case .object(let r) = receiver, r is PyClass { return v }
            return .object(PyBoundMethod(receiver: receiver, function: v))
        case let s as PyStaticMethod: return s.function
        case let cm as PyClassMethod:
            var klass = owner
            if case .object(let r) = receiver {
                if let rc = r as? PyClass { klass = rc } else if let ri = r as? PyInstance { klass = ri.cls }
            }
            return .object(PyBoundMethod(receiver: .object(klass), function: cm.function))
        default: return v
        }
    }

    func getAttribute(_ v: Value, _ name: String) throws -> Value {
        if let r = try findAttribute(v, name) { return r }
        switch v {
        case .object(let o) where o is PyModule:
            throw pyError("AttributeError", "module '\((o as? PyModule)?.name ?? "")' has no attribute '\(name)'")
        case .object(let o) where o is PyClass:
            throw pyError("AttributeError", "type object '\((o as? PyClass)?.name ?? "")' has no attribute '\(name)'")
        default:
            throw pyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
        }
    }

    func findAttribute(_ v: Value, _ name: String) throws -> Value? {
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance:
                if let a = inst.attributes[name] { return a }
                if name == "__class__" { return .object(inst.cls) }
                if name == "__dict__" {
                    let d = PyDict()
                    for (k, a) in inst.attributes { d.entries[HashKey(.str(k))] = a }
                    return .object(d)
                }
                if let m = inst.cls.lookup(name) { return try bindIfFunction(m, v, inst.cls) }
                if let m = builtinMethod(forClass: inst.cls, name) { return .object(PyBoundMethod(receiver: v, function: .object(m))) }
                if let g = inst.cls.lookup("__getattr__") {
                    return try call(try bindIfFunction(g, v, inst.cls), [.str(name)])
                }
                return nil
            case let c as PyClass:
                switch name {
                case "__name__": return .str(c.name)
                case "__qualname__": return .str(c.qualname)
                case "__module__": return .str(c.module?.name ?? "builtins")
                case "__bases__": return .object(PyTuple(c.bases.map { .object($0) }))
                case "__mro__": return .object(PyTuple(c.mro.map { .object($0) }))
                case "__dict__":
                    let d = PyDict()
                    for (k, a) in c.dict { d.entries[HashKey(.str(k))] = a }
                    return .object(d)
                default: break
                }
                if let m = c.lookup(name) { return try bindIfFunction(m, v, c) }
                if let m = builtinMethod(forClass: c, name) { return .object(m) }
                if name == "__doc__" { return Value.none }
                return nil
            case let m as PyModule:
                if let a = m.dict[name] { return a }
                if name == "__name__" { return .str(m.name) }
                return nil
            case let fn as PyFunction:
                if let a = fn.attributes[name] { return a }
                switch name {
                case "__name__": return .str(fn.name)
                case "__qualname__": return .str(fn.qualname)
                case "__module__": return .str(fn.module.name)
                case "__doc__": return docstring(fn.def.body)
                case "__defaults__": return fn.defaults.isEmpty ? Value.none : .object(PyTuple(fn.defaults))
                case "__globals__":
                    let d = PyDict()
                    for (k, a) in fn.module.dict { d.entries[HashKey(.str(k))] = a }
                    return .object(d)
                default: return nil
                }
            case let b as PyBuiltin:
                if let a = b.attributes[name] { return a }
                if name == "__name__" { return .str(String(b.name.split(separator: ".").last ?? "")) }
                return nil
            case let m as PyBoundMethod:
                if name == "__self__" { return m.receiver }
                if name == "__func__" { return m.function }
                return try findAttribute(m.function, name)
            case let s as PySuper:
                let receiverClass: PyClass
                switch s.receiver {
                case .object(let r as PyClass): receiverClass = r
                case .object(let r as PyInstance): receiverClass = r.cls
                default: receiverClass = typeOf(s.receiver)
                }
                let mro = receiverClass.mro
                let start = (mro.firstIndex { $0 === s.thisClass } ?? (mro.count - 1)) + 1
                for c in mro.dropFirst(start) {
                    if let m = c.dict[name] { return try bindIfFunction(m, s.receiver, receiverClass) }
                    if let b = c.builtin, let m = builtinMethodObject(b, name) {
                        return .object(PyBoundMethod(receiver: s.receiver, function: .object(m)))
                    }
                }
                return nil
            case let sm as PyStaticMethod:
                return name == "__func__" ? sm.function : try findAttribute(sm.function, name)
            case let cm as PyClassMethod:
                return name == "__func__" ? cm.function : try findAttribute(cm.function, name)
            default: break
            }
        }
        if name == "__class__" { return .object(typeOf(v)) }
        let type = builtinTypeName(v)
        if let m = builtinMethodObject(type, name) {
            return .object(PyBoundMethod(receiver: v, function: .object(m)))
        }
        return nil
    }

    private func builtinMethod(forClass c: PyClass, _ name: String) -> PyBuiltin? {
        var k: PyClass? = c
        while let klass = k {
            if let b = klass.builtin, let m = builtinMethodObject(b, name) { return m }
            k = klass.bases.first
        }
        return nil
    }

    func docstring(_ body: [Stmt]) -> Value {
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind { return .str(s) }
        return .none
    }

    func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = v else {
            throw pyError("AttributeError", "'\(typeName(v))' object attribute '\(name)' is read-only")
        }
        switch o {
        case let inst as PyInstance:
            if let slots = slotNames(inst.cls), !slots.contains(name) {
                throw pyError("AttributeError", "'\(inst.cls.name)' object has no attribute '\(name)' (not in __slots__)")
            }
            inst.attributes[name] = value
        case let c as PyClass:
            if c.builtin != nil { throw typeError("cannot set '\(name)' attribute of immutable type '\(c.name)'") }
            switch (name, value) {
            case ("__name__", .str(let s)): c.name = s
            case ("__qualname__", .str(let s)): c.qualname = s
            case ("__name__", _), ("__qualname__", _): throw typeError("can only assign string to \(c.name).\(name)")
            default: c.dict[name] = value
            }
        case let m as PyModule: m.dict[name] = value
        case let fn as PyFunction:
            switch name {
            case "__name__": if case .str(let s) = value { fn.name = s } else { throw typeError("__name__ must be set to a string object") }
            case "__qualname__": if case .str(let s) = value { fn.qualname = s } else { throw typeError("__qualname__ must be set to a string object") }
            default: fn.attributes[name] = value
            }
        case is PyBuiltin, is PyBoundMethod:
            throw pyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
        case is PyList, is PyTuple, is PyDict, is PySet:
            throw pyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
        default:
            o.attributes[name] = value
        }
    }

    /// `__slots__` of a class and its bases, when every class in the chain declares them.
    private func slotNames(_ c: PyClass) -> Set<String>? {
        if let cached = slotCache[ObjectIdentifier(c)] { return cached.1 }
        var names: Set<String>? = []
        for k in c.mro where k.builtin == nil {
            guard let s = k.dict["__slots__"] else { names = nil; break }
            if case .str(let one) = s { names?.insert(one); continue }
            for item in (try? iterate(s)) ?? [] { if case .str(let n) = item { names?.insert(n) } }
        }
        slotCache[ObjectIdentifier(c)] = (c, names)
        return names
    }

    func deleteAttribute(_ v: Value, _ name: String) throws {
        if case .object(let o) = v {
            if let c = o as? PyClass, c.builtin == nil, c.dict.removeValue(forKey: name) != nil { return }
            if let m = o as? PyModule, m.dict.removeValue(forKey: name) != nil { return }
            if !(o is PyClass), !(o is PyModule), o.attributes.removeValue(forKey: name) != nil { return }
        }
        throw pyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
    }

    // MARK: - Types

    func builtinTypeName(_ v: Value) -> String {
        switch v {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "r_uint"
        case .float: return "float"
        case .str: return "str"
        case .bytes: return "bytes"
        case .object(let o):
            switch o {
            case is PyList: return "list"
            case is PyTuple: return "tuple"
            case is PyDict: return "dict"
            case let s as PySet: return s.isFrozen ? "frozenset" : "set"
            case is PyModule: return "module"
            case is PyFunction: return "function"
            case is PyClass: return "type"
            case is PyBuiltin: return "builtin_function_or_method"
            case is PyBoundMethod: return "method"
            case is PyRange: return "range"
            case is PyBigInt: return "int"
            case is PyIterator: return "iterator"
            case is PyCell: return "cell"
            case is PySlice: return "slice"
            case is PySuper: return "super"
            case is PyStaticMethod: return "staticmethod"
            case is PyClassMethod: return "classmethod"
            case let i as PyInstance: return i.cls.name
            default: return "object"
            }
        }
    }

    func typeName(_ v: Value) -> String { builtinTypeName(v) }

    func typeOf(_ v: Value) -> PyClass {
        if case .object(let o) = v, let i = o as? PyInstance { return i.cls }
        return cls(builtinTypeName(v))
    }

    // MARK: - Subscripts

    func index(_ v: Value, _ count: Int, _ what: String) throws -> Int {
        let i: Int
        switch v {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        case .uint(let u): i = u > UInt(Int.max) ? Int.max : Int(u)
        default: throw typeError("\(what) indices must be integers, not \(typeName(v))")
        }
        let j = i < 0 ? i + count : i
        guard j >= 0, j < count else { throw pyError("IndexError", "\(what) index out of range") }
        return j
    }

    /// The positions a slice selects in a sequence of `count` items (Python's slice.indices).
    func sliceIndices(_ s: PySlice, _ count: Int) throws -> [Int] {
        func intOrNil(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            default: throw typeError("slice indices must be integers or None")
            }
        }
        let step = try intOrNil(s.step) ?? 1
        if step == 0 { throw pyError("ValueError", "slice step cannot be zero") }
        func clamp(_ v: Int?, _ dflt: Int, lo: Int, hi: Int) -> Int {
            guard var x = v else { return dflt }
            if x < 0 { x += count; if x < lo { x = lo } } else if x > hi { x = hi }
            return x
        }
        var result: [Int] = []
        if step > 0 {
            let start = clamp(try intOrNil(s.lower), 0, lo: 0, hi: count)
            let stop = clamp(try intOrNil(s.upper), count, lo: 0, hi: count)
            var i = start
            while i < stop { result.append(i); i += step }
        } else {
            let start = clamp(try intOrNil(s.lower), count - 1, lo: -1, hi: count - 1)
            let stop = clamp(try intOrNil(s.upper), -1, lo: -1, hi: count - 1)
            var i = start
            while i > stop { result.append(i); i += step }
        }
        return result
    }

    func getItem(_ container: Value, _ key: Value) throws -> Value {
        let slice = (key.asObject as? PySlice)
        switch container {
        case .str(let s):
            let chars = Array(s.unicodeScalars)
            if let slice {
                var out = String.UnicodeScalarView()
                for i in try sliceIndices(slice, chars.count) { out.append(chars[i]) }
                return .str(String(out))
            }
            return .str(String(chars[try index(key, chars.count, "string")]))
        case .bytes(let b):
            if let slice { return .bytes(try sliceIndices(slice, b.count).map { b[$0] }) }
            return .int(Int(b[try index(key, b.count, "index")]))
        case .object(let o):
            switch o {
            case let l as PyList:
                if let slice { return .object(PyList(try sliceIndices(slice, l.items.count).map { l.items[$0] })) }
                return l.items[try index(key, l.items.count, "list")]
            case let t as PyTuple:
                if let slice { return .object(PyTuple(try sliceIndices(slice, t.items.count).map { t.items[$0] })) }
                return t.items[try index(key, t.items.count, "tuple")]
            case let d as PyDict:
                if let v = d.entries[try hashKey(key)] { return v }
                throw PyErr(exception: keyError(key))
            case let r as PyRange:
                let n = rangeLength(r)
                if let slice { return .object(PyList(try sliceIndices(slice, n).map { .int(rangeItem(r, $0)) })) }
                return .int(rangeItem(r, try index(key, n, "range object")))
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__getitem__") {
                    return try call(try bindIfFunction(m, container, inst.cls), [key])
                }
            case let c as PyClass where c.builtin != nil:
                return container   // `list[int]` and friends: generic aliases stand for the class
            default: break
            }
        default: break
        }
        throw typeError("'\(typeName(container))' object is not subscriptable")
    }

    func keyError(_ key: Value) -> PyInstance {
        let inst = PyInstance(cls: cls("KeyError"))
        inst.attributes["args"] = .object(PyTuple([key]))
        return inst
    }

    func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if let slice = key.asObject as? PySlice {
                    let newItems = try iterate(value)
                    let idx = try sliceIndices(slice, l.items.count)
                    let step = isNone(slice.step) ? 1 : try intValue(slice.step)
                    if step == 1 {
                        func clamp(_ v: Value, _ dflt: Int) throws -> Int {
                            if isNone(v) { return dflt }
                            var x = try intValue(v)
                            if x < 0 { x = max(0, x + l.items.count) }
                            return min(x, l.items.count)
                        }
                        let start = try clamp(slice.lower, 0)
                        let end = max(start, try clamp(slice.upper, l.items.count))
                        l.items.replaceSubrange(start..<end, with: newItems)
                    } else {
                        guard idx.count == newItems.count else {
                            throw pyError("ValueError", "attempt to assign sequence of size \(newItems.count) to extended slice of size \(idx.count)")
                        }
                        for (i, v) in zip(idx, newItems) { l.items[i] = v }
                    }
                    return
                }
                l.items[try index(key, l.items.count, "list assignment")] = value
                return
            case let d as PyDict:
                d.entries[try hashKey(key)] = value
                return
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__setitem__") {
                    _ = try call(try bindIfFunction(m, container, inst.cls), [key, value])
                    return
                }
            default: break
            }
        }
        throw typeError("'\(typeName(container))' object does not support item assignment")
    }

    func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if let slice = key.asObject as? PySlice {
                    let drop = Set(try sliceIndices(slice, l.items.count))
                    l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                    return
                }
                l.items.remove(at: try index(key, l.items.count, "list assignment"))
                return
            case let d as PyDict:
                if d.entries.removeValue(forKey: try hashKey(key)) == nil { throw PyErr(exception: keyError(key)) }
                return
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__delitem__") {
                    _ = try call(try bindIfFunction(m, container, inst.cls), [key])
                    return
                }
            default: break
            }
        }
        throw typeError("'\(typeName(container))' object doesn't support item deletion")
    }

    func hashKey(_ v: Value) throws -> HashKey {
        if case .object(let o) = v {
            if o is PyList || o is PyDict || (o as? PySet)?.isFrozen == false {
                throw typeError("unhashable type: '\(typeName(v))'")
            }
            if let t = o as? PyTuple { for i in t.items { _ = try hashKey(i) } }
        }
        return HashKey(v)
    }

    // MARK: - Iteration

    /// How many items a range has (computed, never materialized).
    func rangeLength(_ r: PyRange) -> Int {
        let start = Int128(r.start), stop = Int128(r.stop), step = Int128(r.step)
        let n: Int128
        if step > 0 { n = stop > start ? (stop - start + step - 1) / step : 0 }
        else if step < 0 { n = start > stop ? (start - stop - step - 1) / (-step) : 0 }
        else { n = 0 }
        return Int(clamping: n)
    }

    func rangeItem(_ r: PyRange, _ i: Int) -> Int { Int(truncatingIfNeeded: Int128(r.start) + Int128(i) * Int128(r.step)) }

    /// An iterator over `v`; lists are iterated live (appending while looping is seen).
    func iterator(_ v: Value) throws -> PyIterator {
        if case .object(let o) = v {
            if let it = o as? PyIterator { return it }
            if let l = o as? PyList {
                var i = 0
                return PyIterator(next: {
                    guard i < l.items.count else { return nil }
                    defer { i += 1 }
                    return l.items[i]
                })
            }
            if let r = o as? PyRange {
                let n = rangeLength(r)
                var i = 0
                return PyIterator(next: {
                    guard i < n else { return nil }
                    defer { i += 1 }
                    return .int(self.rangeItem(r, i))
                })
            }
            if let inst = o as? PyInstance {
                if let m = inst.cls.lookup("__iter__") {
                    let it = try call(try bindIfFunction(m, v, inst.cls), [])
                    if case .object(let io) = it, io === inst {
                        guard let n = inst.cls.lookup("__next__") else { throw typeError("iter() returned non-iterator") }
                        let next = try bindIfFunction(n, v, inst.cls)
                        return PyIterator(next: {
                            do { return try self.call(next, []) } catch let e as PyErr where e.exception.cls.isSubclass(of: self.cls("StopIteration")) { return nil }
                        })
                    }
                    return try iterator(it)
                }
                if let m = inst.cls.lookup("__getitem__") {
                    let getter = try bindIfFunction(m, v, inst.cls)
                    var i = 0
                    return PyIterator(next: {
                        do { defer { i += 1 }; return try self.call(getter, [.int(i)]) }
                        catch let e as PyErr where e.exception.cls.isSubclass(of: self.cls("IndexError")) { return nil }
                    })
                }
                throw typeError("'\(typeName(v))' object is not iterable")
            }
        }
        return PyIterator(items: try iterate(v))
    }

    /// All items of an iterable.
    func iterate(_ v: Value) throws -> [Value] {
        switch v {
        case .str(let s): return s.unicodeScalars.map { .str(String($0)) }
        case .bytes(let b): return b.map { .int(Int($0)) }
        case .object(let o):
            switch o {
            case let l as PyList: return l.items
            case let t as PyTuple: return t.items
            case let d as PyDict: return d.entries.keys.map { $0.value }
            case let s as PySet: return s.items.map { $0.value }
            case let r as PyRange:
                let n = rangeLength(r)
                try checkSize(n)
                return (0..<n).map { .int(rangeItem(r, $0)) }
            case is PyIterator, is PyInstance:
                let it = try iterator(v)
                var result: [Value] = []
                while let x = try it.next() {
                    result.append(x)
                    if result.count > Interpreter.maximumYields {
                        throw InitFailure(.unsupported,
                                          "an iterator producing more than \(Interpreter.maximumYields) values is not supported at init time (an endless generator?)")
                    }
                }
                return result
            default: break
            }
        default: break
        }
        throw typeError("'\(typeName(v))' object is not iterable")
    }
}
