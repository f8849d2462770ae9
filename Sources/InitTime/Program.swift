// Program.swift — the public entry point of stage 2 and its result.
//
// `evaluateTarget` loads the target module (named after its file stem, so that
// `if __name__ == '__main__':` never runs), runs every module it imports, calls
// `target(argv)` to get the entry point and `jitpolicy()` if defined. The resulting `Program`
// holds the heap init time left behind: the prebuilt constants later stages read.
//
// Where init time knowingly differs from CPython (RPYTHON.md's contract, or translator needs):
// - integers are 64-bit words: a result outside Int64 is the diagnostic "integer overflow at init
//   time" (inside `ovfcheck(...)` it raises OverflowError); only rlib modules may hold wider
//   integers (`PyBigInt`, e.g. `_MASK = (1 << 64) - 1`);
// - generator functions are lazy (Generators.swift) but generator expressions, `map` and
//   `filter` are evaluated when created; `dict.keys()/values()/items()` are list snapshots;
//   `send`/`throw` on generators are not supported; a dropped generator's `finally` blocks do
//   not run;
// - `hash()`/`id()`/`compute_identity_hash` are deterministic (no address, no string-hash
//   randomization), so translation output is reproducible;
// - `exec`, `eval`, `open`, metaclasses, `async`, `match`, complex numbers and subclassing
//   built-in containers are `unsupported` diagnostics; `r_dict` cannot be created at init time;
// - sequences larger than 2**28 items or bytes raise MemoryError instead of exhausting memory.

import Foundation
import OrderedCollections
import Syntax

public struct InitTimeOptions {
    /// Folders searched after the target's own folder (the driver passes the `--path` folders,
    /// then the repository root so that `import rlib.jit` finds rlib/).
    public var searchPath: [String]
    /// Where init-time `print`, `sys.stdout.write` and `os.write(1, ...)` go (default: stdout).
    public var output: ((String) -> Void)?
    public init(searchPath: [String]) {
        self.searchPath = searchPath
    }
}

public final class Program {
    public let sources: SourceRegistry
    /// Every module loaded, in load order (native modules included when imported).
    public let modules: OrderedDictionary<String, PyModule>
    /// The builtins namespace.
    public let builtins: PyModule
    public let targetModule: PyModule
    /// What `target(argv)` returned.
    public let entryPoint: PyFunction
    /// The result of `jitpolicy()`, if the target defines it.
    public let jitPolicy: Value?
    let interpreter: Interpreter

    init(interpreter: Interpreter, targetModule: PyModule, entryPoint: PyFunction, jitPolicy: Value?) {
        self.interpreter = interpreter
        self.sources = interpreter.sources
        self.modules = interpreter.modules
        self.builtins = interpreter.builtins
        self.targetModule = targetModule
        self.entryPoint = entryPoint
        self.jitPolicy = jitPolicy
    }

    /// A built-in class by name: "object", "int", "ValueError", ... (also the hidden ones:
    /// "NoneType", "function", "r_uint", ...). Unknown names give `Exception`.
    public func builtinClass(_ name: String) -> PyClass { interpreter.cls(name) }

    /// Calls an init-time callable after evaluation, e.g. a `specialize.memo()` function that
    /// the annotator evaluates at translation time. Errors come back as diagnostics.
    public func call(_ callee: Value, _ args: [Value]) throws -> Value {
        interpreter.callSites.append(nil)
        defer { interpreter.callSites.removeLast() }
        return try onLargeStack {
            do { return try self.interpreter.call(callee, args) } catch { throw self.interpreter.diagnostic(error) }
        }
    }

    /// `str(v)` / `repr(v)` as init-time code computes them.
    public func str(_ v: Value) -> String { (try? interpreter.strOf(v)) ?? "?" }
    public func repr(_ v: Value) -> String { (try? interpreter.reprOf(v)) ?? "?" }
}

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
    init() {}
}

/// Runs `body` on a thread with a large stack: the tree-walking evaluator recurses deeply
/// (Python allows 1000 nested calls, each a few dozen Swift frames).
func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.result = Result { try body() }
        done.signal()
    }
    thread.stackSize = 1 << 29
    thread.start()
    done.wait()
    guard let result = box.result else { throw Diagnostic(.internalError, "init-time evaluation did not finish", at: .unknown) }
    return try result.get()
}

public func evaluateTarget(path: String, options: InitTimeOptions, sources: SourceRegistry) throws -> Program {
    try onLargeStack { try evaluateTargetOnThisThread(path: path, options: options, sources: sources) }
}

private func evaluateTargetOnThisThread(path: String, options: InitTimeOptions, sources: SourceRegistry) throws -> Program {
    // Paths stay as the user wrote them (relative stays relative) so that diagnostics do too.
    let directory = (path as NSString).deletingLastPathComponent
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let output = options.output ?? { text in FileHandle.standardOutput.write(Data(text.utf8)) }
    let interp = Interpreter(sources: sources, searchPath: [directory] + options.searchPath, output: output)
    interp.targetPath = path
    let start = SourceLocation(file: path, line: 1, column: 1)
    guard FileManager.default.fileExists(atPath: path) else {
        throw Diagnostic(.translationError, "target file not found: \(path)", at: start)
    }
    do {
        let module = try interp.loadModule(stem, file: path, packageDirectory: nil, parent: nil, importedAt: nil)
        guard let target = module.dict["target"] else {
            throw Diagnostic(.translationError, "\(path) does not define target(argv), the function that returns the entry point",
                             at: start)
        }
        interp.callSites.append(nil)
        defer { interp.callSites.removeLast() }
        let entry = try interp.call(target, [.object(PyList([.str(path)]))])
        guard case .object(let o) = entry, let fn = o as? PyFunction else {
            var at = start
            if case .object(let t) = target, let tf = t as? PyFunction { at = tf.def.location }
            throw Diagnostic(.translationError,
                             "target(argv) in \(path) must return the entry point function, not \(try interp.reprOf(entry))",
                             at: at)
        }
        var policy: Value?
        if let jp = module.dict["jitpolicy"] { policy = try interp.call(jp, []) }
        return Program(interpreter: interp, targetModule: module, entryPoint: fn, jitPolicy: policy)
    } catch {
        throw interp.diagnostic(error)
    }
}
