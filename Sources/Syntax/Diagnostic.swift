// Diagnostic.swift — errors reported to the user of the translator, shared by every stage.
//
// A diagnostic names what is wrong, where (`file:line:col`), quotes the source line with a
// caret under the column, and may carry notes (each with its own location), e.g. the second
// place a conflicting type came from, or the chain of calls that brought it there.

import Foundation

public struct DiagnosticNote: Sendable {
    public var location: SourceLocation?
    public var message: String
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

public struct Diagnostic: Error, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case initTimeError = "init-time error"
        case translationError = "error"
        case unsupported = "unsupported"
        case internalError = "internal error"
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation
    public var notes: [DiagnosticNote]

    public init(_ kind: Kind, _ message: String, at location: SourceLocation,
                notes: [DiagnosticNote] = []) {
        self.kind = kind
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// One line: `file:line:col: kind: message`.
    public var description: String { "\(location): \(kind.rawValue): \(message)" }

    /// The full report: the headline, the quoted source line with a caret, then the notes.
    public func render(sources: SourceRegistry) -> String {
        var out = description + "\n"
        out += sources.quote(location)
        for note in notes {
            if let loc = note.location {
                out += "\(loc): note: \(note.message)\n"
                out += sources.quote(loc)
            } else {
                out += "note: \(note.message)\n"
            }
        }
        return out
    }
}

/// Several diagnostics reported by one run.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

/// The text of every source file read so far, for quoting lines in diagnostics.
public final class SourceRegistry: @unchecked Sendable {
    private var linesByFile: [String: [String]] = [:]
    private let lock = NSLock()

    public init() {}

    public func register(file: String, lines: [String]) {
        lock.lock(); defer { lock.unlock() }
        linesByFile[file] = lines
    }

    public func line(_ location: SourceLocation) -> String? {
        lock.lock(); defer { lock.unlock() }
        guard let lines = linesByFile[location.file], location.line >= 1,
              location.line <= lines.count else { return nil }
        return lines[location.line - 1]
    }

    /// `    source line\n    ^\n`, or "" when the line is unknown.
    public func quote(_ location: SourceLocation) -> String {
        guard let text = line(location) else { return "" }
        let trimmed = String(text.drop(while: { $0 == " " || $0 == "\t" }))
        let dropped = text.unicodeScalars.count - trimmed.unicodeScalars.count
        let caretColumn = max(0, location.column - 1 - dropped)
        return "    \(trimmed)\n    \(String(repeating: " ", count: caretColumn))^\n"
    }
}
