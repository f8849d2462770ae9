// AnnotateBuiltins.swift — annotation of built-in functions, built-in types' methods, the
// supported parts of os/math/time/sys, and rlib intrinsics (RPYTHON.md, "Built-in functions and
// methods").

import Flow
import InitTime
import Syntax

extension Annotator {

    func arity(_ op: Operation, _ name: String, _ args: [Annotation], _ shape: CallShape, _ range: ClosedRange<Int>,
               keywords: Set<String> = []) throws {
        if shape.hasStarArgs {
            throw Diagnostic(.unsupported, "'*args' in a call to \(name)() is not supported", at: op.location)
        }
        for k in shape.keywords where !keywords.contains(k) {
            throw Diagnostic(.translationError, "\(name)() got an unexpected keyword argument '\(k)'", at: op.location)
        }
        guard range.contains(shape.positional) else {
            let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw Diagnostic(.translationError, "\(name)() takes \(expected) arguments (\(shape.positional) given)", at: op.location)
        }
    }

    func keyword(_ shape: CallShape, _ args: [Annotation], _ name: String) -> Annotation? {
        guard let i = shape.keywords.firstIndex(of: name) else { return nil }
        return args[shape.positional + i]
    }

    /// Calls a function-valued argument (e.g. `key=`) with one argument of type `item`.
    func callCallable(_ op: Operation, _ callee: Annotation, with item: Annotation) throws -> Annotation {
        if case .boundMethod(let c, let name, _) = callee {
            return try methodCallAnnotation(op, receiver: .instance(c, nullable: false), name: name, args: [item],
                                            shape: CallShape(positional: 1))
        }
        if case .closure(let f, let captured) = callee {
            return try callFunction(op, f, owner: nil, leading: captured, args: [item], shape: CallShape(positional: 1))
        }
        guard case .pbc(let set, _) = callee else {
            throw Diagnostic(.translationError, "key= needs a function, not \(callee)", at: op.location)
        }
        var result: Annotation = .impossible
        for o in set.items {
            if let f = o as? PyFunction {
                result = try union(result, try callFunction(op, f, owner: nil, leading: [], args: [item],
                                                            shape: CallShape(positional: 1)))
            } else if let b = o as? PyBuiltin {
                result = try union(result, try builtinCall(op, b.name, args: [item], shape: CallShape(positional: 1)))
            } else if let c = o as? PyClass, let b = c.builtin {
                result = try union(result, try builtinCall(op, b, args: [item], shape: CallShape(positional: 1)))
            }
        }
        return result
    }

