import Foundation

/// The known-answer vectors in Resources/tlog-vectors.txt, made by an independent implementation.
///
/// The file has `[section]` headers, `#` comments, records of the form `kind key=value key="quoted value"`
/// (free text after the fields, as in `layout` lines, is kept as `text`), bare `key=value` lines, and
/// `-----BEGIN NAME-----` / `-----END NAME-----` blocks holding exact file contents.
struct VectorFile: Sendable {
    struct Record: Sendable, CustomStringConvertible {
        let section: String
        let kind: String
        let fields: [String: String]
        let text: String
        let line: Int

        /// The field's value; records the test suite reads always have the fields it asks for.
        subscript(_ key: String) -> String {
            self.fields[key] ?? ""
        }

        var description: String {
            "\(self.section) line \(self.line): \(self.kind) \(self.fields.keys.sorted())"
        }
    }

    struct Block: Sendable {
        let section: String
        let name: String
        let body: String
    }

    let records: [Record]
    let blocks: [Block]

    /// The parsed file, loaded once.
    static let shared: VectorFile = {
        guard let url = Bundle.module.url(forResource: "tlog-vectors", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("Resources/tlog-vectors.txt is missing from the test bundle")
        }
        return VectorFile(parsing: text)
    }()

    init(parsing text: String) {
        var records: [Record] = []
        var blocks: [Block] = []
        var section = ""
        var open: (name: String, lines: [String])?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            if var block = open {
                if line.hasPrefix("-----END ") {
                    blocks.append(
                        Block(section: section, name: block.name, body: block.lines.map { $0 + "\n" }.joined()))
                    open = nil
                } else {
                    block.lines.append(line)
                    open = block
                }
                continue
            }
            if line.hasPrefix("-----BEGIN ") && line.hasSuffix("-----") {
                open = (String(line.dropFirst(11).dropLast(5)), [])
                continue
            }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            if line.isEmpty || line.hasPrefix("#") {
                continue
            }
            records.append(Self.record(line, section: section, number: number + 1))
        }
        self.records = records
        self.blocks = blocks
    }

    private static func record(_ line: String, section: String, number: Int) -> Record {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                current.append(character)
            } else if character == " " && !quoted {
                if !current.isEmpty {
                    tokens.append(current)
                }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty {
            tokens.append(current)
        }
        if let comment = tokens.firstIndex(where: { $0.hasPrefix("#") }) {
            tokens.removeSubrange(comment...)
        }
        var kind = ""
        if let first = tokens.first, !first.contains("=") {
            kind = first
            tokens.removeFirst()
        }
        var fields: [String: String] = [:]
        var text: [String] = []
        for token in tokens {
            if text.isEmpty, let equals = token.firstIndex(of: "=") {
                var value = String(token[token.index(after: equals)...])
                if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
                    value = String(value.dropFirst().dropLast())
                }
                fields[String(token[..<equals])] = value
            } else {
                text.append(token)
            }
        }
        return Record(section: section, kind: kind, fields: fields, text: text.joined(separator: " "), line: number)
    }

    func records(_ section: String, _ kind: String) -> [Record] {
        self.records.filter { $0.section == section && $0.kind == kind }
    }

    /// The single value of a bare `key=value` line in a section.
    func value(_ section: String, _ key: String) -> String {
        self.records.first { $0.section == section && $0.kind.isEmpty && $0.fields[key] != nil }?[key] ?? ""
    }
}
