// Evaluator.swift — the init-time interpreter: frames, name resolution and statements.
//
// Stage 2 of the pipeline (DESIGN.md, "Init-time evaluation"): module bodies, and every function
// they call, run here on a tree-walking interpreter over the AST. Python exceptions travel as
// `PyErr` (catchable by init-time `try`), translation-stopping problems as `InitFailure`; both
// pick up the location of the innermost statement or expression that raised and one note per
// init-time call frame they cross. Expressions live in EvaluatorExpressions.swift, operators in
// Operators.swift, attribute access and calls in Objects.swift.

import Foundation
import OrderedCollections
import Syntax

/// A Python exception propagating through init-time code.
struct PyErr: Error {
    let exception: PyInstance
    var location: SourceLocation?
    var notes: [DiagnosticNote] = []
}

/// A problem that stops translation (unsupported construct, integer overflow, ...): init-time
/// code cannot catch it.
struct InitFailure: Error {
    var kind: Diagnostic.Kind
    var message: String
    var location: SourceLocation?
    var notes: [DiagnosticNote] = []
    init(_ kind: Diagnostic.Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }
}

/// How a statement finished.
enum Completion {
    case normal, breakLoop, continueLoop
    case returned(Value)
}

/// One activation: a module body, a function call, a class body or a comprehension.
final class Frame {
    enum Kind { case module, function, classBody, comprehension }
    let kind: Kind
    let module: PyModule
    let scope: ScopeInfo?
    /// Local variables of functions and comprehensions (cells, so closures share them).
    var cells: [String: PyCell] = [:]
    /// Cells captured from enclosing functions.
    var closure: [String: PyCell]
    /// The namespace of a class body being executed.
    var classNamespace: OrderedDictionary<String, Value> = [:]
    let function: PyFunction?
    /// Set on the frame of a generator function's body (Generators.swift).
    var generator: GeneratorRun?
    /// For comprehensions: the frame that `:=` binds in.
    let parent: Frame?

    init(kind: Kind, module: PyModule, scope: ScopeInfo?, closure: [String: PyCell] = [:],
         function: PyFunction? = nil, parent: Frame? = nil) {
        self.kind = kind
        self.module = module
        self.scope = scope
        self.closure = closure
        self.function = function
        self.parent = parent
    }

    func isLocal(_ name: String) -> Bool {
        switch kind {
        case .module, .classBody: return false
        case .function, .comprehension: return scope?.locals.contains(name) ?? false
        }
    }

    /// The cell of a local variable, created unbound if needed (closures capture it early).
    func cell(_ name: String) -> PyCell {
        if let c = cells[name] { return c }
        let c = PyCell()
        cells[name] = c
        return c
    }
}

/// The init-time interpreter. One instance evaluates a whole program.
final class Interpreter {
    let sources: SourceRegistry
    var searchPath: [String]
    var modules: OrderedDictionary<String, PyModule> = [:]
    var builtins: PyModule
    var builtinClasses: [String: PyClass] = [:]
    var parsedModules: [Module] = []
    var scopeCache: [ObjectIdentifier: ScopeInfo] = [:]
    var lambdaDefs: [ObjectIdentifier: FunctionDef] = [:]
    /// Methods of built-in types by type and name (BuiltinMethods.swift).
    var methodObjects: [String: [String: PyBuiltin]] = [:]
    /// `__slots__` of classes seen by attribute stores (nil: no restriction).
    var slotCache: [ObjectIdentifier: (PyClass, Set<String>?)] = [:]
    /// Call sites of the active init-time calls (nil: called by the translator itself).
    var callSites: [SourceLocation?] = []
    /// Exceptions being handled by `except` blocks (for a bare `raise`).
    var handling: [PyErr] = []
    var depth = 0
    /// Whether integer results outside 64 bits are allowed (code of rlib modules).
    var allowBigInts = false
    /// Inside the argument of `ovfcheck(...)`: overflow raises OverflowError.
    var overflowRaises = false
    var identities: [ObjectIdentifier: Int] = [:]
    var identityKeepAlive: [PyObject] = []
    /// Where `print` and writes to fd 1/2 go at init time.
    var output: (String) -> Void
    /// The class body being executed by `import_from_mixin`'s caller.
    var classBodyStack: [Frame] = []
    /// Containers whose repr is being computed (for `[...]` on cycles).
    var reprActive: Set<ObjectIdentifier> = []
    var builtinConstructors: [String: PyBuiltin.Implementation] = [:]
    /// Directories of loaded packages, by dotted name (where their submodules live).
    var packageDirectories: [String: String] = [:]
    /// Depth of nested container comparisons and reprs.
    var nesting = 0
    /// `BaseException`, asked for on every instantiation and `except`.
    var baseException: PyClass?
    /// The target file, as `sys.argv[0]`.
    var targetPath = ""

