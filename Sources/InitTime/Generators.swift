// Generators.swift — lazy generator functions at init time.
//
// Part of stage 2 (see Evaluator.swift). A tree-walking evaluator cannot suspend a Swift call
// stack, so each generator body runs on its own thread, and control passes back and forth
// with semaphores: exactly one thread runs at any time. The interpreter's per-execution state
// (call sites, handled exceptions, depth, ...) is swapped at each hand-over so that the
// consumer and the generator each see their own. Values come out in CPython's order, so side
// effects interleave as they do on CPython, and endless generators work with `zip`, `next`, ...
// A generator whose iterator is dropped before its end is closed: its thread unwinds and exits.

import Foundation
import OrderedCollections
import Syntax

/// The interpreter state that belongs to one thread of execution.
struct ExecutionState {
    var callSites: [SourceLocation?]
    var handling: [PyErr]
    var depth: Int
    var allowBigInts: Bool
    var overflowRaises: Bool
    var classBodyStack: [Frame]
    var nesting: Int
    var reprActive: Set<ObjectIdentifier>
}

/// One running generator: its thread, the hand-over semaphores and what it produced last.
final class GeneratorRun: @unchecked Sendable {
    let toGenerator = DispatchSemaphore(value: 0)
    let toConsumer = DispatchSemaphore(value: 0)
    var produced: Result<Value?, Error> = .success(nil)
    var state: ExecutionState?
    var started = false
    var finished = false
    var running = false
    var closing = false
    let name: String
    init(name: String) { self.name = name }
}

extension Interpreter {
    func captureState() -> ExecutionState {
        ExecutionState(callSites: callSites, handling: handling, depth: depth, allowBigInts: allowBigInts,
                       overflowRaises: overflowRaises, classBodyStack: classBodyStack, nesting: nesting,
                       reprActive: reprActive)
    }

    func installState(_ s: ExecutionState) {
        callSites = s.callSites
        handling = s.handling
        depth = s.depth
        allowBigInts = s.allowBigInts
        overflowRaises = s.overflowRaises
        classBodyStack = s.classBodyStack
        nesting = s.nesting
        reprActive = s.reprActive
    }

    /// The iterator a call of a generator function returns; `body` runs the function's frame
    /// (on the generator's thread) and reports how it ended.
    func makeGenerator(_ name: String, _ frame: Frame, _ body: @escaping () throws -> Value) -> PyIterator {
        let run = GeneratorRun(name: name)
        frame.generator = run
        let handle = GeneratorHandle(run: run, interpreter: self)
        weak var iterator: PyIterator?
        let it = PyIterator(next: {
            try handle.interpreter.resume(handle.run) {
                let result = try body()
                iterator?.returnValue = result
            }
        })
        iterator = it
        return it
    }

    /// Ends a suspended generator nobody can resume any more: its thread unwinds and exits.
    func close(_ run: GeneratorRun) {
        guard run.started, !run.finished, !run.running else { return }
        run.running = true
        run.closing = true
        let consumer = captureState()
        installState(run.state ?? consumer)
        run.toGenerator.signal()
        run.toConsumer.wait()
        installState(consumer)
        run.running = false
    }

    func resume(_ run: GeneratorRun, _ body: @escaping () throws -> Void) throws -> Value? {
        if run.finished { return nil }
        if run.running { throw pyError("ValueError", "generator already executing") }
        run.running = true
        let consumer = captureState()
        if run.started {
            installState(run.state ?? consumer)
            run.toGenerator.signal()
        } else {
            run.started = true
            if consumer.depth >= 1000 {
                run.running = false
                run.finished = true
                throw pyError("RecursionError", "maximum recursion depth exceeded (generators)")
            }
            var initial = consumer
            initial.handling = []
            initial.depth += 1
            installState(initial)
            let thread = Thread {
                do {
                    try body()
                    run.produced = .success(nil)
                } catch {
                    run.produced = .failure(error)
                }
                run.finished = true
                run.state = self.captureState()
                run.toConsumer.signal()
            }
            thread.stackSize = 1 << 26
            thread.start()
        }
        run.toConsumer.wait()
        installState(consumer)
        run.running = false
        return try run.produced.get()
    }

    /// `yield value` inside a generator body: hand the value to the consumer and wait to be
    /// resumed.
    func yieldValue(_ v: Value, _ f: Frame) throws {
        guard let run = f.generator else { throw unsupported("'yield' outside a function") }
        run.produced = .success(v)
        run.state = captureState()
        run.toConsumer.signal()
        run.toGenerator.wait()
        if run.closing { throw GeneratorClosed() }
    }
}

/// Unwinds a generator body whose iterator was dropped (no `except` or `finally` sees it).
struct GeneratorClosed: Error {}

/// Owned only by the generator's iterator: when the iterator goes away, the suspended body
/// is closed so that its thread does not stay parked forever.
final class GeneratorHandle {
    let run: GeneratorRun
    let interpreter: Interpreter
    init(run: GeneratorRun, interpreter: Interpreter) {
        self.run = run
        self.interpreter = interpreter
    }
    deinit { interpreter.close(run) }
}
