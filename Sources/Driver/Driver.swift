// Driver.swift — the translation pipeline as data: the stages, in order, each timed, with
// the option to stop after one, dump a function's graph, and verify graphs.
//
//   init      parse the target and its imports, run module bodies (prebuilt constants)
//   annotate  build flow graphs from the entry point and infer types to a fixpoint
//   rtype     low-level types, class layouts, vtables, call families
//   source    generate C
//   compile   run the C compiler and link with runtime-c and Boehm GC

import Annotator
import CBackend
import Flow
import Foundation
import InitTime
import RTyper
import Syntax

public enum Stage: String, CaseIterable {
    case initTime = "init"
    case annotate
    case rtype
    case source
    case compile
}

public struct TranslationOptions {
    public var target: String
    public var output: String?
    public var searchPaths: [String] = []
    /// The toolchain's root (holds rlib/ and runtime-c/).
    public var home: String
    public var stopAfter: Stage = .compile
    /// `STAGE:FUNC` requests: print FUNC's graph after STAGE.
    public var dumps: [(stage: Stage, function: String)] = []
    public var dotDirectory: String?
    public var unsafe = false
    public var cc = "cc"
    public var optimization = "-O2"
    /// Link-time optimization (`-flto`): the generated C files optimized as one program.
    public var lto = false
    public var keepC: String?
    public var verify = false
    public var quiet = false

    public init(target: String, home: String) {
        self.target = target
        self.home = home
    }
}

/// What a run printed and produced.
public struct TranslationResult {
    public var executable: String?
    public var cSourcePath: String?
}

public final class Translator {
    let options: TranslationOptions
    let sources = SourceRegistry()
    var log: (String) -> Void
    var stageTimes: [(Stage, Double, String)] = []

    public init(options: TranslationOptions, log: @escaping (String) -> Void = { print($0) }) {
        self.options = options
        self.log = log
    }

    public var sourceRegistry: SourceRegistry { sources }

    func timed<T>(_ stage: Stage, _ body: () throws -> (T, String)) rethrows -> T {
        let start = Date()
        let (value, summary) = try body()
        let seconds = Date().timeIntervalSince(start)
        stageTimes.append((stage, seconds, summary))
        if !options.quiet {
            let name = stage.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            log("[rtranslate] \(name)" + String(format: "%7.2f s  %5d MB  ", seconds, peakMemoryMB()) + summary)
        }
        return value
    }

    public func run() throws -> TranslationResult {
        var result = TranslationResult()
        let targetPath = URL(fileURLWithPath: options.target).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: targetPath) else {
            throw Diagnostic(.translationError, "target file not found: \(options.target)",
                             at: SourceLocation(file: options.target, line: 0, column: 0))
        }
        let program: Program = try timed(.initTime) {
            let p = try evaluateTarget(path: targetPath,
                                       options: InitTimeOptions(searchPath: options.searchPaths + [options.home]),
                                       sources: sources)
            return (p, "\(p.modules.count) modules")
        }
        if options.stopAfter == .initTime { return result }

        let annotator = Annotator(builtins: program.builtins)
        annotator.initTimeCall = { try program.call($0, $1) }
        annotator.osModule = program.modules["os"]
        annotator.timeModule = program.modules["time"]
        try timed(.annotate) {
            try annotator.annotate(entryPoint: program.entryPoint)
            let blocks = annotator.descs.reduce(0) { $0 + $1.graph.blocks.count }
            let ops = annotator.descs.reduce(0) { $0 + $1.graph.blocks.reduce(0) { $0 + $1.operations.count } }
            return ((), "\(annotator.descs.count) graphs, \(blocks) blocks, \(ops) operations, \(annotator.classDefs.count) classes, \(annotator.blockAnnotations) block passes")
        }
        if options.verify { try verifyGraphs(annotator) }
        try dump(.annotate, annotator)
        if options.stopAfter == .annotate { return result }

        let lowLevel = try timed(.rtype) {
            let ll = try specialize(annotator)
            return (ll, "\(ll.classLayouts.count) class layouts, \(ll.families.count) call families, \(ll.slots.count) vtable slots")
        }
        try dump(.rtype, annotator, lowLevel)
        if options.stopAfter == .rtype { return result }