    func builtinCall(_ op: Operation, _ name: String, args: [Annotation], shape: CallShape) throws -> Annotation {
        let a0 = args.first ?? .impossible
        switch name {
        case "len":
            try arity(op, name, args, shape, 1...1)
            switch a0 {
            case .list, .str, .bytes, .dict, .set, .tuple: return .int
            default: throw Diagnostic(.translationError, "len() of \(a0)", at: op.location)
            }
        case "isinstance":
            try arity(op, name, args, shape, 2...2)
            return try isinstanceAnnotation(op, a0, op.args[2])
        case "int":
            try arity(op, name, args, shape, 0...2)
            if args.isEmpty { return .int }
            guard a0.isNumeric || (args.count == 1 && isStr(a0)) || (args.count == 2 && isStr(a0) && args[1].isIntegral) else {
                throw Diagnostic(.translationError, "int() of \(a0)", at: op.location)
            }
            return .int
        case "float":
            try arity(op, name, args, shape, 0...1)
            guard args.isEmpty || a0.isNumeric || isStr(a0) else { throw Diagnostic(.translationError, "float() of \(a0)", at: op.location) }
            return .float
        case "str", "repr":
            try arity(op, name, args, shape, 0...1)
            if let a = args.first { try checkFormattable(op, a) }
            return .str(nullable: false)
        case "bool":
            try arity(op, name, args, shape, 0...1)
            return .bool(constant: nil)
        case "chr":
            try arity(op, name, args, shape, 1...1)
            try requireInt(op, a0, "chr() argument")
            return .str(nullable: false)
        case "ord":
            try arity(op, name, args, shape, 1...1)
            guard isStr(a0) else { throw Diagnostic(.translationError, "ord() needs a one-character string, not \(a0)", at: op.location) }
            return .int
        case "abs":
            try arity(op, name, args, shape, 1...1)
            if case .bool = a0 { return .int }
            guard a0.isNumeric else { throw Diagnostic(.translationError, "abs() of \(a0)", at: op.location) }
            return a0
        case "hash":
            try arity(op, name, args, shape, 1...1)
            return .int
        case "min", "max":
            try arity(op, name, args, shape, 1...9)
            if shape.positional == 1 {
                guard case .iterator(let item, _) = try iteratorAnnotation(op, a0) else { return .impossible }
                return item
            }
            var r: Annotation = .impossible
            for a in args { r = try unionNumeric(op, r, a) }
            return r
        case "sum":
            try arity(op, name, args, shape, 1...2)
            let item = try iteratedItem(op, a0)
            if item.isImpossible {
                // an empty list so far: wait; if it stays empty, the sum is the start value
                if let d = memoizedDefaults[op.result] { return d }
                fixpointDefaults[op.result] = (args.count > 1 ? args[1] : .int, currentPoint)
                return .impossible
            }
            var r: Annotation = args.count > 1 ? args[1] : .int
            r = try unionNumeric(op, r, item)
            if case .bool = r { r = .int }
            return r
        case "any", "all":
            try arity(op, name, args, shape, 1...1)
            _ = try iteratedItem(op, a0)
            return .bool(constant: nil)
        case "print":
            try arity(op, name, args, shape, 0...64, keywords: ["sep", "end"])
            for a in args { try checkFormattable(op, a) }
            return .none
        case "list":
            try arity(op, name, args, shape, 0...1)
            let d = listDef(for: op)
            if let a = args.first { try d.generalize(try iteratedItem(op, a)) }
            d.root.resized = true
            return .list(d.root, nullable: false)
        case "sorted":
            try arity(op, name, args, shape, 1...1, keywords: ["key", "reverse"])
            let d = listDef(for: op)
            let item = try iteratedItem(op, a0)
            try d.generalize(item)
            if let key = keyword(shape, args, "key") { _ = try callCallable(op, key, with: item) }
            return .list(d.root, nullable: false)
        case "reversed":
            try arity(op, name, args, shape, 1...1)
            let d = listDef(for: op)
            try d.generalize(try iteratedItem(op, a0))
            return .list(d.root, nullable: false)
        case "enumerate":
            try arity(op, name, args, shape, 1...2)
            let d = listDef(for: op)
            try d.generalize(.tuple([.int, try iteratedItem(op, a0)]))
            return .list(d.root, nullable: false)
        case "zip":
            try arity(op, name, args, shape, 2...4)
            let d = listDef(for: op)
            try d.generalize(.tuple(try args.map { try iteratedItem(op, $0) }))
            return .list(d.root, nullable: false)
        case "range":
            try arity(op, name, args, shape, 1...3)
            for a in args { try requireInt(op, a, "range() argument") }
            let d = listDef(for: op)
            try d.generalize(.int)
            return .list(d.root, nullable: false)
        case "dict":
            try arity(op, name, args, shape, 0...1)
            let d = dictDef(for: op)
            if case .dict(let other, _)? = args.first {
                try d.unify(with: other)
            } else if let a = args.first {
                // dict(pairs): an iterable of (key, value) tuples
                let item = try iteratedItem(op, a)
                guard case .tuple(let kv) = item, kv.count == 2 else {
                    if item.isImpossible { return .dict(d.root, nullable: false) }
                    throw Diagnostic(.translationError, "dict() needs a dict or (key, value) pairs, not items of \(item)", at: op.location)
                }
                try checkHashable(op, kv[0])
                try d.generalize(key: kv[0], value: kv[1])
            }
            return .dict(d.root, nullable: false)
        case "set", "frozenset":
            try arity(op, name, args, shape, 0...1)
            let d = dictDef(for: op)
            if let a = args.first { try d.generalize(key: try iteratedItem(op, a), value: nil) }
            return .set(d.root, nullable: false)
        case "tuple":
            try arity(op, name, args, shape, 1...1)
            if case .tuple = a0 { return a0 }
            throw Diagnostic(.unsupported, "tuple() of \(a0): the length of a tuple must be known at translation time", at: op.location)
        case "divmod":
            try arity(op, name, args, shape, 2...2)
            let r = try binaryAnnotation(op, "floordiv", args[0], args[1])
            return .tuple([r, r])
        case "round":
            try arity(op, name, args, shape, 1...2)
            guard a0.isNumeric else { throw Diagnostic(.translationError, "round() of \(a0)", at: op.location) }
            if args.count == 1 { return .int }
            return a0.isIntegral ? .int : .float
        case "format":
            try arity(op, name, args, shape, 1...2)
            try checkFormattable(op, a0)
            if args.count == 2, !isStr(args[1]) { throw Diagnostic(.translationError, "format() spec must be a str", at: op.location) }
            return .str(nullable: false)
        case "type":
            try arity(op, name, args, shape, 1...1)
            guard case .instance(let c, _) = a0 else { throw Diagnostic(.unsupported, "type() of \(a0)", at: op.location) }
            if op.args.count > 1, let x = op.args[1].variable { typeOfVariable[op.result] = x }
            return .pbc(PBCSet(kind: .class, items: family(c).map { $0.pyClass }), nullable: false)
        case "object":
            throw Diagnostic(.unsupported, "object() instances are not supported", at: op.location)
        case "builtin.__init__":
            // BaseException.__init__(self, msg) / object.__init__(self)
            if case .instance(let c, _)? = args.first, isExceptionClass(c) {
                try initBuiltinException(op, args: Array(args.dropFirst()), shape: CallShape(positional: max(0, args.count - 1)))
            }
            return .none

        // os, time, math, sys
        case "os.write":
            try arity(op, name, args, shape, 2...2)
            guard case .bytes = args[1] else { throw Diagnostic(.translationError, "os.write() needs bytes, not \(args[1])", at: op.location) }
            return .int
        case "os.read": try arity(op, name, args, shape, 2...2); return .bytes(nullable: false)
        case "os.open": try arity(op, name, args, shape, 2...3); return .int
        case "os.close": try arity(op, name, args, shape, 1...1); return .none
        case "os.lseek": try arity(op, name, args, shape, 3...3); return .int
        case "os.isatty": try arity(op, name, args, shape, 1...1); return .bool(constant: nil)
        case "os.getcwd": try arity(op, name, args, shape, 0...0); return .str(nullable: false)
        case "os.getpid": try arity(op, name, args, shape, 0...0); return .int
        case "os.listdir":
            try arity(op, name, args, shape, 1...1)
            let d = listDef(for: op)
            try d.generalize(.str(nullable: false))
            d.root.resized = true
            return .list(d.root, nullable: false)
        case "os.mkdir": try arity(op, name, args, shape, 1...2); return .none
        case "os.rmdir": try arity(op, name, args, shape, 1...1); return .none
        case "os.stat":
            try arity(op, name, args, shape, 1...1)
            guard case .object(let osModule as PyModule)? = osModuleValue(),
                  case .object(let c as PyClass)? = osModule.dict["stat_result"] else {
                throw Diagnostic(.internalError, "os.stat_result is missing", at: op.location)
            }
            let cd = try classDef(for: c)
            instantiated.insert(ObjectIdentifier(cd))
            try writeField(cd, "st_mode", .int, at: op.location)
            try writeField(cd, "st_size", .int, at: op.location)
            try writeField(cd, "st_mtime", .float, at: op.location)
            return .instance(cd, nullable: false)
        case "os.strerror": try arity(op, name, args, shape, 1...1); return .str(nullable: false)
        case "os.unlink": try arity(op, name, args, shape, 1...1); return .none
        case "time.sleep": try arity(op, name, args, shape, 1...1); return .none
        case "os.getenv":
            try arity(op, name, args, shape, 1...2)
            if args.count == 2 { return try union(.str(nullable: false), args[1]) }
            return .str(nullable: true)
        case "time.time", "time.perf_counter", "time.monotonic", "time.process_time", "time.clock":
            try arity(op, name, args, shape, 0...0)
            return .float
        case "time.localtime", "time.gmtime":
            try arity(op, name, args, shape, 0...1)
            guard let timeModule = timeModule, case .object(let c as PyClass)? = timeModule.dict["struct_time"] else {
                throw Diagnostic(.internalError, "time.struct_time is missing", at: op.location)
            }
            let cd = try classDef(for: c)
            instantiated.insert(ObjectIdentifier(cd))
            for f in ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"] {
                try writeField(cd, f, .int, at: op.location)
            }
            return .instance(cd, nullable: false)
        case "sys.exit":
            try arity(op, name, args, shape, 0...1)
            return .impossible
        case "sys.stdout.write", "sys.stderr.write":
            try arity(op, name, args, shape, 1...1)
            guard isStr(a0) else { throw Diagnostic(.translationError, "\(name)() needs a str, not \(a0)", at: op.location) }
            return .int
        case "sys.stdout.flush", "sys.stderr.flush":
            return .none
        case "math.floor", "math.ceil", "math.trunc":
            try arity(op, name, args, shape, 1...1)
            return .int
        case "math.frexp":
            try arity(op, name, args, shape, 1...1)
            return .tuple([.float, .int])
        case "math.modf":
            try arity(op, name, args, shape, 1...1)
            return .tuple([.float, .float])
        case "math.fsum":
            try arity(op, name, args, shape, 1...1)
            let item = try iteratedItem(op, a0)
            guard item.isNumeric || item.isImpossible else {
                throw Diagnostic(.translationError, "math.fsum() needs numbers, not \(item)", at: op.location)
            }
            return .float
        case "math.gcd":
            try arity(op, name, args, shape, 2...2)
            return .int
        case "math.isnan", "math.isinf", "math.isfinite":
            try arity(op, name, args, shape, 1...1)
            return .bool(constant: nil)
        case _ where name.hasPrefix("math."):
            for a in args where !a.isNumeric { throw Diagnostic(.translationError, "\(name)() needs numbers, not \(a)", at: op.location) }
            return .float

        // rlib intrinsics
        case "rlib.rarithmetic.intmask", "rlib.rarithmetic.r_int":
            try arity(op, name, args, shape, 1...1)
            return .int
        case "rlib.rarithmetic.r_uint":
            try arity(op, name, args, shape, 0...1)
            return .uint
        case "rlib.rarithmetic.ovfcheck":
            throw Diagnostic(.translationError, "ovfcheck() takes one arithmetic operation, like ovfcheck(a + b)", at: op.location)
        case "rlib.objectmodel.r_dict":
            try arity(op, name, args, shape, 2...2, keywords: ["force_non_null", "simple_hash_eq"])
            guard case .pbc(let eqSet, _) = args[0], let eqFn = eqSet.functions.first,
                  case .pbc(let hashSet, _) = args[1], let hashFn = hashSet.functions.first else {
                throw Diagnostic(.translationError, "r_dict(eq, hash) needs two functions known at init time", at: op.location)
            }
            let d = dictDef(for: op)
            d.root.customEq = eqFn
            d.root.customHash = hashFn
            try feedCustomKeyFunctions(d, at: op.location)
            return .dict(d.root, nullable: false)
        case "rlib.objectmodel.we_are_translated":
            return .bool(constant: true)
        case "rlib.objectmodel.compute_hash", "rlib.objectmodel.compute_identity_hash":
            return .int
        case "rlib.objectmodel.instantiate":
            guard case .pbc(let s, _) = a0, s.kind == .class else {
                throw Diagnostic(.translationError, "instantiate() needs a class", at: op.location)
            }
            var r: Annotation = .impossible
            for c in s.classes {
                let cd = try classDef(for: c)
                instantiated.insert(ObjectIdentifier(cd))
                r = try union(r, .instance(cd, nullable: false))
            }
            return r
        case "rlib.jit.promote", "rlib.jit.promote_string", "rlib.jit.hint":
            return a0
        case "rlib.jit.we_are_jitted", "rlib.jit.isconstant", "rlib.jit.isvirtual":
            return .bool(constant: false)
        case "rlib.jit.set_param":
            return .none
        default:
            throw Diagnostic(.unsupported, "the built-in '\(name)' is not supported at run time", at: op.location)
        }
    }

    /// An r_dict's key functions are called by the dict itself: eq(key, key) and hash(key).
    func feedCustomKeyFunctions(_ d: DictDef, at loc: SourceLocation) throws {
        let r = d.root
        guard let eq = r.customEq as? PyFunction, let hash = r.customHash as? PyFunction else { return }
        if let p = currentPoint { r.readers.insert(p) }
        guard !r.storedKey.isImpossible else { return }
        let eqDesc = try description(of: eq, owner: nil, at: loc)
        try feed(eqDesc, [r.storedKey, r.storedKey], at: loc)
        let hashDesc = try description(of: hash, owner: nil, at: loc)
        try feed(hashDesc, [r.storedKey], at: loc)
    }

    /// The `os` module of the program (for its stat_result class).
    func osModuleValue() -> Value? {
        for case .object(let o as PyModule) in builtins.dict.values where o.name == "os" { return .object(o) }
        return osModule.map { .object($0) }
    }

    func isStr(_ a: Annotation) -> Bool {
        if case .str = a { return true }
        return false
    }

    func unionNumeric(_ op: Operation, _ a: Annotation, _ b: Annotation) throws -> Annotation {
        if a.isImpossible { return b }
        if a.isNumeric && b.isNumeric {
            if case .float = a { return .float }
            if case .float = b { return .float }
        }
        return try union(a, b)
    }

    func isinstanceAnnotation(_ op: Operation, _ x: Annotation, _ clsValue: FlowValue) throws -> Annotation {
        var classes: [PyClass] = []
        switch clsValue {
        case .constant(.object(let c as PyClass)): classes = [c]
        case .constant(.object(let t as PyTuple)):
            for case .object(let c as PyClass) in t.items { classes.append(c) }
        default:
            throw Diagnostic(.translationError, "isinstance() needs a class (or a tuple of classes) known at init time", at: op.location)
        }
        let builtinKinds = classes.compactMap { $0.builtin }.filter { !isBuiltinExceptionName($0, classOf($0) ?? classes[0]) }
        if !builtinKinds.isEmpty {
            // isinstance(x, int) and friends: decided by the annotation.
            let matches: Bool
            switch x {
            case .int: matches = builtinKinds.contains("int")
            case .bool: matches = builtinKinds.contains("int") || builtinKinds.contains("bool")
            case .float: matches = builtinKinds.contains("float")
            case .str: matches = builtinKinds.contains("str")
            case .list: matches = builtinKinds.contains("list")
            case .dict: matches = builtinKinds.contains("dict")
            case .tuple: matches = builtinKinds.contains("tuple")
            case .instance: matches = builtinKinds.contains("object")
            default: matches = false
            }
            if x.isNullable && matches { return .bool(constant: nil) }
            return .bool(constant: matches)
        }
        guard case .instance(let c, _) = x else { return .bool(constant: false) }
        let defs = try classes.map { try classDef(for: $0) }
        if !x.isNullable, defs.contains(where: { c.isSubclass(of: $0) }) { return .bool(constant: true) }
        let related = defs.filter { $0.isSubclass(of: c) || c.isSubclass(of: $0) }
        if related.isEmpty { return .bool(constant: false) }
        if let v = op.args[1].variable, related.count == 1 {
            let narrowed = related[0].isSubclass(of: c) ? related[0] : c
            knownTypes[op.result] = KnownType(variable: v, annotation: .instance(narrowed, nullable: false), onTrue: true)
        }
        return .bool(constant: nil)
    }

    func classOf(_ builtin: String) -> PyClass? {
        if case .object(let c as PyClass)? = builtins.dict[builtin] { return c }
        return nil
    }

    // MARK: - Methods of built-in types

    func builtinMethodAnnotation(_ op: Operation, receiver: Annotation, name: String, args: [Annotation],
                                 shape: CallShape) throws -> Annotation {
        let a0 = args.first ?? .impossible
        let where_ = "\(typeName(receiver)).\(name)"
        switch receiver {
        case .str:
            switch name {
            case "join":
                try arity(op, where_, args, shape, 1...1)
                let item = try iteratedItem(op, a0)
                guard isStr(item) || item.isImpossible else {
                    throw Diagnostic(.translationError, "str.join() needs strings, not \(item)", at: op.location)
                }
                return .str(nullable: false)
            case "split", "rsplit", "splitlines":
                try arity(op, where_, args, shape, 0...2, keywords: ["sep", "maxsplit"])
                let d = listDef(for: op)
                try d.generalize(.str(nullable: false))
                d.root.resized = true
                return .list(d.root, nullable: false)
            case "strip", "lstrip", "rstrip", "lower", "upper", "replace", "capitalize", "title", "swapcase",
                 "ljust", "rjust", "center", "zfill":
                try arity(op, where_, args, shape, 0...3)
                return .str(nullable: false)
            case "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
                 "isdecimal", "isnumeric", "isidentifier", "isprintable", "istitle", "isascii":
                try arity(op, where_, args, shape, 0...3)
                return .bool(constant: nil)
            case "find", "rfind", "index", "rindex", "count":
                try arity(op, where_, args, shape, 1...3)
                return .int
            case "encode":
                try arity(op, where_, args, shape, 0...2, keywords: ["encoding", "errors"])
                return .bytes(nullable: false)
            default: break
            }
        case .bytes:
            switch name {
            case "decode":
                try arity(op, where_, args, shape, 0...2, keywords: ["errors", "encoding"])
                return .str(nullable: false)
            case "join":
                try arity(op, where_, args, shape, 1...1)
                let item = try iteratedItem(op, a0)
                guard case .bytes = item else {
                    throw Diagnostic(.translationError, "bytes.join() needs bytes, not \(item)", at: op.location)
                }
                return .bytes(nullable: false)
            default: break
            }
        case .list(let d, _):
            switch name {
            case "append":
                try arity(op, where_, args, shape, 1...1)
                try d.generalize(a0)
                d.root.resized = true
                return .none
            case "extend":
                try arity(op, where_, args, shape, 1...1)
                try d.generalize(try iteratedItem(op, a0))
                d.root.resized = true
                return .none
            case "insert":
                try arity(op, where_, args, shape, 2...2)
                try requireInt(op, a0, "list.insert() index")
                try d.generalize(args[1])
                d.root.resized = true
                return .none
            case "pop":
                try arity(op, where_, args, shape, 0...1)
                d.root.resized = true
                return d.readItem()
            case "remove":
                try arity(op, where_, args, shape, 1...1)
                d.root.resized = true
                return .none
            case "index", "count":
                try arity(op, where_, args, shape, 1...1)
                return .int
            case "reverse", "clear":
                try arity(op, where_, args, shape, 0...0)
                if name == "clear" { d.root.resized = true }
                return .none
            case "sort":
                try arity(op, where_, args, shape, 0...0, keywords: ["key", "reverse"])
                if let key = keyword(shape, args, "key") { _ = try callCallable(op, key, with: d.readItem()) }
                return .none
            case "copy":
                try arity(op, where_, args, shape, 0...0)
                return .list(d.root, nullable: false)
            default: break
            }
        case .dict(let d, _):
            switch name {
            case "get":
                try arity(op, where_, args, shape, 1...2)
                let (_, v) = d.read()
                let dflt: Annotation = args.count > 1 ? args[1] : .none
                do { return try union(v, dflt) } catch let e as UnionError {
                    throw Diagnostic(.translationError, "dict.get(): the default does not match the values: \(e.reason)", at: op.location)
                }
            case "setdefault":
                try arity(op, where_, args, shape, 2...2)
                try d.generalize(key: a0, value: args[1])
                return d.read().value
            case "pop":
                try arity(op, where_, args, shape, 1...2)
                let (_, v) = d.read()
                return args.count > 1 ? try union(v, args[1]) : v
            case "popitem":
                let (k, v) = d.read()
                return .tuple([k, v])
            case "keys", "values", "items":
                try arity(op, where_, args, shape, 0...0)
                let (k, v) = d.read()
                let l = listDef(for: op)
                try l.generalize(name == "keys" ? k : name == "values" ? v : .tuple([k, v]))
                return .list(l.root, nullable: false)
            case "update":
                try arity(op, where_, args, shape, 1...1)
                guard case .dict(let other, _) = a0 else { throw Diagnostic(.translationError, "dict.update() needs a dict", at: op.location) }
                try d.unify(with: other)
                return .none
            case "clear":
                return .none
            case "copy":
                return .dict(d.root, nullable: false)
            default: break
            }
        case .set(let d, _):
            switch name {
            case "add", "remove", "discard":
                try arity(op, where_, args, shape, 1...1)
                if name == "add" { try d.generalize(key: a0, value: nil) }
                return .none
            case "pop":
                return d.read().key
            case "clear":
                return .none
            case "update":
                try d.generalize(key: try iteratedItem(op, a0), value: nil)
                return .none
            case "copy":
                return .set(d.root, nullable: false)
            case "issubset", "issuperset", "isdisjoint":
                return .bool(constant: nil)
            case "union", "intersection", "difference", "symmetric_difference":
                guard case .set(let other, _) = a0 else { throw Diagnostic(.translationError, "set.\(name)() needs a set", at: op.location) }
                let r = dictDef(for: op)
                try r.unify(with: d)
                try r.unify(with: other)
                return .set(r.root, nullable: false)
            default: break
            }
        default:
            break
        }
        throw Diagnostic(.translationError, "\(typeName(receiver)) has no method '\(name)' in RPython", at: op.location)
    }

    func typeName(_ a: Annotation) -> String {
        switch a {
        case .str: return "str"
        case .bytes: return "bytes"
        case .list: return "list"
        case .dict: return "dict"
        case .set: return "set"
        case .tuple: return "tuple"
        case .int: return "int"
        case .float: return "float"
        default: return a.description
        }
    }
}