    init(sources: SourceRegistry, searchPath: [String], output: @escaping (String) -> Void) {
        self.sources = sources
        self.searchPath = searchPath
        self.output = output
        self.builtins = PyModule(name: "builtins", file: "<builtins>")
        installBuiltins()
    }

    // MARK: - Errors

    func cls(_ name: String) -> PyClass {
        if name == "BaseException", let c = baseException { return c }
        if let c = builtinClasses[name] { return c }
        return builtinClasses["Exception"] ?? PyClass(name: name, qualname: name, bases: [],
                                                       dict: [:], module: nil, location: nil, builtin: name)
    }

    /// A Python exception of a built-in class, e.g. `pyError("ValueError", "bad")`.
    func pyError(_ className: String, _ message: String? = nil) -> PyErr {
        let inst = PyInstance(cls: cls(className))
        inst.attributes["args"] = .object(PyTuple(message.map { [.str($0)] } ?? []))
        return PyErr(exception: inst)
    }

    func typeError(_ message: String) -> PyErr { pyError("TypeError", message) }

    func unsupported(_ what: String) -> InitFailure {
        InitFailure(.unsupported, "\(what) is not supported at init time")
    }

    /// Adds a location to an error that has none yet.
    func locate(_ error: Error, _ location: SourceLocation) -> Error {
        if var e = error as? PyErr, e.location == nil { e.location = location; return e }
        if var e = error as? InitFailure, e.location == nil { e.location = location; return e }
        return error
    }

    /// Adds one call-chain note to an error leaving a frame.
    func annotate(_ error: Error, _ message: String, at location: SourceLocation?) -> Error {
        let note = DiagnosticNote(message, at: location)
        if var e = error as? PyErr { e.notes.append(note); return e }
        if var e = error as? InitFailure { e.notes.append(note); return e }
        if var e = error as? Diagnostic { e.notes.append(note); return e }
        return error
    }

    /// "ExceptionName: message" for an exception instance.
    func describe(_ exc: PyInstance) -> String {
        let msg = (try? strOf(.object(exc))) ?? ""
        return msg.isEmpty ? exc.cls.name : "\(exc.cls.name): \(msg)"
    }

    func diagnostic(_ error: Error) -> Diagnostic {
        if let e = error as? PyErr {
            return Diagnostic(.initTimeError, describe(e.exception), at: e.location ?? .unknown,
                              notes: e.notes)
        }
        if let e = error as? InitFailure {
            return Diagnostic(e.kind, e.message, at: e.location ?? .unknown, notes: e.notes)
        }
        if let d = error as? Diagnostic { return d }
        return Diagnostic(.internalError, "\(error)", at: .unknown)
    }

    // MARK: - Names

    func scope(of def: FunctionDef) -> ScopeInfo {
        let key = ObjectIdentifier(def)
        if let s = scopeCache[key] { return s }
        let s = ScopeAnalyzer.function(def)
        scopeCache[key] = s
        return s
    }

