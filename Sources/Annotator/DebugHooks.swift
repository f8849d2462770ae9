// DebugHooks.swift — opt-in tracing for translator developers (environment variables).

import Foundation

/// RTRANSLATE_TRACE_ATTR=name prints every annotation of attribute reads of that name.
let traceAttribute: String? = ProcessInfo.processInfo.environment["RTRANSLATE_TRACE_ATTR"]

func traceLine(_ s: String) {
    FileHandle.standardError.write((s + "\n").data(using: .utf8)!)
}
