import ConfidantCore

/// A ``SimulationReport`` as a person reads it: two tables (outcomes, rules) with a column
/// per version, then each kind of change with its count and example request ids.
struct SimulationText {
    let report: SimulationReport

    init(_ report: SimulationReport) {
        self.report = report
    }

    var text: String {
        let (before, after) = ("v\(report.before.version)", "v\(report.after.version)")
        var lines = [
            "replayed \(report.total) requests under \(report.before) and \(report.after)",
            "unchanged: \(report.unchanged); changed: \(report.total - report.unchanged)",
            "",
        ]
        lines += table(
            "outcome", before, after, report.outcomes.map { ($0.outcome.rawValue, $0.before, $0.after) })
        lines.append("")
        lines += table("rule fired", before, after, report.rules.map { ($0.rule, $0.before, $0.after) })
        lines.append("")
        lines.append(report.changes.isEmpty ? "no changes" : "changes, most frequent first:")
        for change in report.changes {
            lines.append("  \(change.count) × \(change.description)")
            if !change.examples.isEmpty {
                lines.append("      e.g. \(change.examples.map(\.value).joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Left-aligned names, right-aligned counts.
    private func table(_ title: String, _ before: String, _ after: String, _ rows: [(String, Int, Int)]) -> [String] {
        let width = max(title.count, rows.map(\.0.count).max() ?? 0)
        let numbers = max(8, (rows.flatMap { [String($0.1).count, String($0.2).count] }.max() ?? 0) + 2)
        func pad(_ text: String, _ count: Int, left: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, count - text.count))
            return left ? text + fill : fill + text
        }
        func row(_ name: String, _ old: String, _ new: String) -> String {
            pad(name, width, left: true) + pad(old, numbers, left: false) + pad(new, numbers, left: false)
        }
        return [row(title, before, after)] + rows.map { row($0.0, String($0.1), String($0.2)) }
    }
}
