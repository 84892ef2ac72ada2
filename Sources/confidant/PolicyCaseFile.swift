import ConfidantCore
import Foundation

/// Reads policy cases (``PolicyInput`` as JSON): one document for `explain`, JSON Lines
/// (a case a line) for `simulate`. Every problem message names the field, and for JSON
/// Lines the line, so a hand-edited file can be put right.
enum PolicyCaseFile {
    /// Reads one case from a file holding one JSON document.
    ///
    /// - Throws: ``CommandFailure`` when the file cannot be read, is not JSON, or is not a valid case.
    static func single(_ path: String) throws -> PolicyInput {
        try parse(try contents(path), at: path)
    }

    /// Reads a case from each non-blank line of a JSON Lines file.
    ///
    /// - Throws: ``CommandFailure`` naming the first bad line and its field; no cases are returned then.
    static func lines(_ path: String) throws -> [PolicyInput] {
        let data = try contents(path)
        var cases: [PolicyInput] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { !isWhitespace($0) }) {
            cases.append(try parse(Data(line), at: "\(path) line \(index + 1)"))
        }
        guard !cases.isEmpty else { throw CommandFailure("\(path) holds no cases (one JSON case a line)") }
        return cases
    }

    private static func contents(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the case file \(path)")
        }
        return data
    }

    private static func parse(_ data: Data, at place: String) throws -> PolicyInput {
        guard let json = JSONValue.parse(data) else { throw CommandFailure("\(place): not a JSON document") }
        switch PolicyInput.validate(json) {
        case .valid(let input):
            return input
        case .invalid(let problems):
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            throw CommandFailure("\(place): \(problems[0])\(more)")
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
