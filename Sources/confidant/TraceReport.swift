import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import Logging

/// Trace results for people: the outcome, then every candidate and why it scored as it did.
enum TraceReport {
    static func print(_ result: TraceResult) {
        var lines = ["outcome: \(result.outcome.rawValue)" + (result.stage.map { " (\($0.rawValue) search)" } ?? "")]
        if let matched = result.matchedNHSNumber { lines.append("matched: \(matched)") }
        if let reason = result.reason { lines.append("reason: \(reason)") }
        for candidate in result.candidates {
            let flags = [candidate.isRestricted ? "restricted" : nil, candidate.isDeceased ? "deceased" : nil]
                .compactMap { $0 }
            lines.append(
                "  \(candidate.nhsNumber)  p=\(String(format: "%.4f", candidate.probability))  weight \(String(format: "%.1f", candidate.matchWeight))"
                    + (flags.isEmpty ? "" : "  [\(flags.joined(separator: ", "))]"))
            lines.append(
                "    " + candidate.agreement.map { "\($0.comparison)=\($0.level)" }.joined(separator: " ")
                    + "  found by " + candidate.foundBy.map(\.rawValue).joined(separator: ","))
        }
        Output.line(lines.joined(separator: "\n"))
    }
}
