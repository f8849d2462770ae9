// StringLiteral.swift — decoding of string and bytes literal tokens.
//
// Stage 1 (Syntax). The tokenizer keeps a literal as its source text; here the prefix is read
// (r, u, b, f and their combinations, any case), the quotes stripped and the escapes decoded
// (\n \t \\ \' \" \a \b \f \v \r \ooo \xhh \uXXXX \UXXXXXXXX \N{name}). f-string bodies are
// handed to FString.swift undecoded, since escapes there apply only to the literal parts.

/// One string token split into its prefix flags and body, with the body's source position.
struct StringPiece {
    var isBytes = false
    var isRaw = false
    var isFormat = false
    var body: [Unicode.Scalar]
    /// Line and column of the first scalar of the body.
    var bodyLine: Int
    var bodyColumn: Int
    var token: Token
}

/// `scalars` is the token's text, taken from the source.
func splitStringToken(_ tok: Token, _ source: ArraySlice<Unicode.Scalar>) -> StringPiece {
    let scalars = Array(source)
    var i = 0
    var piece = StringPiece(body: [], bodyLine: tok.line, bodyColumn: tok.column, token: tok)
    while scalars[i] != "'" && scalars[i] != "\"" {
        switch scalars[i] {
        case "b", "B": piece.isBytes = true
        case "r", "R": piece.isRaw = true
        case "f", "F": piece.isFormat = true
        default: break
        }
        i += 1
    }
    let quote = scalars[i]
    let triple = i + 2 < scalars.count && scalars[i + 1] == quote && scalars[i + 2] == quote
        && scalars.count - i >= 6
    let q = triple ? 3 : 1
    piece.body = Array(scalars[(i + q)..<(scalars.count - q)])
    piece.bodyColumn = tok.column + i + q
    return piece
}

/// Decodes the escapes of a (non-raw) literal body. `at` locates errors.
func decodeEscapes(_ body: ArraySlice<Unicode.Scalar>, isBytes: Bool, isRaw: Bool,
                   at location: SourceLocation) throws -> [Unicode.Scalar] {
    if isRaw { return Array(body) }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(body.count)
    var i = body.startIndex
    let end = body.endIndex
    func hex(_ n: Int, _ kind: String) throws -> UInt32 {
        var v: UInt32 = 0
        let start = i - 2 - body.startIndex
        for k in 0..<n {
            guard i + k < end, let d = hexValue(body[i + k]) else {
                if isBytes {
                    throw Diagnostic(.syntaxError, "(value error) invalid \\x escape at position \(start)",
                                     at: location)
                }
                throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 + "position \(start)-\(start + 1 + k): truncated \\\(kind) escape",
                                 at: location)
            }
            v = v * 16 + d
        }
        i += n
        return v
    }
    while i < end {
        let c = body[i]
        i += 1
        if c != "\\" {
            out.append(c)
            continue
        }
        guard i < end else { out.append(c); break }
        let e = body[i]
        i += 1
        switch e {
        case "\n": break
        case "\\": out.append("\\")
        case "'": out.append("'")
        case "\"": out.append("\"")
        case "a": out.append("\u{07}")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "t": out.append("\t")
        case "v": out.append("\u{0B}")
        case "0"..."7":
            var v = e.value - 48
            var k = 0
            while k < 2, i < end, body[i] >= "0", body[i] <= "7" {
                v = v * 8 + body[i].value - 48
                i += 1
                k += 1
            }
            if isBytes { v &= 0xFF }
            out.append(Unicode.Scalar(v)!)
        case "x":
            out.append(Unicode.Scalar(try hex(2, "xXX"))!)
        case "u" where !isBytes:
            let v = try hex(4, "uXXXX")
            guard let s = Unicode.Scalar(v) else {
                // A lone surrogate cannot be represented in a Swift string.
                throw Diagnostic(.syntaxError, "surrogate code point \\u\(String(v, radix: 16)) "
                                 + "is not supported in string literals", at: location)
            }
            out.append(s)
        case "U" where !isBytes:
            let start = i - 2 - body.startIndex
            let v = try hex(8, "UXXXXXXXX")
            guard let s = Unicode.Scalar(v) else {
                throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                 + "in position \(start)-\(start + 9): illegal Unicode character",
                                 at: location)
            }
            out.append(s)
        case "N" where !isBytes:
            let start = i - 2 - body.startIndex
            guard i < end, body[i] == "{", let close = body[i...].firstIndex(of: "}") else {
                let last = i < end && body[i] == "{" ? end - 1 - body.startIndex : start + 1
                throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                 + "in position \(start)-\(last): malformed \\N character escape",
                                 at: location)
            }
            let name = makeString(body[(i + 1)..<close])
            guard let s = unicodeScalar(named: name) else {
                throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                 + "in position \(start)-\(close - body.startIndex): unknown Unicode "
                                 + "character name", at: location)
            }
            out.append(s)
            i = close + 1
        default:
            // Unknown escapes keep the backslash (CPython warns; it is not an error).
            out.append("\\")
            out.append(e)
        }
    }
    return out
}

func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 48
    case "a"..."f": return c.value - 87
    case "A"..."F": return c.value - 55
    default: return nil
    }
}

/// Common names answered without building the full table.
private let commonUnicodeNames: [String: Unicode.Scalar] = [
    "SPACE": " ", "NO-BREAK SPACE": "\u{A0}", "BULLET": "\u{2022}", "EM DASH": "\u{2014}",
    "EN DASH": "\u{2013}", "HORIZONTAL ELLIPSIS": "\u{2026}", "DEGREE SIGN": "\u{B0}",
    "GREEK SMALL LETTER ALPHA": "\u{3B1}", "GREEK SMALL LETTER BETA": "\u{3B2}",
    "GREEK SMALL LETTER PI": "\u{3C0}", "GREEK CAPITAL LETTER DELTA": "\u{394}",
    "LATIN SMALL LETTER A": "a", "LATIN CAPITAL LETTER A": "A", "EURO SIGN": "\u{20AC}",
    "POUND SIGN": "\u{A3}", "COPYRIGHT SIGN": "\u{A9}", "REGISTERED SIGN": "\u{AE}",
    "NULL": "\u{0}", "LINE FEED": "\n", "CHARACTER TABULATION": "\t", "CARRIAGE RETURN": "\r",
    "ESCAPE": "\u{1B}", "DELETE": "\u{7F}", "SNOWMAN": "\u{2603}", "BLACK STAR": "\u{2605}",
    "CHECK MARK": "\u{2713}", "RIGHTWARDS ARROW": "\u{2192}", "LEFTWARDS ARROW": "\u{2190}",
    "INFINITY": "\u{221E}", "MULTIPLICATION SIGN": "\u{D7}", "DIVISION SIGN": "\u{F7}",
    "LATIN SMALL LETTER E WITH ACUTE": "\u{E9}", "REPLACEMENT CHARACTER": "\u{FFFD}",
    "ZERO WIDTH SPACE": "\u{200B}", "BOX DRAWINGS LIGHT HORIZONTAL": "\u{2500}",
]

/// Every named scalar, built once on first use of a name not in the common table.
private let allUnicodeNames: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [:]
    for v in UInt32(0)...0x10FFFF {
        guard let s = Unicode.Scalar(v) else { continue }
        if let n = s.properties.name { table[n] = s }
        if let a = s.properties.nameAlias { table[a] = s }
    }
    return table
}()

func unicodeScalar(named name: String) -> Unicode.Scalar? {
    let key = name.uppercased()
    if let s = commonUnicodeNames[key] { return s }
    return allUnicodeNames[key]
}
