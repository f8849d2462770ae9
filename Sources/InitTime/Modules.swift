// Modules.swift — finding, loading and importing modules at init time.
//
// Part of stage 2 (see Evaluator.swift). `import x`, `import a.b as c`, `from x import y` and
// relative imports inside packages. Modules are searched in the target's folder, then the
// `--path` folders and the repository root (for `rlib`); packages are folders with `__init__.py`.
// Each module body runs once, with `__name__` set to its dotted name; rlib modules get their
// intrinsics (Intrinsics.swift) installed right after their body ran. `sys`, `os`, `math` and
// `time` are native (NativeModules.swift).

import Foundation
import OrderedCollections
import Syntax

extension Interpreter {
    func importStatement(_ alias: Alias, _ f: Frame, _ location: SourceLocation) throws {
        let leaf = try importModule(alias.name, location)
        if let asname = alias.asname {
            store(asname, .object(leaf), f)
        } else {
            let top = String(alias.name.split(separator: ".").first ?? Substring(alias.name))
            store(top, .object(modules[top] ?? leaf), f)
        }
    }

    /// The package a module's relative imports start from.
    private func packageName(of m: PyModule) -> String {
        if packageDirectories[m.name] != nil { return m.name }
        guard let dot = m.name.lastIndex(of: ".") else { return "" }
        return String(m.name[..<dot])
    }

    func importFrom(_ module: String?, _ names: [Alias], _ level: Int, _ f: Frame, _ location: SourceLocation) throws {
        var base = module ?? ""
        if level > 0 {
            var parts = packageName(of: f.module).split(separator: ".").map(String.init)
            if parts.isEmpty || level - 1 >= parts.count {
                throw pyError("ImportError", "attempted relative import with no known parent package")
            }
            parts.removeLast(min(level - 1, parts.count))
            base = (parts + (module.map { [$0] } ?? [])).joined(separator: ".")
        }
        let m = try importModule(base, location)
        for alias in names {
            if alias.name == "*" {
                var exported: [String] = m.dict.keys.filter { !$0.hasPrefix("_") }
                if let all = m.dict["__all__"] { exported = try iterate(all).map { try str($0, "__all__ item") } }
                for n in exported { if let v = m.dict[n] { store(n, v, f) } }
                continue
            }
            if let v = m.dict[alias.name] {
                store(alias.asname ?? alias.name, v, f)
            } else if packageDirectories[m.name] != nil, let sub = try? importModule("\(base).\(alias.name)", location) {
                store(alias.asname ?? alias.name, .object(sub), f)
            } else {
                throw pyError("ImportError", "cannot import name '\(alias.name)' from '\(m.name)' (\(m.file))")
            }
        }
    }

    /// Imports a dotted module name (and its parent packages), returning the leaf module.
    func importModule(_ dotted: String, _ location: SourceLocation?) throws -> PyModule {
        if let m = modules[dotted] { return m }
        var parts = dotted.split(separator: ".").map(String.init)
        guard let last = parts.popLast(), !last.isEmpty else {
            throw pyError("ModuleNotFoundError", "No module named '\(dotted)'")
        }
        var directories = searchPath
        var parent: PyModule?
        if !parts.isEmpty {
            let parentName = parts.joined(separator: ".")
            let p = try importModule(parentName, location)
            if let m = modules[dotted] { return m }
            guard let dir = packageDirectories[parentName] else {
                throw pyError("ModuleNotFoundError", "No module named '\(dotted)'; '\(parentName)' is not a package")
            }
            directories = [dir]
            parent = p
        } else if let native = makeNativeModule(dotted) {
            modules[dotted] = native
            if dotted == "os", case .object(let sub as PyModule)? = native.dict["path"] { modules["os.path"] = sub }
            return native
        }
        let fm = FileManager.default
        for dir in directories {
            let base = dir.isEmpty ? last : (dir.hasSuffix("/") ? dir + last : dir + "/" + last)
            var isDirectory: ObjCBool = false
            let initFile = base + "/__init__.py"
            if fm.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue, fm.fileExists(atPath: initFile) {
                return try loadModule(dotted, file: initFile, packageDirectory: base, parent: parent, importedAt: location)
            }
            if fm.fileExists(atPath: base + ".py") {
                return try loadModule(dotted, file: base + ".py", packageDirectory: nil, parent: parent, importedAt: location)
            }
        }
        throw pyError("ModuleNotFoundError", "No module named '\(dotted)'")
    }

    /// Parses and runs one module file under the given dotted name.
    func loadModule(_ dotted: String, file: String, packageDirectory: String?, parent: PyModule?,
                    importedAt location: SourceLocation?) throws -> PyModule {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw pyError("ImportError", "cannot read \(file)")
        }
        let source = String(decoding: data, as: UTF8.self)
        let m = PyModule(name: dotted, file: file)
        sources.register(file: file, lines: source.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.hasSuffix("\r") ? $0.dropLast() : $0)
        })
        do {
            let ast = try parseModule(source: source, file: file)
            sources.register(file: file, lines: ast.lines)
            parsedModules.append(ast)
            m.dict["__name__"] = .str(dotted)
            m.dict["__file__"] = .str(file)
            if let packageDirectory {
                packageDirectories[dotted] = packageDirectory
                m.dict["__path__"] = .object(PyList([.str(packageDirectory)]))
            }
            m.dict["__doc__"] = docstring(ast.body)
            modules[dotted] = m
            let frame = Frame(kind: .module, module: m, scope: nil)
            let savedBig = allowBigInts
            allowBigInts = isRlibModule(m)
            defer { allowBigInts = savedBig }
            let c = try execBlock(ast.body, frame)
            if case .returned = c { throw InitFailure(.initTimeError, "'return' outside function", at: SourceLocation(file: file, line: 1, column: 1)) }
        } catch {
            modules.removeValue(forKey: dotted)
            packageDirectories.removeValue(forKey: dotted)
            guard let location else { throw error }
            throw annotate(error, "in module \(dotted) imported here", at: location)
        }
        installIntrinsics(m)
        if let parent, let leaf = dotted.split(separator: ".").last { parent.dict[String(leaf)] = .object(m) }
        return m
    }
}
