// Parser.swift — recursive-descent parser for Python 3.11 statements; the public entry point.
//
// Stage 1 (Syntax). `parseModule` tokenizes (Tokenizer.swift) and parses a file into a `Module`.
// This file holds the parser state, token helpers and every statement form; expressions are in
// ParserExpressions.swift, assignment-target checks in Targets.swift, f-strings in FString.swift.
// Errors are `Diagnostic`s of kind `.syntaxError` with CPython's messages and positions.

/// Parses a whole source file. Throws a `Diagnostic` (`.syntaxError`) on the first error.
public func parseModule(source: String, file: String) throws -> Module {
    let (scalars, lines) = prepareSource(source)
    var tokenizer = Tokenizer(source: scalars, file: file)
    let tokens = tokenizer.tokenize()
    let parser = Parser(tokens: tokens, source: scalars, file: file, deferredError: tokenizer.deferredError)
    do {
        let body = try parser.parseFile()
        return Module(file: file, body: body, lines: lines)
    } catch let d as Diagnostic {
        throw parser.preferLexicalError(d)
    }
}

/// Parses a file and registers its lines in `registry` first, so that a diagnostic (from the
/// parser or a later stage) can quote the offending line even when parsing fails.
public func parseModule(source: String, file: String, registry: SourceRegistry) throws -> Module {
    registry.register(file: file, lines: prepareSource(source).lines)
    return try parseModule(source: source, file: file)
}

/// Parses a single expression (as `eval` input would be), e.g. for tests and tools.
public func parseExpression(source: String, file: String = "<expr>") throws -> Expr {
    let (scalars, _) = prepareSource(source)
    var tokenizer = Tokenizer(source: scalars, file: file)
    let tokens = tokenizer.tokenize()
    let parser = Parser(tokens: tokens, source: scalars, file: file, deferredError: tokenizer.deferredError)
    parser.function = FunctionContext(isFunction: true, isAsync: true)
    do {
        let e = try parser.parseStarExpressions()
        while parser.tok.kind == .newline { parser.i += 1 }
        guard parser.tok.kind == .endMarker else { throw parser.invalidSyntax() }
        try parser.throwCompileErrors()
        return e
    } catch let d as Diagnostic {
        throw parser.preferLexicalError(d)
    }
}

let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]

/// What the statement being parsed is nested in, for `return`/`yield`/`await`/`break` checks.
struct FunctionContext {
    var isFunction = false
    var isAsync = false
    var loopDepth = 0
    /// Inside a function somewhere up the nesting (a class body in a function may use nonlocal).
    var inFunctionScope = false
}

final class Parser {
    let tokens: [Token]
    let src: [Unicode.Scalar]
    let file: String
    var i = 0
    var function = FunctionContext()
    /// `await`s seen in non-async functions, as (token index, location); an error unless a
    /// generator expression around them forgives them (see forgiveAwaits).
    var strayAwaits: [(Int, SourceLocation)] = []
    /// The first error that CPython reports only after parsing (when compiling): 'return'
    /// outside function, duplicate argument, ... A later syntax error takes precedence.
    var compileErrors: [Diagnostic] = []
    /// Every `yield` seen, as (token index, location), to reject those in comprehensions.
    var yields: [(Int, SourceLocation)] = []
    /// Current depth of chained recursive constructs (see `nested`).
    var depth = 0
    /// The furthest token index the parser has looked at.
    var furthest = 0
    /// The tokenizer's error, reported when the parser reaches the `.error` token.
    let deferredError: Diagnostic?
    /// `source` is the text the tokens were made from (a whole file, or the text of one
    /// f-string replacement field, whose tokens carry their positions in the file).
    init(tokens: [Token], source: [Unicode.Scalar], file: String, deferredError: Diagnostic?) {
        self.tokens = tokens
        self.deferredError = deferredError
        self.src = source
        self.file = file
    }

    // MARK: tokens

