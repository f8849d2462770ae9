// ParserExpressions.swift — the expression half of the recursive-descent parser.
//
// Stage 1 (Syntax). One method per precedence level of the Python 3.11 grammar, from
// star-expressions and lambda down to atoms; plus calls, subscripts and slices, displays and
// comprehensions, parameter lists (shared by `def` and `lambda`) and literal decoding.
// Node locations follow CPython: a binary node sits at its left operand, a call or attribute at
// its primary, a parenthesized expression at the inner expression, a tuple at its '(' or first item.

extension Parser {
    // MARK: tuples, starred, named and conditional expressions

    /// `yield ...` or star_expressions (right-hand sides of assignments).
    func parseStarExpressionsOrYield() throws -> Expr {
        if isKeyword("yield") { return try parseYield() }
        return try parseStarExpressions()
    }

    /// `a, *b, c` — a tuple when there is a comma.
    func parseStarExpressions() throws -> Expr {
        let start = here
        let first = try parseStarExpression()
        guard isOp(",") else {
            if case .starred = first.kind, !isOp("=") {
                compileError("can't use starred expression here", at: first.location)
            }
            return first
        }
        var elts = [first]
        while eatOp(",") {
            if !startsExpression { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(elts), start)
    }

    func parseStarExpression() throws -> Expr {
        if isOp("*") {
            let star = advance()
            return Expr(.starred(try parseBitOr()), loc(star))
        }
        return try parseExpression()
    }

    /// Like star_expressions but items may be walrus expressions (match subjects).
    func parseStarNamedExpressions() throws -> Expr {
        let start = here
        let first = try parseStarNamedExpression()
        guard isOp(",") else { return first }
        var elts = [first]
        while eatOp(",") {
            if !startsExpression { break }
            elts.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(elts), start)
    }

    func parseStarNamedExpression() throws -> Expr {
        if isOp("*") {
            let star = advance()
            return Expr(.starred(try parseBitOr()), loc(star))
        }
        return try parseNamedExpression()
    }

    /// Whether the current token can begin an expression (used after a trailing comma).
    var startsExpression: Bool { startsExpression(tok) }

    func startsExpression(_ tok: Token) -> Bool {
        switch tok.kind {
        case .name:
            switch tok.text {
            case "not", "lambda", "await", "None", "True", "False", "yield": return true
            default: return !pythonKeywords.contains(tok.text)
            }
        case .number, .string: return true
        case .op: return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(tok.text)
        default: return false
        }
    }

    /// `checkEquals`: report `x = 1` written where a value is expected, as CPython does
    /// ("Maybe you meant '==' ..."); call arguments have their own message.
    func parseNamedExpression(checkEquals: Bool = true) throws -> Expr {
        if isIdentifier && peekToken().kind == .op && peekToken().text == ":=" {
            let nameTok = advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: Expr(.name(nameTok.text), loc(nameTok)), value: value),
                        loc(nameTok))
        }
        let e = try parseExpression()
        if isOp(":=") && startsExpression(peekToken()) {
            throw error("cannot use assignment expressions with \(targetNoun(e))", at: e.location)
        }
        if checkEquals && isOp("=") && startsExpression(peekToken()) {
            switch e.kind {
            case .name:
                throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: e.location)
            case .list, .tuple, .generatorExp, .constant(.bool), .constant(.none), .compare, .boolOp,
                 .unaryOp(.not, _), .ifExp, .lambda, .namedExpr:
                break
            default:
                throw error("cannot assign to \(targetNoun(e)) here. Maybe you meant '==' instead of '='?",
                            at: e.location)
            }
        }
        return e
    }

    func parseExpression() throws -> Expr {
        if isKeyword("lambda") { return try parseLambda() }
        let start = here
        let body = try parseDisjunction()
        guard isKeyword("if") else { return body }
        advance()
        let test: Expr
        let testStart = i
        do {
            test = try parseDisjunction()
        } catch let d as Diagnostic where d.message == "invalid syntax" && tok.kind != .error && i > testStart {
            // CPython backtracks to the longest condition that parses, then misses the 'else'.
            throw error("expected 'else' after 'if' expression", at: start)
        }
        guard eatKeyword("else") else {
            throw error("expected 'else' after 'if' expression", at: body.location)
        }
        let orelse = try nested { try parseExpression() }
        return Expr(.ifExp(test: test, body: body, orelse: orelse), start)
    }

    func parseLambda() throws -> Expr {
        let start = advance()
        let args = try parseParameters(closing: ":", allowAnnotations: false)
        _ = try expectOp(":")
        let saved = function
        function = FunctionContext(isFunction: true, isAsync: false, loopDepth: 0, inFunctionScope: true)
        defer { function = saved }
        let body = try nested { try parseExpression() }
        return Expr(.lambda(args, body: body), loc(start))
    }

    func parseYield() throws -> Expr {
        let start = advance()
        if !function.isFunction { compileError("'yield' outside function", at: loc(start)) }
        yields.append((i - 1, loc(start)))
        if eatKeyword("from") {
            if function.isAsync { compileError("'yield from' inside async function", at: loc(start)) }
            return Expr(.yieldFrom(try parseExpression()), loc(start))
        }
        if startsExpression && !isKeyword("yield") {
            return Expr(.yield(try parseStarExpressions()), loc(start))
        }
        return Expr(.yield(nil), loc(start))
    }

    /// Runs a recursive step, bounding the recursion so that absurd inputs (thousands of
    /// unary minuses) give an error rather than a stack overflow.
    func nested<T>(_ body: () throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > 1000 { throw error("too many nested expressions", at: here) }
        return try body()
    }

    // MARK: boolean, comparison and binary operators

    func parseDisjunction() throws -> Expr {
        let start = here
        let first = try parseConjunction()
        guard isKeyword("or") else { return first }
        var values = [first]
        while eatKeyword("or") { values.append(try parseConjunction()) }
        return Expr(.boolOp(.or, values), start)
    }

    func parseConjunction() throws -> Expr {
        let start = here
        let first = try parseInversion()
        guard isKeyword("and") else { return first }
        var values = [first]
        while eatKeyword("and") { values.append(try parseInversion()) }
        return Expr(.boolOp(.and, values), start)
    }

    func parseInversion() throws -> Expr {
        if isKeyword("not") {
            let start = advance()
            return Expr(.unaryOp(.not, try nested { try parseInversion() }), loc(start))
        }
        return try parseComparison()
    }

    func compareOperator() -> CompareOperator? {
        switch tok.kind {
        case .op:
            switch tok.text {
            case "==": return .eq
            case "!=": return .notEq
            case "<": return .lt
            case "<=": return .ltE
            case ">": return .gt
            case ">=": return .gtE
            default: return nil
            }
        case .name:
            switch tok.text {
            case "in": return .in
            case "is": return peekToken().kind == .name && peekToken().text == "not" ? .isNot : .is
            case "not": return peekToken().kind == .name && peekToken().text == "in" ? .notIn : nil
            default: return nil
            }
        default: return nil
        }
    }

    func parseComparison() throws -> Expr {
        let start = here
        let first = try parseBitOr()
        var ops: [CompareOperator] = []
        var rest: [Expr] = []
        while true {
            if isKeyword("not") && !(peekToken().kind == .name && peekToken().text == "in") {
                advance()
                throw invalidSyntax()
            }
            guard let op = compareOperator() else { break }
            advance()
            if op == .isNot || op == .notIn { advance() }
            ops.append(op)
            rest.append(try parseBitOr())
        }
        if ops.isEmpty { return first }
        return Expr(.compare(first, ops, rest), start)
    }

    /// One left-associative binary level: `next (op next)*`.
    func parseBinaryLevel(_ ops: [String: BinaryOperator], _ next: () throws -> Expr) throws -> Expr {
        let start = here
        var left = try next()
        while tok.kind == .op, let op = ops[tok.text] {
            advance()
            let right = try next()
            left = Expr(.binOp(left, op, right), start)
        }
        return left
    }

    func parseBitOr() throws -> Expr { try parseBinaryLevel(Parser.bitOrOps, parseBitXor) }
    func parseBitXor() throws -> Expr { try parseBinaryLevel(Parser.bitXorOps, parseBitAnd) }
    func parseBitAnd() throws -> Expr { try parseBinaryLevel(Parser.bitAndOps, parseShift) }
    func parseShift() throws -> Expr { try parseBinaryLevel(Parser.shiftOps, parseSum) }
    func parseSum() throws -> Expr { try parseBinaryLevel(Parser.sumOps, parseTerm) }
    func parseTerm() throws -> Expr { try parseBinaryLevel(Parser.termOps, parseFactor) }

    static let bitOrOps: [String: BinaryOperator] = ["|": .bitOr]
    static let bitXorOps: [String: BinaryOperator] = ["^": .bitXor]
    static let bitAndOps: [String: BinaryOperator] = ["&": .bitAnd]
    static let shiftOps: [String: BinaryOperator] = ["<<": .lShift, ">>": .rShift]
    static let sumOps: [String: BinaryOperator] = ["+": .add, "-": .sub]
    static let termOps: [String: BinaryOperator] = [
        "*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul,
    ]

    func parseFactor() throws -> Expr {
        if tok.kind == .op {
            let op: UnaryOperator?
            switch tok.text {
            case "+": op = .plus
            case "-": op = .minus
            case "~": op = .invert
            default: op = nil
            }
            if let op = op {
                let start = advance()
                return Expr(.unaryOp(op, try nested { try parseFactor() }), loc(start))
            }
        }
        return try parsePower()
    }

    /// `await? primary ('**' factor)?` — `**` binds tighter than a unary operator on its left
    /// and is right-associative through `factor`.
    func parsePower() throws -> Expr {
        var base: Expr
        let start0 = here
        if isKeyword("await") {
            let start = advance()
            if !function.isFunction {
                compileError("'await' outside function", at: loc(start))
            } else if !function.isAsync {
                // Allowed if this turns out to be inside a generator expression; checked later.
                strayAwaits.append((i - 1, loc(start)))
            }
            base = Expr(.await(try parsePrimary()), loc(start))
        } else {
            base = try parsePrimary()
        }
        if eatOp("**") {
            base = Expr(.binOp(base, .pow, try nested { try parseFactor() }), start0)
        }
        return base
    }

    // MARK: primaries

    func parsePrimary() throws -> Expr {
        let start = here
        var e = try parseAtom()
        while true {
            if isOp(".") {
                advance()
                let name = try expectName()
                e = Expr(.attribute(e, name.text), start)
            } else if isOp("(") {
                let open = advance()
                let (args, keywords) = try parseCallArguments(open: open)
                e = Expr(.call(e, args: args, keywords: keywords), start)
            } else if isOp("[") {
                advance()
                let index = try parseSlices()
                try closeBracket("]", after: index)
                e = Expr(.subscript(e, index), start)
            } else {
                return e
            }
        }
    }

    /// Expects a closing bracket; "Perhaps you forgot a comma?" when another expression starts.
    func closeBracket(_ close: String, after previous: Expr) throws {
        if eatOp(close) { return }
        // CPython gives no hint after a name directly followed by a string (a likely bad
        // prefix such as `fdef"..."`) or after an expression starting with a soft keyword.
        if case .name(let n) = previous.kind {
            if tok.kind == .string || ["match", "case", "_"].contains(n) { throw invalidSyntax() }
        }
        throw missingComma(after: previous.location)
    }

    /// Two expressions side by side inside brackets: CPython's "Perhaps you forgot a comma?".
    func missingComma(after previous: SourceLocation) -> Diagnostic {
        if startsExpression && tok.kind != .op || isOp("(") || isOp("[") || isOp("{") || isOp("...") {
            // CPython parses the second expression first; if that runs into a lexical error
            // (typically the end of the file inside the bracket), the lexical error wins.
            let save = i
            defer { i = save }
            do {
                _ = try parseExpression()
                if tok.kind == .error, let d = deferredError { return d }
            } catch let d as Diagnostic {
                if tok.kind == .error, let lexical = deferredError, d.message == lexical.message { return d }
            } catch {}
            i = save
            return error("invalid syntax. Perhaps you forgot a comma?", at: previous)
        }
        return invalidSyntax()
    }

    func parseSlices() throws -> Expr {
        let start = here
        let first = try parseSlice()
        guard isOp(",") else {
            if case .starred = first.kind { return Expr(.tuple([first]), start) }
            return first
        }
        var elts = [first]
        while eatOp(",") {
            if isOp("]") { break }
            elts.append(try parseSlice())
        }
        return Expr(.tuple(elts), start)
    }

    func parseSlice() throws -> Expr {
        let start = tok
        if isOp("*") {
            advance()
            return Expr(.starred(try parseBitOr()), loc(start))
        }
        var lower: Expr? = nil
        if !isOp(":") {
            let e = try parseNamedExpression()
            if !isOp(":") { return e }
            lower = e
        }
        advance()  // ':'
        var upper: Expr? = nil, step: Expr? = nil
        if !isOp(":") && !isOp(",") && !isOp("]") { upper = try parseExpression() }
        if eatOp(":") {
            if !isOp(",") && !isOp("]") { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), loc(start))
    }

    /// Arguments of a call (or class bases) after '(' up to and including ')'.
    /// `allowGenerator` is false for class bases, where `C(x for x in y)` is not allowed.
    func parseCallArguments(open: Token, allowGenerator: Bool = true) throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var seenKeyword = false, seenDoubleStar = false
        var names = Set<String>()
        while !isOp(")") {
            let start = tok
            let startIndex = i
            // The value just parsed, for "Perhaps you forgot a comma?".
            let item: Expr
            if isOp("*") {
                advance()
                let value = try parseExpression()
                if isKeyword("for") || isKeyword("async") {
                    throw error("iterable unpacking cannot be used in comprehension", at: loc(start))
                }
                if seenDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking",
                                at: loc(start))
                }
                args.append(Expr(.starred(value), loc(start)))
                item = value
            } else if isOp("**") {
                advance()
                item = try parseExpression()
                keywords.append(Keyword(name: nil, value: item, location: loc(start)))
                seenDoubleStar = true
            } else if tok.kind == .name && peekToken().kind == .op && peekToken().text == "=" {
                if pythonKeywords.contains(tok.text) {
                    if ["True", "False", "None"].contains(tok.text) {
                        throw error("cannot assign to \(tok.text)", at: loc(start))
                    }
                    throw invalidSyntax()
                }
                let name = advance().text
                advance()
                if names.contains(name) {
                    compileError("keyword argument repeated: \(name)", at: loc(start))
                }
                names.insert(name)
                item = try parseExpression()
                keywords.append(Keyword(name: name, value: item, location: loc(start)))
                if isKeyword("for") || isKeyword("async") {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: loc(start))
                }
                seenKeyword = true
            } else {
                let value = try parseNamedExpression(checkEquals: false)
                if (isKeyword("for") || isKeyword("async")) && !allowGenerator { throw invalidSyntax() }
                if isKeyword("for") || isKeyword("async") {
                    let generators = try parseComprehensionClauses("generator expression", from: startIndex)
                    let gen = Expr(.generatorExp(element: value, generators: generators), loc(open))
                    forgiveAwaits(after: startIndex)
                    if !args.isEmpty || !keywords.isEmpty || !isOp(")") {
                        throw error("Generator expression must be parenthesized", at: value.location)
                    }
                    args.append(gen)
                    continue
                }
                if isOp("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                at: value.location)
                }
                // CPython reports these at the token after the argument.
                if seenDoubleStar {
                    throw error("positional argument follows keyword argument unpacking", at: here)
                }
                if seenKeyword {
                    throw error("positional argument follows keyword argument", at: here)
                }
                args.append(value)
                item = value
            }
            if !eatOp(",") {
                if !isOp(")") { try closeBracket(")", after: item) }
            } else if let gen = args.last, case .generatorExp = gen.kind, gen.location == loc(open) {
                throw error("Generator expression must be parenthesized", at: gen.location)
            }
        }
        advance()  // ')'
        return (args, keywords)
    }

    // MARK: atoms

    func parseAtom() throws -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            switch t.text {
            case "True": advance(); return Expr(.constant(.bool(true)), loc(t))
            case "False": advance(); return Expr(.constant(.bool(false)), loc(t))
            case "None": advance(); return Expr(.constant(.none), loc(t))
            default:
                if pythonKeywords.contains(t.text) { throw invalidSyntax() }
                advance()
                return Expr(.name(t.text), loc(t))
            }
        case .number:
            advance()
            return Expr(.constant(try numberConstant(t)), loc(t))
        case .string:
            return try parseStrings()
        case .op:
            switch t.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...": advance(); return Expr(.constant(.ellipsis), loc(t))
            default: throw invalidSyntax()
            }
        default:
            throw invalidSyntax()
        }
    }

    func parseParenthesized() throws -> Expr {
        let openIndex = i
        let open = advance()
        if eatOp(")") { return Expr(.tuple([]), loc(open)) }
        if isKeyword("yield") {
            let y = try parseYield()
            _ = try expectOp(")")
            return y
        }
        let first = try parseStarNamedExpression()
        if isKeyword("for") || isKeyword("async") {
            try rejectStarred(first)
            let generators = try parseComprehensionClauses("generator expression", from: openIndex)
            if !eatOp(")") { throw invalidSyntax() }
            forgiveAwaits(after: openIndex)
            return Expr(.generatorExp(element: first, generators: generators), loc(open))
        }
        if eatOp(")") {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.location)
            }
            return first
        }
        guard isOp(",") else { try closeBracket(")", after: first); return first }
        var elts = [first]
        while eatOp(",") {
            if isOp(")") { break }
            elts.append(try parseStarNamedExpression())
        }
        try closeBracket(")", after: elts.last!)
        return Expr(.tuple(elts), loc(open))
    }

    func parseListDisplay() throws -> Expr {
        let openIndex = i
        let open = advance()
        if eatOp("]") { return Expr(.list([]), loc(open)) }
        let first = try parseStarNamedExpression()
        if isKeyword("for") || isKeyword("async") {
            try rejectStarred(first)
            let generators = try parseComprehensionClauses("list comprehension", from: openIndex)
            if !eatOp("]") { throw invalidSyntax() }
            return Expr(.listComp(element: first, generators: generators), loc(open))
        }
        var elts = [first]
        while eatOp(",") {
            if isOp("]") { break }
            elts.append(try parseStarNamedExpression())
        }
        try closeBracket("]", after: elts.last!)
        return Expr(.list(elts), loc(open))
    }

    func parseBraceDisplay() throws -> Expr {
        let openIndex = i
        let open = advance()
        if eatOp("}") { return Expr(.dict(keys: [], values: []), loc(open)) }
        // A dict when the first item is `**x` or `k: v`.
        if isOp("**") || !isOp("*") {
            var keys: [Expr?] = []
            var values: [Expr] = []
            var firstExpr: Expr? = nil
            if isOp("**") {
                let stars = advance()
                keys.append(nil)
                values.append(try parseBitOr())
                if isKeyword("for") || isKeyword("async") {
                    throw error("dict unpacking cannot be used in dict comprehension", at: loc(stars))
                }
            } else {
                let keyStart = tok
                let e = try parseNamedExpression()
                if !isOp(":") {
                    firstExpr = e
                } else {
                    // A walrus key needs parentheses: `{(k := 1): v}`.
                    if case .namedExpr = e.kind, !(keyStart.kind == .op && keyStart.text == "(") {
                        throw invalidSyntax()
                    }
                    advance()
                    try rejectStarredDictValue()
                    let v = try parseExpression()
                    if isKeyword("for") || isKeyword("async") {
                        let generators = try parseComprehensionClauses("dict comprehension", from: openIndex)
                        if !eatOp("}") { throw invalidSyntax() }
                        return Expr(.dictComp(key: e, value: v, generators: generators), loc(open))
                    }
                    keys.append(e)
                    values.append(v)
                }
            }
            if firstExpr == nil {
                while eatOp(",") {
                    if isOp("}") { break }
                    if eatOp("**") {
                        keys.append(nil)
                        values.append(try parseBitOr())
                    } else {
                        let k = try parseExpression()
                        guard eatOp(":") else {
                            if isOp("}") || isOp(",") {
                                throw error("':' expected after dictionary key", at: k.location)
                            }
                            throw invalidSyntax()
                        }
                        keys.append(k)
                        try rejectStarredDictValue()
                        values.append(try parseExpression())
                    }
                }
                try closeBracket("}", after: values.last!)
                return Expr(.dict(keys: keys, values: values), loc(open))
            }
            return try parseSetRest(open: open, openIndex: openIndex, first: firstExpr!)
        }
        return try parseSetRest(open: open, openIndex: openIndex, first: try parseStarNamedExpression())
    }

    func parseSetRest(open: Token, openIndex: Int, first: Expr) throws -> Expr {
        if isKeyword("for") || isKeyword("async") {
            try rejectStarred(first)
            let generators = try parseComprehensionClauses("set comprehension", from: openIndex)
            if !eatOp("}") { throw invalidSyntax() }
            return Expr(.setComp(element: first, generators: generators), loc(open))
        }
        var elts = [first]
        while eatOp(",") {
            if isOp("}") { break }
            elts.append(try parseStarNamedExpression())
        }
        try closeBracket("}", after: elts.last!)
        return Expr(.set(elts), loc(open))
    }

    func rejectStarred(_ element: Expr) throws {
        if case .starred = element.kind {
            throw error("iterable unpacking cannot be used in comprehension", at: element.location)
        }
    }

    func rejectStarredDictValue() throws {
        if isOp("*") { throw error("cannot use a starred expression in a dictionary value", at: here) }
    }

    /// `for target in iter if cond ...` clauses, one or more, of a comprehension whose tokens
    /// start at `startIndex`. A `yield` in it is an error, except in the first iterable
    /// (evaluated in the enclosing scope).
    func parseComprehensionClauses(_ kind: String, from startIndex: Int) throws -> [Comprehension] {
        var result: [Comprehension] = []
        var firstIter = 0..<0
        while isKeyword("for") || (isKeyword("async") && peekToken().text == "for") {
            let isAsync = eatKeyword("async")
            advance()  // 'for'
            let target = try parseTargetList()
            try checkAssignTarget(target, context: .forTarget)
            guard eatKeyword("in") else { throw invalidSyntax() }
            let iterStart = i
            let iter = try parseDisjunction()
            if result.isEmpty { firstIter = iterStart..<i }
            var ifs: [Expr] = []
            while eatKeyword("if") { ifs.append(try parseDisjunction()) }
            result.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        // `yields` is in token order: only its tail can lie inside this comprehension.
        var k = yields.count - 1
        while k >= 0 && yields[k].0 >= startIndex {
            if !firstIter.contains(yields[k].0) { compileError("'yield' inside \(kind)", at: yields[k].1) }
            k -= 1
        }
        if kind != "generator expression" && !function.isAsync && result.contains(where: { $0.isAsync }) {
            compileError("asynchronous comprehension outside of an asynchronous function",
                         at: loc(tokens[startIndex]))
        }
        return result
    }

    /// `await` in a generator expression is allowed in any function (it makes an async
    /// generator); drop the pending errors for awaits from token `index` on.
    func forgiveAwaits(after index: Int) {
        strayAwaits.removeAll { $0.0 >= index }
    }

    // MARK: targets

    /// star_targets: `a, *b, (c, d)` as in `for` and comprehension targets.
    func parseTargetList() throws -> Expr {
        let start = here
        let first = try parseTarget()
        guard isOp(",") else { return first }
        var elts = [first]
        while eatOp(",") {
            if isKeyword("in") || isOp("=") || !startsExpression { break }
            elts.append(try parseTarget())
        }
        return Expr(.tuple(elts), start)
    }

    func parseTarget() throws -> Expr {
        if isOp("*") {
            let star = advance()
            return Expr(.starred(try parseBitOr()), loc(star))
        }
        return try parseBitOr()
    }

    // MARK: parameters

    /// Parameters of a `def` (up to ')') or a `lambda` (up to ':').
    func parseParameters(closing: String, allowAnnotations: Bool) throws -> Arguments {
        var args = Arguments()
        var seenDefault = false, seenSlash = false, seenStar = false
        var bareStar: SourceLocation? = nil
        var names = Set<String>()
        func param(starred: Bool = false) throws -> Arg {
            let t = try expectName()
            if names.contains(t.text) {
                compileError("duplicate argument '\(t.text)' in function definition", at: loc(t))
            }
            names.insert(t.text)
            var annotation: Expr? = nil
            if allowAnnotations && eatOp(":") {
                if isOp("*") && starred {
                    let star = advance()
                    annotation = Expr(.starred(try parseExpression()), loc(star))
                } else {
                    annotation = try parseExpression()
                }
            }
            return Arg(name: t.text, annotation: annotation, location: loc(t))
        }
        while !isOp(closing) {
            let start = tok
            if args.kwarg != nil {
                throw error("arguments cannot follow var-keyword argument", at: here)
            }
            if isOp("/") {
                if seenSlash { throw error("/ may appear only once", at: here) }
                if seenStar { throw error("/ must be ahead of *", at: here) }
                if args.args.isEmpty { throw invalidSyntax() }
                advance()
                seenSlash = true
                args.posonlyargs = args.args
                args.args = []
            } else if isOp("*") {
                if seenStar { throw error("* argument may appear only once", at: here) }
                advance()
                seenStar = true
                if isOp(",") || isOp(closing) {
                    bareStar = loc(start)
                } else {
                    args.vararg = try param(starred: true)
                }
            } else if isOp("**") {
                advance()
                args.kwarg = try param()
                if isOp("=") { throw error("var-keyword argument cannot have default value", at: here) }
            } else {
                let a = try param()
                var def: Expr? = nil
                if eatOp("=") { def = try parseExpression() }
                if seenStar {
                    args.kwonlyargs.append(a)
                    args.kwDefaults.append(def)
                    bareStar = nil
                } else {
                    args.args.append(a)
                    if let d = def {
                        args.defaults.append(d)
                        seenDefault = true
                    } else if seenDefault {
                        throw error("non-default argument follows default argument", at: a.location)
                    }
                }
            }
            if !eatOp(",") { break }
        }
        if let star = bareStar {
            // CPython points at the '*' in a def, at the ':' in a lambda.
            throw error("named arguments must follow bare *", at: closing == ":" ? here : star)
        }
        guard isOp(closing) else { throw invalidSyntax() }
        return args
    }

    // MARK: literals

    func numberConstant(_ t: Token) throws -> Constant {
        let text = t.text.filter { $0 != "_" }
        if text.hasSuffix("j") || text.hasSuffix("J") {
            return .imaginary(Double(text.dropLast()) ?? .infinity)
        }
        let lower = text.lowercased()
        var radix = 10
        var digits = Substring(lower)
        if lower.hasPrefix("0x") { radix = 16; digits = lower.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; digits = lower.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; digits = lower.dropFirst(2) }
        else if lower.contains(".") || lower.contains("e") {
            return .float(Double(lower) ?? .infinity)
        }
        if let v = Int(digits, radix: radix) { return .int(v) }
        return .bigInt(decimalDigits(of: digits, radix: radix))
    }
}

/// The decimal digits of an unsigned integer written in `radix` (for literals beyond Int64).
func decimalDigits(of digits: Substring, radix: Int) -> String {
    // Little-endian limbs of 10^9.
    var limbs: [UInt64] = [0]
    let base: UInt64 = 1_000_000_000
    for ch in digits {
        var carry = UInt64(ch.hexDigitValue!)
        for k in 0..<limbs.count {
            let v = limbs[k] * UInt64(radix) + carry
            limbs[k] = v % base
            carry = v / base
        }
        while carry > 0 {
            limbs.append(carry % base)
            carry /= base
        }
    }
    var out = String(limbs.last!)
    for limb in limbs.dropLast().reversed() {
        let s = String(limb)
        out += String(repeating: "0", count: 9 - s.count) + s
    }
    return out
}
