// NativeModules.swift — the built-in modules `sys`, `os`, `math` and `time` at init time.
//
// Part of stage 2 (see Modules.swift). Their functions are `PyBuiltin`s named by qualified name
// ("os.write", "math.sqrt", "sys.stdout.write") so that later stages can give them their
// run-time meaning; the closures here are what they do when init-time code calls them.

import Foundation
import OrderedCollections
import Syntax
#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    func makeNativeModule(_ name: String) -> PyModule? {
        switch name {
        case "sys": return makeSys()
        case "os": return makeOs()
        case "math": return makeMath()
        case "time": return makeTime()
        default: return nil
        }
    }

    private func native(_ m: PyModule, _ name: String, _ body: @escaping PyBuiltin.Implementation) {
        m.dict[name] = .object(PyBuiltin(name: "\(m.name).\(name)", implementation: body))
    }

    private func makeSys() -> PyModule {
        let m = PyModule(name: "sys", file: "<native>")
        m.dict["__name__"] = .str("sys")
        m.dict["argv"] = .object(PyList([.str(targetPath)]))
        native(m, "exit") { args, _ in
            let inst = PyInstance(cls: self.cls("SystemExit"))
            inst.attributes["args"] = .object(PyTuple(args))
            throw PyErr(exception: inst)
        }
        for (stream, toStderr) in [("stdout", false), ("stderr", true)] {
            let s = PyModule(name: "sys.\(stream)", file: "<native>")
            native(s, "write") { args, _ in
                try self.arity("write", args, 1...1)
                let text = try self.str(args[0], "write() argument")
                if toStderr { self.write(toStandardError: text) } else { self.output(text) }
                return .int(text.unicodeScalars.count)
            }
            native(s, "flush") { _, _ in .none }
            m.dict[stream] = .object(s)
        }
        m.dict["maxsize"] = .int(Int.max)
        m.dict["maxint"] = .int(Int.max)
        m.dict["byteorder"] = .str("little")
        m.dict["platform"] = .str("linux")
        native(m, "setrecursionlimit") { _, _ in .none }
        native(m, "getrecursionlimit") { _, _ in .int(1000) }
        return m
    }

    private func makeOs() -> PyModule {
        let m = PyModule(name: "os", file: "<native>")
        m.dict["__name__"] = .str("os")
        for (name, value) in [("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 0o100),
                              ("O_EXCL", 0o200), ("O_TRUNC", 0o1000), ("O_APPEND", 0o2000),
                              ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
            m.dict[name] = .int(value)
        }
        m.dict["sep"] = .str("/")
        m.dict["linesep"] = .str("\n")
        native(m, "write") { args, _ in
            try self.arity("write", args, 2...2)
            let fd = try self.intValue(args[0])
            let bytes: [UInt8]
            switch args[1] {
            case .bytes(let b): bytes = b
            case .str(let s): bytes = Array(s.utf8)
            default: throw self.typeError("a bytes-like object is required, not '\(self.typeName(args[1]))'")
            }
            if fd == 1 { self.output(String(decoding: bytes, as: UTF8.self)); return .int(bytes.count) }
            if fd == 2 { self.write(toStandardError: String(decoding: bytes, as: UTF8.self)); return .int(bytes.count) }
            let n = bytes.withUnsafeBytes { Glibc.write(Int32(truncatingIfNeeded: fd), $0.baseAddress, $0.count) }
            if n < 0 { throw self.pyError("OSError", "[Errno \(errno)] write failed") }
            return .int(n)
        }
        native(m, "read") { args, _ in
            try self.arity("read", args, 2...2)
            let fd = try self.intValue(args[0]), count = max(0, try self.intValue(args[1]))
            var buffer = [UInt8](repeating: 0, count: count)
            let n = buffer.withUnsafeMutableBytes { Glibc.read(Int32(truncatingIfNeeded: fd), $0.baseAddress, count) }
            if n < 0 { throw self.pyError("OSError", "[Errno \(errno)] read failed") }
            return .bytes(Array(buffer[0..<n]))
        }
        native(m, "open") { args, _ in
            try self.arity("open", args, 2...3)
            let path = try self.str(args[0], "path")
            let flags = try self.intValue(args[1])
            let mode = args.count > 2 ? try self.intValue(args[2]) : 0o777
            let fd = Glibc.open(path, Int32(truncatingIfNeeded: flags), mode_t(truncatingIfNeeded: mode))
            if fd < 0 { throw self.pyError("OSError", "[Errno \(errno)] \(String(cString: strerror(errno))): '\(path)'") }
            return .int(Int(fd))
        }
        native(m, "close") { args, _ in
            try self.arity("close", args, 1...1)
            if Glibc.close(Int32(truncatingIfNeeded: try self.intValue(args[0]))) < 0 {
                throw self.pyError("OSError", "[Errno \(errno)] close failed")
            }
            return .none
        }
        native(m, "lseek") { args, _ in
            try self.arity("lseek", args, 3...3)
            let r = Glibc.lseek(Int32(truncatingIfNeeded: try self.intValue(args[0])), off_t(try self.intValue(args[1])),
                                Int32(truncatingIfNeeded: try self.intValue(args[2])))
            if r < 0 { throw self.pyError("OSError", "[Errno \(errno)] lseek failed") }
            return .int(Int(r))
        }
        native(m, "isatty") { args, _ in
            try self.arity("isatty", args, 1...1)
            return .bool(Glibc.isatty(Int32(truncatingIfNeeded: try self.intValue(args[0]))) != 0)
        }
        native(m, "getenv") { args, _ in
            try self.arity("getenv", args, 1...2)
            if let v = ProcessInfo.processInfo.environment[try self.str(args[0], "key")] { return .str(v) }
            return args.count > 1 ? args[1] : .none
        }
        native(m, "getpid") { _, _ in .int(Int(getpid())) }
        native(m, "listdir") { args, _ in
            try self.arity("listdir", args, 0...1)
            let path = args.isEmpty ? "." : try self.str(args[0], "path")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                throw self.pyError("OSError", "[Errno 2] No such file or directory: '\(path)'")
            }
            return .object(PyList(names.map { .str($0) }))
        }
        native(m, "mkdir") { args, _ in
            try self.arity("mkdir", args, 1...2)
            if Glibc.mkdir(try self.str(args[0], "path"), 0o777) < 0 { throw self.pyError("OSError", "[Errno \(errno)] mkdir failed") }
            return .none
        }
        native(m, "rmdir") { args, _ in
            try self.arity("rmdir", args, 1...1)
            if Glibc.rmdir(try self.str(args[0], "path")) < 0 { throw self.pyError("OSError", "[Errno \(errno)] rmdir failed") }
            return .none
        }
        // os.stat() gives an instance of this class (st_mode, st_size, st_mtime)
        let statResult = PyClass(name: "stat_result", qualname: "stat_result", bases: [cls("object")], dict: [:],
                                 module: m, location: nil, builtin: "stat_result")
        m.dict["stat_result"] = .object(statResult)
        native(m, "stat") { args, _ in
            try self.arity("stat", args, 1...1)
            let path = try self.str(args[0], "path")
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: path) else {
                throw self.pyError("OSError", "[Errno 2] No such file or directory: '\(path)'")
            }
            let perms = (attrs[.posixPermissions] as? NSNumber)?.intValue ?? 0
            let type = attrs[.type] as? FileAttributeType
            let kind = type == .typeDirectory ? 0o040000 : type == .typeRegular ? 0o100000 : 0
            let r = PyInstance(cls: statResult)
            r.attributes["st_mode"] = .int(kind | perms)
            r.attributes["st_size"] = .int((attrs[.size] as? NSNumber)?.intValue ?? 0)
            r.attributes["st_mtime"] = .float((attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            return .object(r)
        }
        native(m, "getcwd") { args, _ in
            try self.arity("getcwd", args, 0...0)
            return .str(FileManager.default.currentDirectoryPath)
        }
        native(m, "strerror") { args, _ in
            try self.arity("strerror", args, 1...1)
            return .str(String(cString: strerror(Int32(truncatingIfNeeded: try self.intValue(args[0])))))
        }
        native(m, "unlink") { args, _ in
            try self.arity("unlink", args, 1...1)
            if Glibc.unlink(try self.str(args[0], "path")) < 0 { throw self.pyError("OSError", "[Errno \(errno)] unlink failed") }
            return .none
        }
        m.dict["path"] = .object(makeOsPath())
        let environ = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
            environ.entries[HashKey(.str(k))] = .str(v)
        }
        m.dict["environ"] = .object(environ)
        return m
    }

    /// `os.path`: string operations on paths (and existence tests) for init-time code that
    /// locates data files next to its module.
    private func makeOsPath() -> PyModule {
        let m = PyModule(name: "os.path", file: "<native>")
        m.dict["__name__"] = .str("os.path")
        m.dict["sep"] = .str("/")
        func strings(_ args: [Value]) throws -> [String] { try args.map { try self.str($0, "path") } }
        native(m, "join") { args, _ in
            guard !args.isEmpty else { throw self.typeError("join() missing 1 required positional argument: 'a'") }
            var result = ""
            for part in try strings(args) {
                if part.hasPrefix("/") { result = part }
                else if result.isEmpty || result.hasSuffix("/") { result += part }
                else { result += "/" + part }
            }
            return .str(result)
        }
        func split(_ p: String) -> (String, String) {
            guard let slash = p.lastIndex(of: "/") else { return ("", p) }
            var head = String(p[...slash])
            let tail = String(p[p.index(after: slash)...])
            if head.count > 1 && !head.allSatisfy({ $0 == "/" }) { while head.hasSuffix("/") { head.removeLast() } }
            return (head, tail)
        }
        native(m, "split") { args, _ in
            try self.arity("split", args, 1...1)
            let (h, t) = split(try strings(args)[0])
            return .object(PyTuple([.str(h), .str(t)]))
        }
        native(m, "dirname") { args, _ in try self.arity("dirname", args, 1...1); return .str(split(try strings(args)[0]).0) }
        native(m, "basename") { args, _ in try self.arity("basename", args, 1...1); return .str(split(try strings(args)[0]).1) }
        native(m, "splitext") { args, _ in
            try self.arity("splitext", args, 1...1)
            let p = try strings(args)[0]
            let (_, tail) = split(p)
            if let dot = tail.lastIndex(of: "."), dot != tail.startIndex, !tail[..<dot].allSatisfy({ $0 == "." }) {
                let ext = String(tail[dot...])
                return .object(PyTuple([.str(String(p.dropLast(ext.count))), .str(ext)]))
            }
            return .object(PyTuple([.str(p), .str("")]))
        }
        native(m, "abspath") { args, _ in
            try self.arity("abspath", args, 1...1)
            return .str(URL(fileURLWithPath: try strings(args)[0]).standardizedFileURL.path)
        }
        for (name, test) in [("exists", 0), ("isfile", 1), ("isdir", 2)] {
            native(m, name) { args, _ in
                try self.arity(name, args, 1...1)
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: try strings(args)[0], isDirectory: &isDirectory)
                switch test {
                case 0: return .bool(exists)
                case 1: return .bool(exists && !isDirectory.boolValue)
                default: return .bool(exists && isDirectory.boolValue)
                }
            }
        }
        return m
    }

    private func makeMath() -> PyModule {
        let m = PyModule(name: "math", file: "<native>")
        m.dict["__name__"] = .str("math")
        m.dict["pi"] = .float(Double.pi)
        m.dict["e"] = .float(M_E)
        m.dict["tau"] = .float(2 * Double.pi)
        m.dict["inf"] = .float(.infinity)
        m.dict["nan"] = .float(.nan)
        func unary(_ name: String, domain: @escaping (Double) -> Bool = { _ in true }, _ f: @escaping (Double) -> Double) {
            native(m, name) { args, _ in
                try self.arity(name, args, 1...1)
                let x = try self.toFloatArgument(args[0])
                if !domain(x) { throw self.pyError("ValueError", "math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw self.pyError("OverflowError", "math range error") }
                return .float(r)
            }
        }
        unary("sqrt", domain: { $0 >= 0 || $0.isNaN }, Foundation.sqrt)
        unary("exp", Foundation.exp)
        unary("log10", domain: { $0 > 0 || $0.isNaN }, Foundation.log10)
        unary("log2", domain: { $0 > 0 || $0.isNaN }, Foundation.log2)
        unary("sin", Foundation.sin); unary("cos", Foundation.cos); unary("tan", Foundation.tan)
        unary("asin", domain: { abs($0) <= 1 }, Foundation.asin)
        unary("acos", domain: { abs($0) <= 1 }, Foundation.acos)
        unary("atan", Foundation.atan)
        unary("sinh", Foundation.sinh); unary("cosh", Foundation.cosh); unary("tanh", Foundation.tanh)
        unary("fabs", Swift.abs)
        unary("degrees") { $0 * 180 / Double.pi }
        unary("radians") { $0 * Double.pi / 180 }
        native(m, "log") { args, _ in
            try self.arity("log", args, 1...2)
            let x = try self.toFloatArgument(args[0])
            if x <= 0 { throw self.pyError("ValueError", "math domain error") }
            if args.count == 2 {
                let b = try self.toFloatArgument(args[1])
                if b <= 0 || b == 1 { throw self.pyError(b == 1 ? "ZeroDivisionError" : "ValueError", b == 1 ? "float division by zero" : "math domain error") }
                return .float(Foundation.log(x) / Foundation.log(b))
            }
            return .float(Foundation.log(x))
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            native(m, name) { args, _ in
                try self.arity(name, args, 1...1)
                if self.wide(args[0]) != nil { return try self.toInt(args[0], base: nil) }
                return try self.toInt(.float(try self.toFloatArgument(args[0]).rounded(rule)), base: nil)
            }
        }
        func binary(_ name: String, _ f: @escaping (Double, Double) throws -> Double) {
            native(m, name) { args, _ in
                try self.arity(name, args, 2...2)
                return .float(try f(try self.toFloatArgument(args[0]), try self.toFloatArgument(args[1])))
            }
        }
        binary("pow") { x, y in
            if x == 0 && y < 0 { throw self.pyError("ValueError", "math domain error") }
            return Foundation.pow(x, y)
        }
        binary("atan2", Foundation.atan2)
        binary("hypot", Foundation.hypot)
        binary("copysign", Foundation.copysign)
        binary("fmod") { x, y in
            if y == 0 { throw self.pyError("ValueError", "math domain error") }
            return Foundation.fmod(x, y)
        }
        binary("ldexp") { x, y in
            guard y.isFinite else { throw self.pyError("ValueError", "Expected an int as second argument to ldexp.") }
            return Foundation.scalbn(x, Int(max(-100000, min(100000, y))))
        }
        for (name, test) in [("isnan", { (d: Double) in d.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite })] {
            native(m, name) { args, _ in
                try self.arity(name, args, 1...1)
                return .bool(test(try self.toFloatArgument(args[0])))
            }
        }
        native(m, "modf") { args, _ in
            try self.arity("modf", args, 1...1)
            let x = try self.toFloatArgument(args[0])
            let i = x.rounded(.towardZero)
            return .object(PyTuple([.float(x.isInfinite ? Foundation.copysign(0, x) : x - i), .float(i)]))
        }
        native(m, "gcd") { args, _ in
            try self.arity("gcd", args, 2...2)
            var x = abs(try self.intValue(args[0])), y = abs(try self.intValue(args[1]))
            while y != 0 { (x, y) = (y, x % y) }
            return .int(x)
        }
        native(m, "fsum") { args, _ in
            try self.arity("fsum", args, 1...1)
            guard case .object(let o) = args[0] else { throw self.typeError("fsum() needs an iterable") }
            let items = (o as? PyList)?.items ?? (o as? PyTuple)?.items ?? []
            // exact summation with partial sums (init time only needs the value)
            var partials: [Double] = []
            for item in items {
                var x = try self.toFloatArgument(item)
                var kept: [Double] = []
                for var y in partials {
                    if abs(x) < abs(y) { swap(&x, &y) }
                    let hi = x + y, lo = y - (hi - x)
                    if lo != 0 { kept.append(lo) }
                    x = hi
                }
                partials = kept + [x]
            }
            return .float(partials.reduce(0, +))
        }
        native(m, "frexp") { args, _ in
            try self.arity("frexp", args, 1...1)
            let x = try self.toFloatArgument(args[0])
            if x == 0 || !x.isFinite { return .object(PyTuple([.float(x), .int(0)])) }
            let e = Int(x.exponent) + 1
            return .object(PyTuple([.float(x / Foundation.pow(2.0, Double(e))), .int(e)]))
        }
        return m
    }

    func toFloatArgument(_ v: Value) throws -> Double {
        if let d = floatValue(v) { return d }
        throw typeError("must be real number, not \(typeName(v))")
    }

    private func makeTime() -> PyModule {
        let m = PyModule(name: "time", file: "<native>")
        m.dict["__name__"] = .str("time")
        native(m, "time") { _, _ in .float(Date().timeIntervalSince1970) }
        native(m, "perf_counter") { _, _ in .float(ProcessInfo.processInfo.systemUptime) }
        native(m, "monotonic") { _, _ in .float(ProcessInfo.processInfo.systemUptime) }
        native(m, "sleep") { _, _ in .none }
        native(m, "process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
        return m
    }
}
