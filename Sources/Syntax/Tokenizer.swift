// Tokenizer.swift — Python 3.11 lexical analysis: source text to a flat array of tokens.
//
// Stage 1 (Syntax). Works over an array of Unicode scalars so that every step is O(1); columns
// are code points from the line start, 1-based. Produces NEWLINE/INDENT/DEDENT tokens (tabs go to
// the next multiple of 8, with CPython's tab/space consistency check), joins lines inside brackets
// and after a backslash, and reports lexical errors with CPython's messages: an error ends the
// token array with an `.error` token so that the parser can report errors in CPython's order.
// String and number literals are kept as source text here; the parser decodes them.

import Foundation

enum TokenKind: Equatable {
    /// `error` ends the token array when tokenizing failed; the parser reports the stored
    /// diagnostic when it gets there, so that earlier syntax errors win, as in CPython.
    case name, number, string, op, newline, indent, dedent, endMarker, error
}

struct Token {
    var kind: TokenKind
    /// Name, operator or number text; for strings the whole literal including prefix and quotes.
    var text: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// Scalar offsets of the token in the source (for match patterns kept as text).
    var offset: Int
    var endOffset: Int
}

struct Tokenizer {
    let file: String
    let src: [Unicode.Scalar]
    var pos = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    /// Open brackets: the character, its line and column.
    var brackets: [(Unicode.Scalar, Int, Int)] = []
    /// Indentation columns with tabs to multiples of 8, and with tabs counted as 1 (the
    /// second stack detects inconsistent tab/space use, as CPython does).
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var atLineStart = true
    /// Set for an f-string replacement field: the text is tokenized as if inside parentheses
    /// (newlines join), starting at the field's position in the file.
    var isFormatField = false

    init(source: [Unicode.Scalar], file: String) {
        self.src = source
        self.file = file
    }

    /// A tokenizer for the expression text of an f-string field that starts at `line`:`column`.
    init(formatField source: [Unicode.Scalar], file: String, line: Int, column: Int) {
        self.src = source
        self.file = file
        self.line = line
        self.lineStart = -(column - 1)
        self.isFormatField = true
        self.atLineStart = false
        self.brackets = [("(", line, column)]
    }

