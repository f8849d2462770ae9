// main.swift — the `rtranslate` command line.

import ArgumentParser
import Driver
import Foundation
import Syntax

struct RTranslate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rtranslate",
        abstract: "Translate an RPython 3 program into a native executable.",
        discussion: """
        TARGET is a module defining target(argv), which returns the entry point \
        entry_point(argv: list[str]) -> int. The executable is written next to the target \
        (targetfoo.py -> foo-c, other names without .py) unless --output is given.
        """)

    @Argument(help: "The target module (a .py file).")
    var target: String

    @Option(name: [.short, .long], help: "Where to write the executable.")
    var output: String?

    @Option(name: .customLong("path"), help: "A folder to search for imported modules (repeatable).")
    var paths: [String] = []

    @Flag(help: "Print the target's syntax tree and stop (--ast-locations adds every expression's line:col).")
    var ast = false

    @Flag(name: .customLong("ast-locations"), help: .hidden)
    var astLocations = false

    @Flag(help: "Stop after type inference (annotation).")
    var annotate = false

    @Flag(help: "Stop after low-level typing.")
    var rtype = false

    @Flag(help: "Stop after generating C (kept in --keep-c or OUTPUT.c-build/).")
    var source = false

    @Option(name: .long, help: "Print a function's graph after a stage: STAGE:FUNC, STAGE one of annotate, rtype (repeatable).")
    var dump: [String] = []

    @Option(name: .long, help: "Write each function's flow graph as a Graphviz .dot file into this folder.")
    var dot: String?

    @Option(name: .customLong("keep-c"), help: "Keep the generated C in this folder.")
    var keepC: String?

    @Flag(help: "Remove the implicit IndexError/KeyError/ZeroDivisionError checks (faster, unsafe).")
    var unsafe = false

    @Flag(help: "Check every flow graph with the verifier.")
    var verify = false

    @Option(help: "The C compiler.")
    var cc: String = "cc"

    @Option(name: .customLong("opt"), help: "The C optimization flag.")
    var optimization: String = "-O2"

    @Flag(help: "Optimize the C code as one program (link-time optimization: functions of different C files inline into each other; slower to build).")
    var lto = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        if ast || astLocations {
            let sources = SourceRegistry()
            do {
                let text = try String(contentsOfFile: target, encoding: .utf8)
                print(dumpAST(try parseModule(source: text, file: target, registry: sources), locations: astLocations), terminator: "")
            } catch let d as Diagnostic {
                FileHandle.standardError.write(d.render(sources: sources).data(using: .utf8)!)
                throw ExitCode(1)
            }
            return
        }
        var options = TranslationOptions(target: target, home: toolchainHome())
        options.output = output
        options.searchPaths = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if annotate { options.stopAfter = .annotate }
        if rtype { options.stopAfter = .rtype }
        if source { options.stopAfter = .source }
        options.dotDirectory = dot
        options.keepC = keepC
        options.unsafe = unsafe
        options.verify = verify
        options.cc = cc
        options.optimization = optimization
        options.lto = lto
        options.quiet = quiet
        for d in dump {
            let parts = d.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let stage = Stage(rawValue: parts[0]) else {
                throw ValidationError("--dump expects STAGE:FUNC with STAGE one of annotate, rtype (got '\(d)')")
            }
            options.dumps.append((stage, parts[1]))
        }
        let translator = Translator(options: options)
        do {
            _ = try translator.run()
        } catch let d as Diagnostic {
            FileHandle.standardError.write(d.render(sources: translator.sourceRegistry).data(using: .utf8)!)
            throw ExitCode(1)
        } catch let list as DiagnosticList {
            for d in list.diagnostics {
                FileHandle.standardError.write(d.render(sources: translator.sourceRegistry).data(using: .utf8)!)
            }
            FileHandle.standardError.write("\(list.diagnostics.count) error(s)\n".data(using: .utf8)!)
            throw ExitCode(1)
        }
    }

    /// The folder holding rlib/ and runtime-c/: $RTRANSLATE_HOME, or found from the executable
    /// (.build/release/rtranslate -> the repository root).
    func toolchainHome() -> String {
        if let env = ProcessInfo.processInfo.environment["RTRANSLATE_HOME"] { return env }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("rlib").path) { return url.path }
            url = url.deletingLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }
}

RTranslate.main()