    func lookup(_ name: String, _ f: Frame) throws -> Value {
        switch f.kind {
        case .module:
            if let v = f.module.dict[name] { return v }
        case .classBody:
            if let v = f.classNamespace[name] { return v }
            if let c = f.closure[name], let v = c.value { return v }
        case .function, .comprehension:
            // Fast path: a bound local (globals and nonlocals never live in `cells`).
            if let c = f.cells[name], let v = c.value { return v }
            // Names declared `global` are neither in `locals` nor captured in `closure`.
            if let scope = f.scope {
                if scope.locals.contains(name) {
                    if let v = f.cells[name]?.value { return v }
                    throw pyError("UnboundLocalError",
                                  "cannot access local variable '\(name)' where it is not associated with a value")
                }
                if !f.closure.isEmpty, let c = f.closure[name] {
                    if let v = c.value { return v }
                    throw pyError("NameError",
                                  "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                }
            }
        }
        if let v = f.module.dict[name] { return v }
        if let v = builtins.dict[name] { return v }
        throw pyError("NameError", "name '\(name)' is not defined")
    }

    func store(_ name: String, _ value: Value, _ f: Frame) {
        switch f.kind {
        case .module: f.module.dict[name] = value
        case .classBody: f.classNamespace[name] = value
        case .function, .comprehension:
            if let c = f.cells[name] { c.value = value; return }
            if let scope = f.scope {
                if scope.globals.contains(name) { f.module.dict[name] = value; return }
                if scope.nonlocals.contains(name), let c = f.closure[name] { c.value = value; return }
            }
            if let c = f.cells[name] { c.value = value } else { f.cells[name] = PyCell(value) }
        }
    }

    func delete(_ name: String, _ f: Frame) throws {
        switch f.kind {
        case .module:
            if f.module.dict.removeValue(forKey: name) == nil {
                throw pyError("NameError", "name '\(name)' is not defined")
            }
        case .classBody:
            if f.classNamespace.removeValue(forKey: name) == nil {
                throw pyError("NameError", "name '\(name)' is not defined")
            }
        case .function, .comprehension:
            if let scope = f.scope, scope.globals.contains(name) {
                if f.module.dict.removeValue(forKey: name) == nil {
                    throw pyError("NameError", "name '\(name)' is not defined")
                }
                return
            }
            guard let c = f.cells[name], c.value != nil else {
                throw pyError("UnboundLocalError",
                              "cannot access local variable '\(name)' where it is not associated with a value")
            }
            c.value = nil
        }
    }

    /// The cells a new function (or class body) defined in `f` captures for `free` names.
    func capture(_ free: Set<String>, from f: Frame) -> [String: PyCell] {
        var result: [String: PyCell] = [:]
        for name in free.sorted() {
            switch f.kind {
            case .module: break
            case .classBody:
                if name == "__class__", let c = f.cells["__class__"] { result[name] = c }
                else if let c = f.closure[name] { result[name] = c }
            case .function, .comprehension:
                if f.scope?.globals.contains(name) == true { continue }
                if f.isLocal(name) { result[name] = f.cell(name) }
                else if let c = f.closure[name] { result[name] = c }
            }
        }
        return result
    }

    // MARK: - Statements

    func execBlock(_ body: [Stmt], _ f: Frame) throws -> Completion {
        for s in body {
            let c = try exec(s, f)
            if case .normal = c { continue }
            return c
        }
        return .normal
    }

    func exec(_ s: Stmt, _ f: Frame) throws -> Completion {
        do {
            return try execStatement(s, f)
        } catch {
            throw locate(error, s.location)
        }
    }

    private func execStatement(_ s: Stmt, _ f: Frame) throws -> Completion {
        switch s.kind {
        case .expr(let e):
            _ = try eval(e, f)
        case .assign(let targets, let value):
            let v = try eval(value, f)
            for t in targets { try assign(t, v, f) }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value, f)
        case .annAssign(let target, _, let value):
            if let value { try assign(target, try eval(value, f), f) }
        case .functionDef(let def):
            try defineFunction(def, f)
        case .classDef(let def):
            try defineClass(def, f)
        case .return(let e):
            if f.kind != .function { throw typeError("'return' outside function") }
            return .returned(try e.map { try eval($0, f) } ?? .none)
        case .if(let test, let body, let orelse):
            return try execBlock(try truthy(try eval(test, f)) ? body : orelse, f)
        case .while(let test, let body, let orelse):
            while try truthy(try eval(test, f)) {
                switch try execBlock(body, f) {
                case .breakLoop: return .normal
                case .returned(let v): return .returned(v)
                case .normal, .continueLoop: continue
                }
            }
            return try execBlock(orelse, f)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { throw unsupported("'async for'") }
            let it = try iterator(try eval(iter, f))
            while let item = try it.next() {
                try assign(target, item, f)
                switch try execBlock(body, f) {
                case .breakLoop: return .normal
                case .returned(let v): return .returned(v)
                case .normal, .continueLoop: continue
                }
            }
            return try execBlock(orelse, f)
        case .break: return .breakLoop
        case .continue: return .continueLoop
        case .pass: break
        case .raise(let exc, let cause):
            try raise(exc, cause, f)
        case .try(let body, let handlers, let orelse, let finalbody):
            return try execTry(body, handlers, orelse, finalbody, f)
        case .with(let items, let body, let isAsync):
            if isAsync { throw unsupported("'async with'") }
            return try execWith(items[...], body, f)
        case .assert(let test, let msg):
            if !(try truthy(try eval(test, f))) {
                let inst = PyInstance(cls: cls("AssertionError"))
                inst.attributes["args"] = .object(PyTuple(try msg.map { [try eval($0, f)] } ?? []))
                throw PyErr(exception: inst)
            }
        case .delete(let targets):
            for t in targets { try deleteTarget(t, f) }
        case .global, .nonlocal:
            break   // resolved by the scope analysis
        case .import(let aliases):
            for a in aliases { try importStatement(a, f, s.location) }
        case .importFrom(let module, let names, let level):
            try importFrom(module, names, level, f, s.location)
        case .match:
            throw unsupported("the 'match' statement")
        }
        return .normal
    }

    func defineFunction(_ def: FunctionDef, _ f: Frame) throws {
        if def.isAsync { throw unsupported("'async def'") }
        let defaults = try def.args.defaults.map { try eval($0, f) }
        var kwDefaults: [String: Value] = [:]
        for (arg, d) in zip(def.args.kwonlyargs, def.args.kwDefaults) {
            if let d { kwDefaults[arg.name] = try eval(d, f) }
        }
        let decorators = try def.decorators.map { try eval($0, f) }
        let fn = PyFunction(def: def, name: def.name, qualname: qualname(def.name, f), module: f.module,
                            defaults: defaults, kwDefaults: kwDefaults,
                            closure: capture(scope(of: def).free, from: f))
        var v: Value = .object(fn)
        for d in decorators.reversed() { v = try call(d, [v]) }
        store(def.name, v, f)
    }

    func qualname(_ name: String, _ f: Frame) -> String {
        switch f.kind {
        case .module: return name
        case .classBody:
            if case .str(let q)? = f.classNamespace["__qualname__"] { return "\(q).\(name)" }
            return name
        case .function, .comprehension:
            if let fn = f.function { return "\(fn.qualname).<locals>.\(name)" }
            return name
        }
    }

    private func execTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                         _ finalbody: [Stmt], _ f: Frame) throws -> Completion {
        var result: Completion = .normal
        do {
            var raised = false
            do {
                result = try execBlock(body, f)
            } catch let err as PyErr {
                raised = true
                guard let handler = try matchingHandler(err, handlers, f) else { throw err }
                if let name = handler.name { store(name, .object(err.exception), f) }
                handling.append(err)
                defer { handling.removeLast() }
                result = try execBlock(handler.body, f)
                if let name = handler.name { try? delete(name, f) }
            }
            if !raised, case .normal = result { result = try execBlock(orelse, f) }
        } catch let err as PyErr {
            if finalbody.isEmpty { throw err }
            let fc = try execBlock(finalbody, f)
            if case .normal = fc { throw err }
            return fc
        }
        let fc = try execBlock(finalbody, f)
        if case .normal = fc { return result }
        return fc
    }

