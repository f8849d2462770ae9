// CallBinding.swift — matching the arguments of a call site to a function's parameters.
//
// Keyword arguments and defaults are resolved statically (RPYTHON.md): for a call shape and a
// callee this computes, per parameter, where its value comes from. The annotator uses it to
// type parameters; the C backend uses the same answer to pass arguments.

import Flow
import InitTime
import Syntax

public enum ArgumentSource {
    /// The call's operand number i (after the callee, and after the receiver for methods).
    case operand(Int)
    /// Item i of the `*args` tuple operand.
    case starItem(operand: Int, index: Int)
    /// The parameter's default value.
    case defaultValue(Value)
    /// A tuple packed for a `*args` parameter, from these sources.
    case packed([ArgumentSource])
}

/// Binds a call's arguments to `function`'s parameters. `leading` is the number of arguments
/// supplied before the call's own operands (1 for `self` in a method call: it is operand -1).
/// `starLength` is the length of the `*args` tuple when the shape has one.
public func bindArguments(_ function: PyFunction, shape: CallShape, leading: Int = 0, starLength: Int = 0,
                          at loc: SourceLocation) throws -> [ArgumentSource] {
    let args = function.def.args
    if let kw = args.kwarg {
        throw Diagnostic(.unsupported, "'**\(kw.name)' parameters are not RPython (keyword arguments are resolved at translation time)",
                         at: kw.location, notes: [DiagnosticNote("\(function.qualname) is called here", at: loc)])
    }
    let positionalParams = args.posonlyargs + args.args
    var positional: [ArgumentSource] = (0..<leading).map { .operand($0 - leading) }
    positional += (0..<shape.positional).map { .operand($0) }
    let starOperand = shape.positional + shape.keywords.count
    if shape.hasStarArgs {
        positional += (0..<starLength).map { .starItem(operand: starOperand, index: $0) }
    }
    var result: [ArgumentSource?] = Array(repeating: nil, count: positionalParams.count)
    var extra: [ArgumentSource] = []
    for (i, src) in positional.enumerated() {
        if i < positionalParams.count { result[i] = src } else { extra.append(src) }
    }
    if !extra.isEmpty && args.vararg == nil {
        throw Diagnostic(.translationError,
                         "\(function.qualname)() takes \(positionalParams.count - leading) positional arguments but \(positional.count - leading) were given",
                         at: loc)
    }
    var kwonly: [ArgumentSource?] = Array(repeating: nil, count: args.kwonlyargs.count)
    for (k, name) in shape.keywords.enumerated() {
        let src = ArgumentSource.operand(shape.positional + k)
        if let i = positionalParams.firstIndex(where: { $0.name == name }), !args.posonlyargs.contains(where: { $0.name == name }) {
            if result[i] != nil {
                throw Diagnostic(.translationError, "\(function.qualname)() got multiple values for argument '\(name)'", at: loc)
            }
            result[i] = src
        } else if let i = args.kwonlyargs.firstIndex(where: { $0.name == name }) {
            kwonly[i] = src
        } else {
            throw Diagnostic(.translationError, "\(function.qualname)() got an unexpected keyword argument '\(name)'", at: loc)
        }
    }
    let firstDefault = positionalParams.count - function.defaults.count
    for i in 0..<positionalParams.count where result[i] == nil {
        if i >= firstDefault {
            result[i] = .defaultValue(function.defaults[i - firstDefault])
        } else {
            throw Diagnostic(.translationError,
                             "\(function.qualname)() missing required argument '\(positionalParams[i].name)'", at: loc)
        }
    }
    for (i, p) in args.kwonlyargs.enumerated() where kwonly[i] == nil {
        guard let d = function.kwDefaults[p.name] else {
            throw Diagnostic(.translationError, "\(function.qualname)() missing required keyword-only argument '\(p.name)'", at: loc)
        }
        kwonly[i] = .defaultValue(d)
    }
    var all = result.map { $0! }
    if args.vararg != nil { all.append(.packed(extra)) }
    all += kwonly.map { $0! }
    return all
}

/// The function implementing method `name` for instances of `cls` (the first definition along
/// its bases), and the class holding it; nil if that definition is not a plain function.
public func methodImplementation(_ cls: PyClass, _ name: String) -> (PyFunction, PyClass)? {
    for c in cls.mro {
        guard let v = c.dict[name] else { continue }
        if case .object(let o) = v, let f = o as? PyFunction { return (f, c) }
        return nil
    }
    return nil
}