        var backendOptions = CBackendOptions()
        backendOptions.unsafe = options.unsafe
        let files = try timed(.source) {
            let files = try generateCFiles(lowLevel, options: backendOptions)
            let lines = files.reduce(0) { $0 + $1.content.split(separator: "\n").count }
            return (files, "\(lines) lines of C in \(files.count) files")
        }
        let output = URL(fileURLWithPath: options.output ?? defaultOutput(targetPath)).standardizedFileURL.path
        let buildDir = options.keepC ?? (output + ".c-build")
        try? FileManager.default.removeItem(atPath: buildDir + "/Makefile")
        try FileManager.default.createDirectory(atPath: buildDir, withIntermediateDirectories: true)
        for f in files {
            try f.content.write(toFile: buildDir + "/" + f.name, atomically: true, encoding: .utf8)
        }
        result.cSourcePath = buildDir
        if options.stopAfter == .source {
            log("[rtranslate] C source written to \(buildDir)")
            return result
        }
        try timed(.compile) {
            try compileC(buildDir, files: files.map { $0.name }.filter { $0.hasSuffix(".c") }, output: output)
            return ((), "-> \(output)")
        }
        if options.keepC == nil { try? FileManager.default.removeItem(atPath: buildDir) }
        result.executable = output
        return result
    }

    func defaultOutput(_ targetPath: String) -> String {
        let url = URL(fileURLWithPath: targetPath)
        var name = url.deletingPathExtension().lastPathComponent
        if name.hasPrefix("target") && name.count > 6 { name = String(name.dropFirst(6)) + "-c" }
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Compiles the C files in parallel (`make -j`) and links them with the runtime.
    func compileC(_ buildDir: String, files: [String], output: String) throws {
        let runtime = options.home + "/runtime-c"
        let lib = runtime + "/build/librpyrt.a"
        guard FileManager.default.fileExists(atPath: lib) else {
            throw Diagnostic(.translationError, "the C runtime is not built (\(lib) is missing): run `make runtime`",
                             at: SourceLocation(file: options.target, line: 0, column: 0))
        }
        let objects = files.map { $0.replacingOccurrences(of: ".c", with: ".o") }
        let lto = options.lto ? " -flto" : ""
        var makefile = "CC = \(options.cc)\nCFLAGS = \(options.optimization)\(lto) -fwrapv -fno-strict-aliasing -w -I\(runtime)/include\n"
        makefile += "\(output): \(objects.joined(separator: " ")) \(lib)\n"
        let linkFlags = options.lto ? "$(CFLAGS) -flto=auto " : ""
        makefile += "\t$(CC) \(linkFlags)\(objects.joined(separator: " ")) \(lib) -o \(output) -lgc -lm\n"
        makefile += "%.o: %.c program.h\n\t$(CC) $(CFLAGS) -c $< -o $@\n"
        try makefile.write(toFile: buildDir + "/Makefile", atomically: true, encoding: .utf8)
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        let (status, errors) = runProcess("make", ["-s", "-C", buildDir, "-j\(jobs)"])
        if status != 0 {
            throw Diagnostic(.internalError,
                             "the C compiler failed on the generated code (a translator bug; please report it):\n\(errors)",
                             at: SourceLocation(file: options.target, line: 0, column: 0))
        }
    }

    func verifyGraphs(_ annotator: Annotator) throws {
        var problems: [Diagnostic] = []
        for d in annotator.descs {
            for message in FlowVerifier().verify(d.graph) {
                problems.append(Diagnostic(.internalError, "graph verifier: \(message)", at: d.graph.location))
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    func dump(_ stage: Stage, _ annotator: Annotator, _ ll: LowLevelProgram? = nil) throws {
        for request in options.dumps where request.stage == stage {
            let matches = annotator.descs.filter { $0.graph.name == request.function || $0.function.name == request.function }
            if matches.isEmpty {
                log("[rtranslate] --dump: no graph named '\(request.function)'")
            }
            for d in matches {
                let printer = FlowPrinter(describe: { v in
                    guard let a = annotator.bindings[v] else { return nil }
                    if let ll = ll { return ll.lowLevelType(a).description }
                    return a.description
                })
                log(printer.print(d.graph))
            }
        }
        if let dir = options.dotDirectory, stage == .annotate {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for d in annotator.descs {
                let path = dir + "/" + sanitize(d.graph.name) + ".dot"
                try DotPrinter().print(d.graph).write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
    }
}

/// The peak resident memory of this process so far, in MB.
func peakMemoryMB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss / 1024)
}

/// Runs a program, returning its status and standard error.
func runProcess(_ executable: String, _ arguments: [String]) -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [executable] + arguments
    let err = Pipe()
    p.standardError = err
    p.standardOutput = err
    do { try p.run() } catch { return (127, "cannot run \(executable): \(error)") }
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}