    private func matchingHandler(_ err: PyErr, _ handlers: [ExceptHandler], _ f: Frame) throws -> ExceptHandler? {
        for h in handlers {
            guard let t = h.type else { return h }
            let v = try eval(t, f)
            var classes: [Value] = [v]
            if case .object(let o) = v, let tuple = o as? PyTuple { classes = tuple.items }
            for c in classes {
                guard case .object(let o) = c, let klass = o as? PyClass else {
                    throw typeError("catching classes that do not inherit from BaseException is not allowed")
                }
                if err.exception.cls.isSubclass(of: klass) { return h }
            }
        }
        return nil
    }

    private func raise(_ exc: Expr?, _ cause: Expr?, _ f: Frame) throws {
        guard let exc else {
            if var current = handling.last {
                current.notes = []
                throw current
            }
            throw pyError("RuntimeError", "No active exception to reraise")
        }
        let v = try eval(exc, f)
        let inst = try exceptionInstance(v)
        if let cause { inst.attributes["__cause__"] = try eval(cause, f) }
        throw PyErr(exception: inst)
    }

    /// The exception instance `raise v` raises (a class is instantiated without arguments).
    func exceptionInstance(_ v: Value) throws -> PyInstance {
        let base = cls("BaseException")
        if case .object(let o) = v {
            if let c = o as? PyClass, c.isSubclass(of: base) {
                if case .object(let io) = try call(v, []), let inst = io as? PyInstance { return inst }
            }
            if let inst = o as? PyInstance, inst.cls.isSubclass(of: base) { return inst }
        }
        throw typeError("exceptions must derive from BaseException")
    }

