// Targets.swift — checks that assignment, `for`, `with` and `del` targets are assignable.
//
// Stage 1 (Syntax). The parser reads targets as ordinary expressions and then checks them
// here, reporting CPython's messages ("cannot assign to function call here. Maybe you meant
// '==' instead of '='?", "cannot delete literal", "'tuple' is an illegal expression for augmented
// assignment", ...) at the offending sub-expression.

enum TargetContext {
    /// `chainedAssign`: a target of `a = b = c` after the first (CPython adds no hint there).
    case assign, chainedAssign, forTarget, withTarget, delete
}

/// What CPython calls an expression in "cannot assign to ..." messages.
func targetNoun(_ e: Expr) -> String {
    switch e.kind {
    case .name: return "name"
    case .constant(let c):
        switch c {
        case .bool(true): return "True"
        case .bool(false): return "False"
        case .none: return "None"
        case .ellipsis: return "ellipsis"
        default: return "literal"
        }
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .namedExpr: return "named expression"
    case .lambda: return "lambda"
    case .ifExp: return "conditional expression"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .generatorExp: return "generator expression"
    case .await: return "await expression"
    case .yield, .yieldFrom: return "yield expression"
    case .compare: return "comparison"
    case .call: return "function call"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .list: return "list"
    case .tuple: return "tuple"
    case .slice: return "slice"
    }
}

extension Parser {
    func checkAssignTarget(_ e: Expr, context: TargetContext, topLevel: Bool = true) throws {
        let verb = context == .delete ? "delete" : "assign to"
        switch e.kind {
        case .name(let n):
            if n == "__debug__" { compileError("cannot \(verb) __debug__", at: e.location) }
        case .attribute, .subscript:
            return
        case .starred(let inner):
            if context == .delete { throw error("cannot delete starred", at: e.location) }
            if topLevel {
                compileError("starred assignment target must be in a list or tuple", at: e.location)
            }
            try checkAssignTarget(inner, context: context, topLevel: false)
        case .tuple(let elts), .list(let elts):
            var starred = 0
            for elt in elts {
                if case .starred = elt.kind { starred += 1 }
            }
            if starred > 1 && context != .delete {
                compileError("multiple starred expressions in assignment", at: e.location)
            }
            for elt in elts { try checkAssignTarget(elt, context: context, topLevel: false) }
        default:
            let noun = targetNoun(e)
            var message = "cannot \(verb) \(noun)"
            if context == .assign && topLevel {
                switch e.kind {
                case .ifExp, .lambda, .compare, .boolOp, .unaryOp(.not, _), .generatorExp: break
                case .constant(.bool), .constant(.none): break
                default: message += " here. Maybe you meant '==' instead of '='?"
                }
            }
            throw error(message, at: e.location)
        }
    }

    func checkAugmentedTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript:
            try checkAssignTarget(e, context: .assign)
        default:
            throw error("'\(targetNoun(e))' is an illegal expression for augmented assignment",
                        at: e.location)
        }
    }

    func checkAnnotatedTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript:
            try checkAssignTarget(e, context: .assign)
        case .list:
            throw error("only single target (not list) can be annotated", at: e.location)
        case .tuple:
            throw error("only single target (not tuple) can be annotated", at: e.location)
        default:
            throw error("illegal target for annotation", at: e.location)
        }
    }
}