    var tok: Token { tokens[i] }
    func peekToken(_ k: Int = 1) -> Token {
        let index = min(i + k, tokens.count - 1)
        furthest = max(furthest, index)
        return tokens[index]
    }

    func loc(_ t: Token) -> SourceLocation { SourceLocation(file: file, line: t.line, column: t.column) }
    var here: SourceLocation { loc(tok) }

    func isOp(_ s: String) -> Bool { tok.kind == .op && tok.text == s }
    func isKeyword(_ s: String) -> Bool { tok.kind == .name && tok.text == s }
    /// A name token that is not a reserved keyword.
    var isIdentifier: Bool { tok.kind == .name && !pythonKeywords.contains(tok.text) }

    @discardableResult
    func advance() -> Token {
        let t = tokens[i]
        if i < tokens.count - 1 { i += 1 }
        furthest = max(furthest, i)
        return t
    }

    func eatOp(_ s: String) -> Bool {
        if isOp(s) { advance(); return true }
        return false
    }

    func eatKeyword(_ s: String) -> Bool {
        if isKeyword(s) { advance(); return true }
        return false
    }

    /// A syntax error; if the parser stands at the tokenizer's error, that error instead.
    func error(_ msg: String, at location: SourceLocation) -> Diagnostic {
        if tok.kind == .error, let d = deferredError { return d }
        return Diagnostic(.syntaxError, msg, at: location)
    }

    /// The error to report for a syntax error found before the parser reached the tokenizer's
    /// error. As CPython, which tokenizes the rest of the file after a parser error, a lexical
    /// error further on wins (it is usually the cause: an unterminated string, a stray bracket),
    /// except over "unexpected indent" and over tokenizer errors that CPython does not raise while
    /// scanning ahead; an unclosed bracket wins only if it opened on a line before the parser's
    /// furthest token or at the error itself.
    func preferLexicalError(_ d: Diagnostic) -> Diagnostic {
        guard let lexical = deferredError, tokens[furthest].kind != .error else { return d }
        // CPython raises these at an INDENT/DEDENT token without looking further.
        if d.message == "unexpected indent" || d.message == "unexpected unindent" { return d }
        // Errors that CPython's tokenizer reports through an error code rather than an
        // exception do not show up when it scans ahead.
        let silent = ["unindent does not match", "inconsistent use of tabs", "unexpected character after line",
                      "unexpected EOF"]
        if silent.contains(where: { lexical.message.hasPrefix($0) }) { return d }
        if lexical.message.hasSuffix("was never closed") {
            // CPython's second pass also parses on from a bracket opened at the error.
            let opensAtError = lexical.location == d.location
            return tokens[furthest].line > lexical.location.line || opensAtError ? lexical : d
        }
        return lexical
    }

    /// Records an error that CPython's compiler (not its parser) reports; see compileErrors.
    func compileError(_ msg: String, at location: SourceLocation) {
        compileErrors.append(Diagnostic(.syntaxError, msg, at: location))
    }

