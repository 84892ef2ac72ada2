extension JSONObjectReader {
    /// Text at `key`; empty text counts as absent.
    mutating func string(_ key: String, required: String? = nil) -> String? {
        guard let value = value(key, required: required) else { return nil }
        var problems = self.problems
        defer { self.problems = problems }
        return Self.string(value, at: path(key), required: required, problems: &problems)
    }

    /// `true` or `false` at `key`.
    mutating func bool(_ key: String, required: String? = nil) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard case .bool(let flag) = value else {
            report(.wrongType(path(key), "expected true or false, found \(value.kindName)"))
            return nil
        }
        return flag
    }

    /// A whole number at `key`.
    mutating func int(_ key: String, required: String? = nil) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e15 else {
            report(.wrongType(path(key), "expected a whole number, found \(value.kindName)"))
            return nil
        }
        return Int(number)
    }

    /// A `YYYY-MM-DD` date at `key`.
    mutating func date(_ key: String, required: String? = nil) -> CalendarDate? {
        guard let value = value(key, required: required) else { return nil }
        var problems = self.problems
        defer { self.problems = problems }
        return Self.date(value, at: path(key), problems: &problems)
    }

    /// A code from a closed list at `key`.
    mutating func code<E: RawRepresentable<String> & CaseIterable>(
        _ type: E.Type, _ key: String, kind: String, required: String? = nil
    ) -> E? {
        guard let value = value(key, required: required) else { return nil }
        var problems = self.problems
        defer { self.problems = problems }
        return Self.code(type, value, at: path(key), kind: kind, problems: &problems)
    }

    /// A list of codes from a closed list at `key`.
    mutating func codes<E: RawRepresentable<String> & CaseIterable>(
        _ type: E.Type, _ key: String, kind: String, required: String? = nil
    ) -> [E]? {
        list(key, required: required) { value, path, problems in
            Self.code(type, value, at: path, kind: kind, problems: &problems)
        }
    }

    /// An identifier of type `type` at `key`.
    mutating func identifier<Subject>(
        _ key: String, _ type: DisclosureIdentifier<Subject>.Type, required: String? = nil
    ) -> DisclosureIdentifier<Subject>? {
        guard let text = string(key, required: required) else { return nil }
        do {
            return try DisclosureIdentifier<Subject>(text)
        } catch {
            report(error.at(path(key)))
            return nil
        }
    }

    static func string(
        _ value: JSONValue, at path: String, required: String? = nil, problems: inout [ValidationProblem]
    ) -> String? {
        guard case .string(let text) = value else {
            problems.append(.wrongType(path, "expected text, found \(value.kindName)"))
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            if let required { problems.append(.missing(path, required)) }
            return nil
        }
        return text
    }

    static func date(_ value: JSONValue, at path: String, problems: inout [ValidationProblem]) -> CalendarDate? {
        guard let text = string(value, at: path, problems: &problems) else { return nil }
        do {
            return try CalendarDate(iso: text)
        } catch {
            problems.append(.invalidFormat(path, error.description))
            return nil
        }
    }

    static func code<E: RawRepresentable<String> & CaseIterable>(
        _ type: E.Type, _ value: JSONValue, at path: String, kind: String, problems: inout [ValidationProblem]
    ) -> E? {
        guard let text = string(value, at: path, problems: &problems) else { return nil }
        if let code = E(rawValue: text) { return code }
        let names = E.allCases.map(\.rawValue)
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        problems.append(
            .unknownValue(
                path,
                "'\(shown)' is not \(kind); expected one of: \(names.joined(separator: ", "))"
                    + NameSuggestion.hint(for: text, among: names)))
        return nil
    }
}