    func loc(_ line: Int, _ col: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: col)
    }

    func error(_ msg: String, _ line: Int, _ col: Int) -> Diagnostic {
        Diagnostic(.syntaxError, msg, at: loc(line, col))
    }

    var column: Int { pos - lineStart + 1 }

    func peek(_ k: Int = 0) -> Unicode.Scalar? {
        pos + k < src.count ? src[pos + k] : nil
    }

    mutating func add(_ kind: TokenKind, _ text: String, startPos: Int, startLine: Int, startCol: Int) {
        tokens.append(Token(kind: kind, text: text, line: startLine, column: startCol,
                            endLine: line, endColumn: column, offset: startPos, endOffset: pos))
    }

    mutating func newline() {
        pos += 1
        line += 1
        lineStart = pos
        commentColumn = nil
    }

    static func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
        }
        return c.properties.isXIDStart
    }

    static func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c >= "0" && c <= "9")
        }
        return c.properties.isXIDContinue
    }

    static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c = c else { return false }
        return c >= "0" && c <= "9"
    }

    /// Column of a comment seen on the current line, if any.
    var commentColumn: Int? = nil

    /// The diagnostic behind a final `.error` token.
    var deferredError: Diagnostic? = nil

    /// Tokenizes the whole input. A lexical error does not throw: it ends the array with an
    /// `.error` token and is kept in `deferredError`.
    mutating func tokenize() -> [Token] {
        do {
            return try tokenizeOrThrow()
        } catch let d as Diagnostic {
            deferredError = d
            tokens.append(Token(kind: .error, text: "", line: d.location.line, column: d.location.column,
                                endLine: d.location.line, endColumn: d.location.column,
                                offset: pos, endOffset: pos))
            return tokens
        } catch {
            fatalError("unexpected error \(error)")
        }
    }

    mutating func tokenizeOrThrow() throws -> [Token] {
        while true {
            if atLineStart {
                if try !indentation() { continue }
            }
            guard let c = peek() else { break }
            let startPos = pos, startCol = column, startLine = line
            switch c {
            case " ", "\t", "\u{0C}":
                pos += 1
            case "#":
                if isFormatField {
                    throw error("f-string expression part cannot include '#'", startLine, startCol)
                }
                commentColumn = startCol
                while let d = peek(), d != "\n" { pos += 1 }
            case "\n":
                if brackets.isEmpty {
                    // After a trailing comment CPython puts NEWLINE where the comment starts.
                    add(.newline, "", startPos: startPos, startLine: startLine,
                        startCol: commentColumn ?? startCol)
                    newline()
                    atLineStart = true
                } else {
                    newline()
                }
            case "\\":
                if peek(1) == "\n" {
                    pos += 1
                    newline()
                    if peek() == nil {
                        throw error("unexpected EOF while parsing", startLine, startCol + 1)
                    }
                } else {
                    throw error("unexpected character after line continuation character",
                                startLine, startCol + 1)
                }
            case "'", "\"":
                try string(prefixStart: startPos)
            case "0"..."9":
                try number()
            case ".":
                if Tokenizer.isDigit(peek(1)) {
                    try number()
                } else if peek(1) == "." && peek(2) == "." {
                    pos += 3
                    add(.op, "...", startPos: startPos, startLine: startLine, startCol: startCol)
                } else {
                    pos += 1
                    add(.op, ".", startPos: startPos, startLine: startLine, startCol: startCol)
                }
            default:
                if Tokenizer.isIdentStart(c) {
                    try identifierOrString()
                } else {
                    try op()
                }
            }
        }
        // End of input: close the last logical line, the blocks and the brackets.
        if let (ch, l, col) = brackets.last, !(isFormatField && brackets.count == 1) {
            throw error("'\(ch)' was never closed", l, col)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            add(.newline, "", startPos: pos, startLine: line, startCol: commentColumn ?? column)
        }
        // CPython places the end-of-file tokens at the end of the last line.
        var eofLine = line, eofColumn = column
        if pos > 0 && src[pos - 1] == "\n" {
            var start = pos - 1
            while start > 0 && src[start - 1] != "\n" { start -= 1 }
            eofLine = line - 1
            eofColumn = pos - start
        }
        while indents.count > 1 {
            indents.removeLast()
            altIndents.removeLast()
            add(.dedent, "", startPos: pos, startLine: eofLine, startCol: eofColumn)
        }
        add(.endMarker, "", startPos: pos, startLine: eofLine, startCol: eofColumn)
        return tokens
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT. Returns false
    /// when the line was blank or a comment (consumed entirely, no tokens).
    mutating func indentation() throws -> Bool {
        var col = 0, alt = 0
        while let c = peek() {
            if c == " " { col += 1; alt += 1 }
            else if c == "\t" { col = (col / 8 + 1) * 8; alt += 1 }
            else if c == "\u{0C}" { col = 0; alt = 0 }
            else if c == "\\" && peek(1) == "\n" {
                // A backslash continuation in the indentation: CPython keeps counting the
                // indentation on the next line.
                pos += 1
                newline()
                continue
            }
            else { break }
            pos += 1
        }
        guard let c = peek() else {
            atLineStart = false
            return true
        }
        if c == "#" || c == "\n" {
            while let d = peek(), d != "\n" { pos += 1 }
            if peek() == "\n" { newline() }
            return false
        }
        atLineStart = false
        return try measured(col, alt)
    }

    mutating func measured(_ col: Int, _ alt: Int) throws -> Bool {
        let startLine = line, startCol = column
        if col == indents.last! {
            if alt != altIndents.last! {
                throw error("inconsistent use of tabs and spaces in indentation", line, 1)
            }
        } else if col > indents.last! {
            if alt <= altIndents.last! {
                throw error("inconsistent use of tabs and spaces in indentation", line, 1)
            }
            indents.append(col)
            altIndents.append(alt)
            add(.indent, "", startPos: lineStart, startLine: startLine, startCol: 1)
        } else {
            // Check the level before emitting any DEDENT, so that the error comes first.
            var level = indents.count - 1
            while level > 0 && col < indents[level] { level -= 1 }
            if col != indents[level] {
                // CPython reports this at the end of the offending line.
                var end = pos
                while end < src.count && src[end] != "\n" { end += 1 }
                throw error("unindent does not match any outer indentation level", line, end - lineStart + 1)
            }
            if alt != altIndents[level] {
                throw error("inconsistent use of tabs and spaces in indentation", line, 1)
            }
            while indents.count > level + 1 {
                indents.removeLast()
                altIndents.removeLast()
                add(.dedent, "", startPos: pos, startLine: startLine, startCol: startCol)
            }
        }
        return true
    }

    static let stringPrefixes: Set<String> = ["r", "u", "b", "br", "rb", "f", "fr", "rf"]

    mutating func identifierOrString() throws {
        let startPos = pos, startCol = column, startLine = line
        var ascii = true
        while let c = peek(), Tokenizer.isIdentContinue(c) {
            if c.value >= 128 { ascii = false }
            pos += 1
        }
        var text = makeString(src[startPos..<pos])
        if let q = peek(), q == "'" || q == "\"", pos - startPos <= 2,
           Tokenizer.stringPrefixes.contains(text.lowercased()) {
            try string(prefixStart: startPos)
            return
        }
        if let c = peek(), c.value >= 128, !c.properties.isXIDContinue, isInvalidCharacter(c) {
            throw invalidCharacter(c)
        }
        if !ascii {
            text = text.precomposedStringWithCompatibilityMapping
        }
        add(.name, text, startPos: startPos, startLine: startLine, startCol: startCol)
    }

    func isInvalidCharacter(_ c: Unicode.Scalar) -> Bool {
        !(c == " " || c == "\t" || c == "\n")
    }

    func invalidCharacter(_ c: Unicode.Scalar) -> Diagnostic {
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let printable: Bool
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
             .paragraphSeparator, .spaceSeparator:
            printable = false
        default:
            printable = true
        }
        let msg = printable ? "invalid character '\(Character(c))' (\(code))"
                            : "invalid non-printable character \(code)"
        return error(msg, line, column)
    }

    /// A string literal starting at `prefixStart` (prefix letters, if any, already scanned).
    mutating func string(prefixStart: Int) throws {
        let startCol = prefixStart - lineStart + 1, startLine = line
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        while true {
            guard let c = peek() else {
                let detected = pos > 0 && src[pos - 1] == "\n" ? line - 1 : line
                if triple {
                    throw error("unterminated triple-quoted string literal (detected at line \(detected))",
                                startLine, startCol)
                }
                throw error("unterminated string literal (detected at line \(detected))", startLine, startCol)
            }
            if c == "\\" {
                pos += 1
                if peek() == "\n" { newline() } else if peek() != nil { pos += 1 }
            } else if c == "\n" {
                if !triple {
                    throw error("unterminated string literal (detected at line \(line))", startLine, startCol)
                }
                newline()
            } else if c == quote {
                if !triple {
                    pos += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    pos += 3
                    break
                }
                pos += 1
            } else {
                pos += 1
            }
        }
        let text = makeString(src[prefixStart..<pos])
        tokens.append(Token(kind: .string, text: text, line: startLine, column: startCol,
                            endLine: line, endColumn: column, offset: prefixStart, endOffset: pos))
    }

    mutating func digits(_ valid: (Unicode.Scalar) -> Bool, kind: String) throws {
        // Digits with single underscores between them; the caller checks at least one digit.
        while let c = peek() {
            if valid(c) {
                pos += 1
            } else if c == "_" {
                pos += 1
                guard let d = peek(), valid(d) else {
                    throw error("invalid \(kind) literal", line, column - 1)
                }
            } else {
                break
            }
        }
    }

    static let keywordsAfterNumber: Set<String> = ["and", "else", "for", "if", "in", "is", "not", "or"]

    /// After a number: a letter right after it is an error unless it starts a keyword
    /// that may legally follow (`1if x else y`).
    mutating func checkNumberEnd(kind: String) throws {
        guard let c = peek(), Tokenizer.isIdentContinue(c) else { return }
        var end = pos
        while end < src.count, Tokenizer.isIdentContinue(src[end]) { end += 1 }
        let word = makeString(src[pos..<end])
        for kw in Tokenizer.keywordsAfterNumber where word.hasPrefix(kw) {
            return
        }
        // CPython points at the last character of the number.
        throw error("invalid \(kind) literal", line, column - 1)
    }

    mutating func number() throws {
        let startPos = pos, startCol = column, startLine = line
        let c = peek()!
        if c == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            pos += 2
            let (kind, valid): (String, (Unicode.Scalar) -> Bool)
            switch p {
            case "x", "X": kind = "hexadecimal"; valid = { $0.properties.isASCIIHexDigit }
            case "o", "O": kind = "octal"; valid = { $0 >= "0" && $0 <= "7" }
            default: kind = "binary"; valid = { $0 == "0" || $0 == "1" }
            }
            if peek() == "_" { pos += 1 }
            guard let d = peek(), valid(d) else {
                if let d = peek(), Tokenizer.isDigit(d) {
                    throw error("invalid digit '\(d)' in \(kind) literal", line, column)
                }
                throw error("invalid \(kind) literal", line, column - 1)
            }
            try digits(valid, kind: kind)
            if let d = peek(), Tokenizer.isDigit(d) {
                throw error("invalid digit '\(d)' in \(kind) literal", line, column)
            }
            try checkNumberEnd(kind: kind)
            add(.number, makeString(src[startPos..<pos]),
                startPos: startPos, startLine: startLine, startCol: startCol)
            return
        }
        let isDec: (Unicode.Scalar) -> Bool = { $0 >= "0" && $0 <= "9" }
        var isFloat = false
        if c != "." {
            try digits(isDec, kind: "decimal")
        }
        if peek() == "." {
            isFloat = true
            pos += 1
            if Tokenizer.isDigit(peek()) { try digits(isDec, kind: "decimal") }
        }
        if let e = peek(), e == "e" || e == "E" {
            let eColumn = column
            pos += 1
            var signed = false
            if let s = peek(), s == "+" || s == "-" { pos += 1; signed = true }
            if Tokenizer.isDigit(peek()) {
                isFloat = true
                try digits(isDec, kind: "decimal")
            } else {
                throw error("invalid decimal literal", line, signed ? column - 1 : eColumn - 1)
            }
        }
        if let j = peek(), j == "j" || j == "J" {
            pos += 1
            try checkNumberEnd(kind: "imaginary")
        } else {
            try checkNumberEnd(kind: "decimal")
        }
        let text = makeString(src[startPos..<pos])
        if !isFloat, text.count > 1, text.first == "0", !text.hasSuffix("j"), !text.hasSuffix("J"),
           text.contains(where: { $0 != "0" && $0 != "_" }) {
            throw error("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", startLine, startCol)
        }
        add(.number, text, startPos: startPos, startLine: startLine, startCol: startCol)
    }

    static let oneCharOps: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ";", ".", "=",
    ]

    mutating func op() throws {
        let startPos = pos, startCol = column, startLine = line
        let c0 = src[pos], c1 = peek(1), c2 = peek(2)
        // Longest match over the operator table, without building strings for misses.
        var length = 0
        if let c1 = c1 {
            if let c2 = c2, c2 == "=",
               (c0 == "*" && c1 == "*") || (c0 == "/" && c1 == "/") || (c0 == ">" && c1 == ">")
                || (c0 == "<" && c1 == "<") {
                length = 3
            } else if (c1 == "=" && "<>=!+-*/%&|^@:".unicodeScalars.contains(c0))
                        || (c0 == c1 && "*/<>".unicodeScalars.contains(c0)) || (c0 == "-" && c1 == ">") {
                length = 2
            }
        }
        if length == 0 {
            if Tokenizer.oneCharOps.contains(c0) {
                length = 1
            } else if c0.value < 128 && c0.value >= 32 {
                // `$`, `?`, `!`, a backtick: CPython's parser reports these as plain syntax errors.
                length = 1
            } else {
                throw invalidCharacter(c0)
            }
        }
        let t = makeString(src[pos..<(pos + length)])
        pos += t.unicodeScalars.count
        switch t {
        case "(", "[", "{":
            // CPython's limit; it also bounds the parser's recursion.
            if brackets.count >= 200 { throw error("too many nested parentheses", startLine, startCol) }
            brackets.append((src[startPos], startLine, startCol))
        case ")", "]", "}":
            guard let (open, l, _) = brackets.popLast(), !(isFormatField && brackets.isEmpty) else {
                throw error(isFormatField ? "f-string: unmatched '\(t)'" : "unmatched '\(t)'",
                            startLine, startCol)
            }
            let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
            if expected != src[startPos] {
                var msg = "closing parenthesis '\(t)' does not match opening parenthesis '\(open)'"
                if l != startLine { msg += " on line \(l)" }
                throw error(msg, startLine, startCol)
            }
        default:
            break
        }
        add(.op, t, startPos: startPos, startLine: startLine, startCol: startCol)
    }
}

