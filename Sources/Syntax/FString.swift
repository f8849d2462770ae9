// FString.swift — string literal atoms: implicit concatenation, bytes, and f-strings.
//
// Stage 1 (Syntax). Adjacent string tokens are joined into one constant, or into a
// `.joinedStr` when any of them is an f-string. An f-string body is split into literal text
// (`{{` and `}}` are braces; escapes decoded unless raw) and replacement fields
// `{expr!conv:spec}`, whose expression text is tokenized and parsed in place so that its nodes
// carry their true file positions. Format specs may hold nested fields (one level, as CPython).
// As in CPython 3.11, errors in the f-string structure are reported at the end of the literal.

extension Parser {
    /// One or more adjacent string tokens.
    func parseStrings() throws -> Expr {
        let first = tok
        var pieces: [StringPiece] = []
        while tok.kind == .string {
            let t = advance()
            pieces.append(splitStringToken(t, src[t.offset..<t.endOffset]))
        }
        let location = loc(first)
        let anyBytes = pieces.contains { $0.isBytes }
        if anyBytes {
            if pieces.contains(where: { !$0.isBytes }) {
                // CPython reports this at the end of the last literal.
                throw error("cannot mix bytes and nonbytes literals", at: endLocation(pieces.last!.token))
            }
            var bytes: [UInt8] = []
            for p in pieces {
                if p.body.contains(where: { $0.value >= 128 }) {
                    throw error("bytes can only contain ASCII literal characters", at: loc(p.token))
                }
                let decoded = try decodeEscapes(p.body[...], isBytes: true, isRaw: p.isRaw,
                                                at: endLocation(p.token))
                bytes += decoded.map { UInt8(truncatingIfNeeded: $0.value) }
            }
            return Expr(.constant(.bytes(bytes)), location)
        }
        if !pieces.contains(where: { $0.isFormat }) {
            var text: [Unicode.Scalar] = []
            for p in pieces {
                text += try decodeEscapes(p.body[...], isBytes: false, isRaw: p.isRaw,
                                          at: endLocation(p.token))
            }
            return Expr(.constant(.str(makeString(text))), location)
        }
        var builder = JoinedStrBuilder(location: location)
        for p in pieces {
            if p.isFormat {
                try parseFStringBody(p, into: &builder, nested: false)
            } else {
                builder.literal += try decodeEscapes(p.body[...], isBytes: false, isRaw: p.isRaw,
                                                     at: endLocation(p.token))
            }
        }
        return builder.finish()
    }

    func endLocation(_ t: Token) -> SourceLocation {
        SourceLocation(file: file, line: t.endLine, column: t.endColumn)
    }

    /// Parses the body of one f-string token (or a format spec within it) into `builder`.
    /// With `nested`, stops before the '}' that closes the enclosing field.
    /// Returns the offset where it stopped.
    @discardableResult
    func parseFStringBody(_ p: StringPiece, into builder: inout JoinedStrBuilder, nested: Bool,
                          range: Range<Int>? = nil, depth: Int = 0) throws -> Int {
        let body = p.body
        let errorAt = endLocation(p.token)
        func fail(_ msg: String) -> Diagnostic { error(msg, at: errorAt) }
        var i = range?.lowerBound ?? 0
        let end = range?.upperBound ?? body.count
        var rawLiteral: [Unicode.Scalar] = []
        func flushLiteral() throws {
            if rawLiteral.isEmpty { return }
            builder.literal += try decodeEscapes(rawLiteral[...], isBytes: false, isRaw: p.isRaw, at: errorAt)
            rawLiteral = []
        }
        while i < end {
            let c = body[i]
            if c == "\\" && !p.isRaw && i + 1 < end {
                // Keep escapes whole so that `\N{...}` braces are not read as a field.
                rawLiteral.append(c)
                rawLiteral.append(body[i + 1])
                if body[i + 1] == "N" && i + 2 < end && body[i + 2] == "{" {
                    var k = i + 2
                    while k < end && body[k] != "}" { rawLiteral.append(body[k]); k += 1 }
                    if k < end { rawLiteral.append(body[k]) }
                    i = k + 1
                } else {
                    i += 2
                }
                continue
            }
            if c == "{" {
                if i + 1 < end && body[i + 1] == "{" && !nested {
                    rawLiteral.append("{")
                    i += 2
                    continue
                }
                if depth >= 2 { throw fail("f-string: expressions nested too deeply") }
                try flushLiteral()
                i = try parseReplacementField(p, at: i + 1, end: end, into: &builder, depth: depth)
                continue
            }
            if c == "}" {
                if nested { break }
                if i + 1 < end && body[i + 1] == "}" {
                    rawLiteral.append("}")
                    i += 2
                    continue
                }
                throw fail("f-string: single '}' is not allowed")
            }
            rawLiteral.append(c)
            i += 1
        }
        try flushLiteral()
        return i
    }

    /// Line and column of body offset `k` of a string piece.
    func position(in p: StringPiece, _ k: Int) -> (Int, Int) {
        var line = p.bodyLine, col = p.bodyColumn
        for j in 0..<k {
            if p.body[j] == "\n" { line += 1; col = 1 } else { col += 1 }
        }
        return (line, col)
    }