    private func execWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ f: Frame) throws -> Completion {
        guard let item = items.first else { return try execBlock(body, f) }
        let manager = try eval(item.contextExpr, f)
        let exit = try getAttribute(manager, "__exit__")
        let entered = try call(try getAttribute(manager, "__enter__"), [])
        if let target = item.optionalVars { try assign(target, entered, f) }
        let result: Completion
        do {
            result = try execWith(items.dropFirst(), body, f)
        } catch let err as PyErr {
            let suppress = try call(exit, [.object(err.exception.cls), .object(err.exception), .none])
            if try truthy(suppress) { return .normal }
            throw err
        }
        _ = try call(exit, [.none, .none, .none])
        return result
    }

    // MARK: - Assignment

    func assign(_ target: Expr, _ value: Value, _ f: Frame) throws {
        switch target.kind {
        case .name(let n):
            store(n, value, f)
        case .attribute(let obj, let name):
            try setAttribute(try eval(obj, f), name, value)
        case .subscript(let obj, let index):
            let container = try eval(obj, f)
            try setItem(container, try eval(index, f), value)
        case .tuple(let targets), .list(let targets):
            let items = try iterate(value)
            if let star = targets.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = targets.count - star - 1
                guard items.count >= targets.count - 1 else {
                    throw pyError("ValueError", "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
                }
                for i in 0..<star { try assign(targets[i], items[i], f) }
                if case .starred(let inner) = targets[star].kind {
                    try assign(inner, .object(PyList(Array(items[star..<(items.count - after)]))), f)
                }
                for i in 0..<after { try assign(targets[star + 1 + i], items[items.count - after + i], f) }
            } else {
                if items.count > targets.count {
                    throw pyError("ValueError", "too many values to unpack (expected \(targets.count))")
                }
                if items.count < targets.count {
                    throw pyError("ValueError", "not enough values to unpack (expected \(targets.count), got \(items.count))")
                }
                for (t, v) in zip(targets, items) { try assign(t, v, f) }
            }
        case .starred:
            throw typeError("starred assignment target must be in a list or tuple")
        default:
            throw InitFailure(.initTimeError, "cannot assign to this expression", at: target.location)
        }
    }

    private func augAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, _ f: Frame) throws {
        switch target.kind {
        case .name(let n):
            let old = try lookup(n, f)
            store(n, try inplaceOp(op, old, try eval(valueExpr, f)), f)
        case .attribute(let objExpr, let name):
            let obj = try eval(objExpr, f)
            let old = try getAttribute(obj, name)
            try setAttribute(obj, name, try inplaceOp(op, old, try eval(valueExpr, f)))
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, f)
            let index = try eval(indexExpr, f)
            let old = try getItem(obj, index)
            try setItem(obj, index, try inplaceOp(op, old, try eval(valueExpr, f)))
        default:
            throw InitFailure(.initTimeError, "illegal expression for augmented assignment", at: target.location)
        }
    }

    /// `a op= b`: lists, dicts and sets are updated in place, everything else rebinds.
    func inplaceOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a {
            if let l = o as? PyList {
                if op == .add { l.items += try iterate(b); return a }
                if op == .mul, case .int(let n) = b {
                    l.items = try repeated(l.items, n)
                    return a
                }
            }
            if let s = o as? PySet, !s.isFrozen, case .object(let bo) = b, let other = bo as? PySet {
                switch op {
                case .bitOr: s.items.formUnion(other.items); return a
                case .bitAnd: s.items = s.items.filter { other.items.contains($0) }; return a
                case .sub: s.items = s.items.filter { !other.items.contains($0) }; return a
                case .bitXor:
                    s.items = s.items.filter { !other.items.contains($0) }
                        .union(other.items.filter { !s.items.contains($0) })
                    return a
                default: break
                }
            }
            if let inst = o as? PyInstance, let m = inst.cls.lookup("__i\(dunderName(op))__") {
                return try call(try bindIfFunction(m, a, inst.cls), [b])
            }
        }
        return try binaryOp(op, a, b)
    }

    private func deleteTarget(_ t: Expr, _ f: Frame) throws {
        switch t.kind {
        case .name(let n): try delete(n, f)
        case .attribute(let obj, let name): try deleteAttribute(try eval(obj, f), name)
        case .subscript(let obj, let index): try deleteItem(try eval(obj, f), try eval(index, f))
        case .tuple(let items), .list(let items): for i in items { try deleteTarget(i, f) }
        default: throw InitFailure(.initTimeError, "cannot delete this expression", at: t.location)
        }
    }

    // MARK: - Classes

    func defineClass(_ def: ClassDef, _ f: Frame) throws {
        let bases = try def.bases.map { try eval($0, f) }
        for k in def.keywords where k.name != nil {
            throw unsupported("class keyword argument '\(k.name ?? "")' (metaclasses)")
        }
        let decorators = try def.decorators.map { try eval($0, f) }
        let info: ScopeInfo
        if let s = scopeCache[ObjectIdentifier(def)] { info = s } else {
            info = ScopeAnalyzer.classBody(def)
            scopeCache[ObjectIdentifier(def)] = info
        }
        let body = Frame(kind: .classBody, module: f.module, scope: info, closure: capture(info.free, from: f),
                         function: f.function, parent: f)
        let classCell = PyCell()
        body.cells["__class__"] = classCell
        body.classNamespace["__module__"] = .str(f.module.name)
        body.classNamespace["__qualname__"] = .str(qualname(def.name, f))
        classBodyStack.append(body)
        defer { classBodyStack.removeLast() }
        let c = try execBlock(def.body, body)
        if case .returned = c { throw typeError("'return' outside function") }
        let klass = try makeClass(name: def.name, bases: bases, namespace: body.classNamespace,
                                  module: f.module, location: def.location)
        classCell.value = .object(klass)
        var v: Value = .object(klass)
        for d in decorators.reversed() { v = try call(d, [v]) }
        store(def.name, v, f)
    }

    /// Builds a class from its bases and body namespace: mixin bases (`_mixin_ = True`) have
    /// their members copied in (own names win) and are not recorded as bases.
    func makeClass(name: String, bases: [Value], namespace: OrderedDictionary<String, Value>,
                   module: PyModule?, location: SourceLocation?) throws -> PyClass {
        var realBases: [PyClass] = []
        var mixins: [PyClass] = []
        for b in bases {
            guard case .object(let o) = b, let bc = o as? PyClass else {
                throw typeError("class \(name): base is not a class: \(try reprOf(b))")
            }
            if case .bool(true)? = bc.dict["_mixin_"] { mixins.append(bc) } else { realBases.append(bc) }
        }
        if realBases.count > 1 {
            throw InitFailure(.translationError,
                              "class \(name) has several non-mixin bases (\(realBases.map { $0.name }.joined(separator: ", "))); RPython allows single inheritance plus mixins marked _mixin_ = True",
                              at: location)
        }
        if realBases.isEmpty { realBases = [cls("object")] }
        var dict = namespace
        dict.removeValue(forKey: "__qualname__")
        dict.removeValue(forKey: "__module__")
        let skipped: Set<String> = ["_mixin_", "__module__", "__qualname__", "__doc__"]
        for m in mixins {
            for mc in m.mro where mc.builtin == nil {
                for (k, v) in mc.dict where dict[k] == nil && !skipped.contains(k) { dict[k] = v }
            }
        }
        var qual = name
        if case .str(let q)? = namespace["__qualname__"] { qual = q }
        return PyClass(name: name, qualname: qual, bases: realBases, dict: dict, module: module,
                       location: location)
    }
}