/// Source text as scalars with line endings normalised to "\n", plus the source lines.
func prepareSource(_ source: String) -> (scalars: [Unicode.Scalar], lines: [String]) {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(source.unicodeScalars.count)
    var prevCR = false
    for c in source.unicodeScalars {
        if c == "\r" {
            scalars.append("\n")
            prevCR = true
            continue
        }
        if c == "\n" && prevCR {
            prevCR = false
            continue
        }
        prevCR = false
        scalars.append(c)
    }
    // Skip a UTF-8 byte order mark.
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var lines: [String] = []
    var start = 0
    for (i, c) in scalars.enumerated() where c == "\n" {
        lines.append(makeString(scalars[start..<i]))
        start = i + 1
    }
    if start < scalars.count {
        lines.append(makeString(scalars[start...]))
    }
    return (scalars, lines)
}

/// A String from scalars, encoding UTF-8 directly (much faster than appending to a
/// String.UnicodeScalarView, which matters for a tokenizer making one string per token).
func makeString<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
    let capacity = scalars.count * 4
    if capacity == 0 { return "" }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
        var n = 0
        for c in scalars {
            let v = c.value
            if v < 0x80 {
                buffer[n] = UInt8(v); n += 1
            } else if v < 0x800 {
                buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
            } else if v < 0x10000 {
                buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
            } else {
                buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                n += 4
            }
        }
        return n
    }
}