    /// A field starting after its '{' at `start`; returns the offset after its '}'.
    func parseReplacementField(_ p: StringPiece, at start: Int, end: Int,
                               into builder: inout JoinedStrBuilder, depth: Int) throws -> Int {
        let body = p.body
        let errorAt = endLocation(p.token)
        func fail(_ msg: String) -> Diagnostic { error(msg, at: errorAt) }
        // Find the end of the expression: '}', '!', ':' or a debug '=' outside brackets/strings.
        var i = start
        var brackets = 0
        var quote: Unicode.Scalar? = nil
        var tripleQuote = false
        var exprEnd = -1
        var debug = false
        while i < end {
            let c = body[i]
            if c == "\\" { throw fail("f-string expression part cannot include a backslash") }
            if let q = quote {
                if c == q {
                    if !tripleQuote {
                        quote = nil
                    } else if i + 2 < end && body[i + 1] == q && body[i + 2] == q {
                        quote = nil
                        i += 2
                    }
                }
                i += 1
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                tripleQuote = i + 2 < end && body[i + 1] == c && body[i + 2] == c
                i += tripleQuote ? 3 : 1
                continue
            case "(", "[", "{": brackets += 1
            case ")", "]", "}":
                if brackets == 0 && c == "}" { exprEnd = i }
                else if brackets == 0 { throw fail("f-string: unmatched '\(c)'") }
                else { brackets -= 1 }
            case "#":
                throw fail("f-string expression part cannot include '#'")
            case "!":
                if brackets == 0 && !(i + 1 < end && body[i + 1] == "=") { exprEnd = i }
            case ":":
                if brackets == 0 { exprEnd = i }
            case "=":
                if brackets == 0 {
                    let prev = i > start ? body[i - 1] : " "
                    let next = i + 1 < end ? body[i + 1] : " "
                    if next != "=" && !"=!<>".unicodeScalars.contains(prev) {
                        exprEnd = i
                        debug = true
                    } else if next == "=" {
                        i += 1
                    }
                }
            default: break
            }
            if exprEnd >= 0 { break }
            i += 1
        }
        if quote != nil { throw fail("f-string: unterminated string") }
        if exprEnd < 0 { throw fail("f-string: expecting '}'") }
        let exprScalars = Array(body[start..<exprEnd])
        if exprScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            throw fail("f-string: empty expression not allowed")
        }
        let (line, col) = position(in: p, start)
        let value = try parseFieldExpression(exprScalars, line: line, column: col)
        i = exprEnd
        if debug {
            i += 1
            // The text up to and including '=' plus any whitespace after it is kept literally.
            while i < end && (body[i] == " " || body[i] == "\t" || body[i] == "\n") { i += 1 }
            builder.literal += Array(body[start..<i])
        }
        var conversion: Character? = nil
        if i < end && body[i] == "!" {
            i += 1
            guard i < end, "sra".unicodeScalars.contains(body[i]),
                  i + 1 < end, body[i + 1] == ":" || body[i + 1] == "}" else {
                if i < end && "sra".unicodeScalars.contains(body[i]) {
                    throw fail("f-string: expecting '}'")
                }
                throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(body[i])
            i += 1
        }
        var formatSpec: Expr? = nil
        if i < end && body[i] == ":" {
            i += 1
            // CPython places a spec at the string token it is written in.
            var spec = JoinedStrBuilder(location: loc(p.token))
            // The spec runs to the '}' that closes this field; nested fields are parsed in it.
            let k = try parseFStringBody(p, into: &spec, nested: true, range: i..<end, depth: depth + 1)
            formatSpec = spec.finish()
            i = k
        }
        guard i < end && body[i] == "}" else { throw fail("f-string: expecting '}'") }
        if debug && conversion == nil && formatSpec == nil { conversion = "r" }
        builder.appendField(Expr(.formattedValue(value, conversion: conversion, formatSpec: formatSpec),
                                 builder.location))
        return i + 1
    }

    /// Tokenizes and parses the expression text of a field, at its true position in the file.
    func parseFieldExpression(_ text: [Unicode.Scalar], line: Int, column: Int) throws -> Expr {
        var tokenizer = Tokenizer(formatField: text, file: file, line: line, column: column)
        let fieldTokens = tokenizer.tokenize()
        let inner = Parser(tokens: fieldTokens, source: text, file: file, deferredError: tokenizer.deferredError)
        inner.function = function
        do {
            let e: Expr
            if inner.isKeyword("yield") {
                e = try inner.parseYield()
            } else {
                e = try inner.parseStarNamedExpressions()
            }
            while inner.tok.kind == .newline { inner.advance() }
            for (_, at) in inner.strayAwaits { strayAwaits.append((i - 1, at)) }
            compileErrors += inner.compileErrors
            if case .tuple = e.kind, e.location == inner.loc(fieldTokens[0]) {
                // A bare tuple starts at the '{' (CPython parses the field as "(...)").
                e.location.column -= 1
            }
            guard inner.tok.kind == .endMarker else {
                if inner.startsExpression {
                    throw inner.error("invalid syntax. Perhaps you forgot a comma?", at: e.location)
                }
                throw inner.invalidSyntax()
            }
            return e
        } catch var d as Diagnostic {
            if !d.message.hasPrefix("f-string") { d.message = "f-string: " + d.message }
            throw d
        }
    }
}

/// Accumulates the parts of a `.joinedStr`, merging adjacent literal text.
struct JoinedStrBuilder {
    let location: SourceLocation
    var parts: [Expr] = []
    var literal: [Unicode.Scalar] = []

    init(location: SourceLocation) { self.location = location }

    mutating func flush() {
        if literal.isEmpty { return }
        parts.append(Expr(.constant(.str(makeString(literal))), location))
        literal = []
    }

    mutating func appendField(_ e: Expr) {
        flush()
        parts.append(e)
    }

    mutating func finish() -> Expr {
        flush()
        return Expr(.joinedStr(parts), location)
    }
}