    /// Throws the first recorded compile-time error, in source order.
    func throwCompileErrors() throws {
        var all = compileErrors
        for (_, at) in strayAwaits {
            all.append(Diagnostic(.syntaxError, "'await' outside async function", at: at))
        }
        if let first = all.min(by: { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) {
            throw first
        }
    }

    /// "invalid syntax" at the current token, with CPython's more specific wording where the
    /// token itself explains the problem.
    func invalidSyntax() -> Diagnostic {
        switch tok.kind {
        case .indent: return unexpectedIndent()
        case .dedent: return error("unexpected unindent", at: here)
        case .endMarker: return error("unexpected EOF while parsing", at: here)
        default: return error("invalid syntax", at: here)
        }
    }

    /// CPython puts "unexpected indent" at the last character of the indentation.
    func unexpectedIndent() -> Diagnostic {
        let next = peekToken()
        return error("unexpected indent", at: SourceLocation(file: file, line: next.line,
                                                             column: max(1, next.column - 1)))
    }

    func expectOp(_ s: String) throws -> Token {
        guard isOp(s) else { throw invalidSyntax() }
        return advance()
    }

    func expectName() throws -> Token {
        guard isIdentifier else { throw invalidSyntax() }
        return advance()
    }

    /// ':' ending a compound statement header: "expected ':'" when the line ends instead, or
    /// (`forced`, as CPython's grammar does after `else`, `try`, `finally` and a `def` header)
    /// whatever comes instead.
    func expectColon(forced: Bool = false) throws {
        if eatOp(":") { return }
        if tok.kind == .newline || (forced && tok.kind != .error) {
            throw error("expected ':'", at: here)
        }
        throw invalidSyntax()
    }

    // MARK: statements

    func parseFile() throws -> [Stmt] {
        var body: [Stmt] = []
        while tok.kind != .endMarker {
            if tok.kind == .newline { advance(); continue }
            if tok.kind == .indent { throw unexpectedIndent() }
            body += try parseStatement()
        }
        try throwCompileErrors()
        return body
    }

    /// One line's statements: a compound statement, or simple statements joined by ';'.
    func parseStatement() throws -> [Stmt] {
        if tok.kind == .name {
            switch tok.text {
            case "def", "class", "if", "while", "for", "try", "with", "async":
                return [try parseCompound(decorators: [])]
            case "match":
                if let m = try parseMatchIfPresent() { return [m] }
            default: break
            }
        }
        if isOp("@") {
            var decorators: [Expr] = []
            while eatOp("@") {
                decorators.append(try parseNamedExpression())
                guard tok.kind == .newline else { throw invalidSyntax() }
                advance()
            }
            guard isKeyword("def") || isKeyword("class") || (isKeyword("async") && peekToken().text == "def")
            else { throw invalidSyntax() }
            return [try parseCompound(decorators: decorators)]
        }
        return try parseSimpleStatements()
    }

    /// Simple statements separated by ';' (a trailing ';' is allowed), up to the NEWLINE.
    func parseSimpleStatements() throws -> [Stmt] {
        var stmts: [Stmt] = []
        repeat {
            stmts.append(try parseSimpleStatement())
        } while eatOp(";") && tok.kind != .newline
        guard tok.kind == .newline else { throw invalidSyntax() }
        advance()
        return stmts
    }

    func parseCompound(decorators: [Expr]) throws -> Stmt {
        let start = tok
        switch tok.text {
        case "def": return try parseFunctionDef(decorators: decorators, isAsync: false, start: start)
        case "class": return try parseClassDef(decorators: decorators)
        case "if": return try parseIf()
        case "while": return try parseWhile()
        case "for": return try parseFor(isAsync: false, start: start)
        case "try": return try parseTry()
        case "with": return try parseWith(isAsync: false, start: start)
        case "async":
            advance()
            if isKeyword("def") {
                return try parseFunctionDef(decorators: decorators, isAsync: true, start: start)
            }
            if !function.isAsync && (isKeyword("for") || isKeyword("with")) {
                compileError("'async \(tok.text)' outside async function", at: loc(start))
            }
            if isKeyword("for") { return try parseFor(isAsync: true, start: start) }
            if isKeyword("with") { return try parseWith(isAsync: true, start: start) }
            throw invalidSyntax()
        default:
            throw invalidSyntax()
        }
    }

    /// ':' then a block: an indented suite, or simple statements on the same line.
    /// `what` names the statement for "expected an indented block after ...".
    func parseBlock(after what: String, line: Int) throws -> [Stmt] {
        let forced = ["function definition", "'else' statement", "'try' statement", "'finally' statement"]
        try expectColon(forced: forced.contains(what))
        if tok.kind != .newline { return try parseSimpleStatements() }
        advance()
        guard tok.kind == .indent else {
            throw error("expected an indented block after \(what) on line \(line)", at: here)
        }
        advance()
        var body: [Stmt] = []
        while tok.kind != .dedent && tok.kind != .endMarker {
            if tok.kind == .indent { throw unexpectedIndent() }
            body += try parseStatement()
        }
        if tok.kind == .dedent { advance() }
        return body
    }

    func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: Token) throws -> Stmt {
        let defTok = advance()  // 'def'
        let name = try expectName().text
        guard isOp("(") else { throw error("expected '('", at: here) }
        advance()
        let args = try parseParameters(closing: ")", allowAnnotations: true)
        _ = try expectOp(")")
        var returns: Expr? = nil
        if isOp("->") {
            // Without an annotation after it, CPython reports the missing ':' at the '->'.
            if !startsExpression(peekToken()) { throw error("expected ':'", at: here) }
            advance()
            returns = try parseExpression()
        }
        let saved = function
        function = FunctionContext(isFunction: true, isAsync: isAsync, loopDepth: 0, inFunctionScope: true)
        defer { function = saved }
        let body = try parseBlock(after: "function definition", line: defTok.line)
        let def = FunctionDef(name: name, args: args, body: body, decorators: decorators,
                              returns: returns, isAsync: isAsync, location: loc(start))
        return Stmt(.functionDef(def), loc(start))
    }

    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let start = advance()
        let name = try expectName().text
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if isOp("(") {
            let open = advance()
            (bases, keywords) = try parseCallArguments(open: open, allowGenerator: false)
        }
        let saved = function
        function = FunctionContext(inFunctionScope: saved.inFunctionScope)
        defer { function = saved }
        let body = try parseBlock(after: "class definition", line: start.line)
        let cls = ClassDef(name: name, bases: bases, keywords: keywords, body: body,
                           decorators: decorators, location: loc(start))
        return Stmt(.classDef(cls), loc(start))
    }

    func parseIf() throws -> Stmt {
        let start = advance()  // 'if' or 'elif'
        let test = try parseCondition()
        let body = try parseBlock(after: "'\(start.text)' statement", line: start.line)
        var orelse: [Stmt] = []
        if isKeyword("elif") {
            orelse = [try parseIf()]
        } else if isKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), loc(start))
    }

    /// The test of `if`/`elif`/`while`, with CPython's hint for `=` written for `==`.
    func parseCondition() throws -> Expr {
        try parseNamedExpression()
    }

    func parseLoopBody(after what: String, line: Int) throws -> [Stmt] {
        function.loopDepth += 1
        defer { function.loopDepth -= 1 }
        return try parseBlock(after: what, line: line)
    }

    func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseCondition()
        let body = try parseLoopBody(after: "'while' statement", line: start.line)
        var orelse: [Stmt] = []
        if isKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), loc(start))
    }

    func parseFor(isAsync: Bool, start: Token) throws -> Stmt {
        let forTok = advance()
        let target = try parseTargetList()
        try checkAssignTarget(target, context: .forTarget)
        guard eatKeyword("in") else { throw invalidSyntax() }
        let iter = try parseStarExpressions()
        let body = try parseLoopBody(after: "'for' statement", line: forTok.line)
        var orelse: [Stmt] = []
        if isKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync),
                    loc(start))
    }

    func parseTry() throws -> Stmt {
        let start = advance()
        let body = try parseBlock(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        var sawBare: SourceLocation? = nil
        while isKeyword("except") {
            let exceptTok = advance()
            if let bare = sawBare {
                compileError("default 'except:' must be last", at: bare)
                sawBare = nil
            }
            if isOp("*") {
                throw error("'except*' (exception groups) is not supported", at: loc(exceptTok))
            }
            var type: Expr? = nil
            var name: String? = nil
            if !isOp(":") {
                type = try parseExpression()
                if isOp(",") {
                    throw error("multiple exception types must be parenthesized", at: type!.location)
                }
                if eatKeyword("as") { name = try expectName().text }
            } else {
                sawBare = loc(exceptTok)
            }
            let hbody = try parseBlock(after: "'except' statement", line: exceptTok.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, location: loc(exceptTok)))
        }
        if isKeyword("else") {
            if handlers.isEmpty { throw error("expected 'except' or 'finally' block", at: here) }
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        if isKeyword("finally") {
            let f = advance()
            finalbody = try parseBlock(after: "'finally' statement", line: f.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: here)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), loc(start))
    }

    func parseWithItem() throws -> WithItem {
        let e = try parseExpression()
        var vars: Expr? = nil
        if eatKeyword("as") {
            vars = try parseTarget()
            try checkAssignTarget(vars!, context: .withTarget)
        }
        return WithItem(contextExpr: e, optionalVars: vars)
    }

    func parseWith(isAsync: Bool, start: Token) throws -> Stmt {
        let withTok = advance()
        var items: [WithItem] = []
        // `with (a as b, c):` — parenthesized items, tried first as CPython does.
        if isOp("(") {
            let save = i
            do {
                advance()
                var parsed: [WithItem] = []
                while !isOp(")") {
                    parsed.append(try parseWithItem())
                    if !eatOp(",") { break }
                }
                _ = try expectOp(")")
                if isOp(":") && !parsed.isEmpty { items = parsed } else { i = save }
            } catch {
                i = save
            }
        }
        if items.isEmpty {
            repeat { items.append(try parseWithItem()) } while eatOp(",")
        }
        let body = try parseBlock(after: "'with' statement", line: withTok.line)
        return Stmt(.with(items: items, body: body, isAsync: isAsync), loc(start))
    }

    /// `match subject:` followed by `case` blocks, if the line is one (match is a soft keyword).
    func parseMatchIfPresent() throws -> Stmt? {
        let start = tok
        let save = i
        advance()
        let subject: Expr
        do {
            guard !isOp("=") && !isOp(".") && tok.kind != .newline else { i = save; return nil }
            subject = try parseStarNamedExpressions()
            guard isOp(":") && peekToken().kind == .newline else { i = save; return nil }
        } catch {
            i = save
            return nil
        }
        advance()  // ':'
        advance()  // NEWLINE
        guard tok.kind == .indent else {
            throw error("expected an indented block after 'match' statement on line \(start.line)", at: here)
        }
        advance()
        var cases: [MatchCase] = []
        while tok.kind != .dedent && tok.kind != .endMarker {
            guard isKeyword("case") else { throw invalidSyntax() }
            let caseTok = advance()
            let first = tok
            var depth = 0
            var last = tok
            while true {
                if tok.kind == .newline || tok.kind == .endMarker || tok.kind == .error {
                    throw error("expected ':'", at: here)
                }
                if depth == 0 && (isOp(":") || isKeyword("if")) { break }
                if tok.kind == .op {
                    if "([{".contains(tok.text) { depth += 1 }
                    if ")]}".contains(tok.text) { depth -= 1 }
                }
                last = advance()
            }
            if first.offset == tok.offset || tok.kind == .error { throw invalidSyntax() }
            let pattern = patternSource(from: first, to: last)
            var guardExpr: Expr? = nil
            if eatKeyword("if") { guardExpr = try parseNamedExpression() }
            let body = try parseBlock(after: "'case' statement", line: caseTok.line)
            cases.append(MatchCase(patternSource: pattern, guardExpr: guardExpr, body: body))
        }
        if tok.kind == .dedent { advance() }
        return Stmt(.match(subject: subject, cases: cases), loc(start))
    }

    /// The source text of a case pattern. A pattern in parentheses that is not a tuple is a
    /// group pattern, kept (as CPython does) without its parentheses.
    func patternSource(from first: Token, to last: Token) -> String {
        var lo = first.offset, hi = last.endOffset
        let startIndex = tokens.firstIndex { $0.offset == first.offset }!
        var endIndex = startIndex
        while tokens[endIndex].endOffset < last.endOffset { endIndex += 1 }
        while endIndex > startIndex + 1, tokens[startIndex].text == "(", tokens[endIndex].text == ")" {
            // The first '(' must close at the last ')', with no comma at depth 1.
            var depth = 0
            var ok = true
            for k in startIndex...endIndex {
                let t = tokens[k]
                guard t.kind == .op else { continue }
                if "([{".contains(t.text) { depth += 1 }
                if ")]}".contains(t.text) {
                    depth -= 1
                    if depth == 0 && k != endIndex { ok = false; break }
                }
                if t.text == "," && depth == 1 { ok = false; break }
            }
            if !ok { break }
            lo = tokens[startIndex + 1].offset
            hi = tokens[endIndex - 1].endOffset
            break
        }
        return makeString(src[lo..<hi])
    }

    // MARK: simple statements

    func parseSimpleStatement() throws -> Stmt {
        let start = tok
        if tok.kind == .name {
            switch tok.text {
            case "pass": advance(); return Stmt(.pass, loc(start))
            case "break":
                advance()
                if function.loopDepth == 0 { compileError("'break' outside loop", at: loc(start)) }
                return Stmt(.break, loc(start))
            case "continue":
                advance()
                if function.loopDepth == 0 {
                    compileError("'continue' not properly in loop", at: loc(start))
                }
                return Stmt(.continue, loc(start))
            case "return":
                advance()
                if !function.isFunction { compileError("'return' outside function", at: loc(start)) }
                var value: Expr? = nil
                if !atStatementEnd { value = try parseStarExpressions() }
                return Stmt(.return(value), loc(start))
            case "raise":
                advance()
                var exc: Expr? = nil, cause: Expr? = nil
                if !atStatementEnd {
                    exc = try parseExpression()
                    if eatKeyword("from") { cause = try parseExpression() }
                }
                return Stmt(.raise(exc: exc, cause: cause), loc(start))
            case "global", "nonlocal":
                advance()
                var names: [String] = []
                repeat { names.append(try expectName().text) } while eatOp(",")
                if start.text == "global" { return Stmt(.global(names), loc(start)) }
                if !function.inFunctionScope {
                    compileError("nonlocal declaration not allowed at module level", at: loc(start))
                }
                return Stmt(.nonlocal(names), loc(start))
            case "del":
                advance()
                var targets: [Expr] = []
                repeat {
                    if atStatementEnd { break }
                    let t = try parseTarget()
                    try checkAssignTarget(t, context: .delete)
                    targets.append(t)
                } while eatOp(",")
                if targets.isEmpty { throw invalidSyntax() }
                return Stmt(.delete(targets), loc(start))
            case "assert":
                advance()
                let test = try parseExpression()
                var msg: Expr? = nil
                if eatOp(",") { msg = try parseExpression() }
                return Stmt(.assert(test: test, msg: msg), loc(start))
            case "import":
                return try parseImport()
            case "from":
                return try parseFromImport()
            default: break
            }
        }
        return try parseExpressionStatement()
    }

    var atStatementEnd: Bool { tok.kind == .newline || isOp(";") || tok.kind == .endMarker }

    func parseDottedName() throws -> String {
        var name = try expectName().text
        while eatOp(".") { name += "." + (try expectName().text) }
        return name
    }

    func parseImport() throws -> Stmt {
        let start = advance()
        var names: [Alias] = []
        repeat {
            let at = tok
            let name = try parseDottedName()
            var asname: String? = nil
            if eatKeyword("as") { asname = try expectName().text }
            names.append(Alias(name: name, asname: asname, location: loc(at)))
        } while eatOp(",")
        return Stmt(.import(names), loc(start))
    }

    func parseFromImport() throws -> Stmt {
        let start = advance()
        var level = 0
        while isOp(".") || isOp("...") { level += advance().text.count }
        var module: String? = nil
        if !isKeyword("import") || level == 0 { module = try parseDottedName() }
        guard eatKeyword("import") else { throw invalidSyntax() }
        var names: [Alias] = []
        if isOp("*") {
            let star = advance()
            names.append(Alias(name: "*", asname: nil, location: loc(star)))
            return Stmt(.importFrom(module: module, names: names, level: level), loc(start))
        }
        let paren = eatOp("(")
        repeat {
            if paren && isOp(")") && !names.isEmpty { break }
            if !paren && !names.isEmpty && tok.kind == .newline {
                throw error("trailing comma not allowed without surrounding parentheses", at: here)
            }
            let at = tok
            let name = try expectName().text
            var asname: String? = nil
            if eatKeyword("as") { asname = try expectName().text }
            names.append(Alias(name: name, asname: asname, location: loc(at)))
        } while eatOp(",")
        if paren { _ = try expectOp(")") }
        return Stmt(.importFrom(module: module, names: names, level: level), loc(start))
    }

    /// At the first '=' of an assignment: whether CPython would suggest '==' for a bad target,
    /// which it does when a single value follows (not another '=' or ':=').
    func comparisonLikelyMeant() -> Bool {
        let save = i
        defer { i = save }
        advance()
        guard (try? parseBitOr()) != nil else { return false }
        return !isOp("=") && !isOp(":=")
    }

    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .sub, "*=": .mul, "@=": .matMul, "/=": .div, "//=": .floorDiv, "%=": .mod,
        "**=": .pow, "<<=": .lShift, ">>=": .rShift, "|=": .bitOr, "^=": .bitXor, "&=": .bitAnd,
    ]

    /// Expression statements and the three assignment forms.
    func parseExpressionStatement() throws -> Stmt {
        let start = tok
        var bareYields = Set<ObjectIdentifier>()
        func rhs() throws -> Expr {
            let isYield = isKeyword("yield")
            let e = try parseStarExpressionsOrYield()
            if isYield { bareYields.insert(ObjectIdentifier(e)) }
            return e
        }
        let first = try rhs()
        if isOp("=") {
            var targets: [Expr] = []
            var value = first
            // Each target is checked as soon as its '=' is seen, before the value is parsed.
            while isOp("=") {
                if bareYields.contains(ObjectIdentifier(value)) {
                    throw error("assignment to yield expression not possible", at: value.location)
                }
                do {
                    try checkAssignTarget(value, context: .chainedAssign)
                } catch {
                    // Only a bad first target gets the "Maybe you meant '=='" hint, and only
                    // if a single value follows (looked at only now, on the error path).
                    if targets.isEmpty && comparisonLikelyMeant() {
                        try checkAssignTarget(value, context: .assign)
                    }
                    throw error
                }
                targets.append(value)
                advance()
                value = try rhs()
            }
            return Stmt(.assign(targets: targets, value: value), loc(start))
        }
        if tok.kind == .op, let op = Parser.augmentedOperators[tok.text] {
            try checkAugmentedTarget(first)
            advance()
            let value = try parseStarExpressionsOrYield()
            return Stmt(.augAssign(target: first, op: op, value: value), loc(start))
        }
        if isOp(":") {
            // CPython checks the target only when an annotation follows the ':'.
            if !startsExpression(peekToken()) { throw invalidSyntax() }
            try checkAnnotatedTarget(first)
            advance()
            let annotation = try parseExpression()
            var value: Expr? = nil
            if eatOp("=") { value = try parseStarExpressionsOrYield() }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value), loc(start))
        }
        if isOp(":=") {
            // CPython names the target only for a non-name followed by a value.
            if case .name = first.kind { throw invalidSyntax() }
            if !startsExpression(peekToken()) { throw invalidSyntax() }
            throw error("cannot use assignment expressions with \(targetNoun(first))", at: first.location)
        }
        if case .name(let n) = first.kind, n == "print" || n == "exec",
           tok.kind == .string || tok.kind == .number || isIdentifier {
            throw error("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", at: first.location)
        }
        return Stmt(.expr(first), loc(start))
    }
}
