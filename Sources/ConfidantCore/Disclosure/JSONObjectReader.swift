/// Reads one JSON object field by field, collecting every problem with its path
/// and reporting the keys nobody asked for as unknown (usually misspellings).
///
/// Each domain type's validation is written against this reader, so a submission
/// with five mistakes gets five problems back, each naming its field.
struct JSONObjectReader {
    /// The path of this object (`""` at the root, `offence`, `status_history[1]`).
    let path: String
    private let object: [String: JSONValue]
    private var asked: [String] = []
    var problems: [ValidationProblem] = []

    private init(path: String, object: [String: JSONValue]) {
        self.path = path
        self.object = object
    }

    /// Reads a whole value as an object with `body`, then reports unknown keys.
    ///
    /// - Parameters:
    ///   - value: the decoded JSON.
    ///   - kind: what the object is, for messages (`a disclosure request`).
    ///   - body: reads the fields and builds the value, or returns `nil`.
    static func read<T: Sendable>(
        _ value: JSONValue, kind: String, path: String = "", _ body: (inout JSONObjectReader) -> T?
    ) -> ValidationResult<T> {
        var problems: [ValidationProblem] = []
        let built = nested(value, kind: kind, path: path, problems: &problems, body)
        return .from(built, problems: problems)
    }

    /// Reads `value` as an object at `path`, appending its problems to `problems`.
    static func nested<T>(
        _ value: JSONValue, kind: String, path: String, problems: inout [ValidationProblem],
        _ body: (inout JSONObjectReader) -> T?
    ) -> T? {
        guard case .object(let object) = value else {
            problems.append(.wrongType(path, "expected \(kind) (a JSON object), found \(value.kindName)"))
            return nil
        }
        var reader = JSONObjectReader(path: path, object: object)
        let built = body(&reader)
        reader.reportUnknownKeys(kind: kind)
        problems += reader.problems
        return built
    }

    /// The path of `key` inside this object.
    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Records a problem found by the caller.
    mutating func report(_ problem: ValidationProblem) {
        problems.append(problem)
    }

    /// The value at `key`, treating `null` as absent.
    ///
    /// - Parameter required: the message when the key is absent, or `nil` if it is optional.
    mutating func value(_ key: String, required: String? = nil) -> JSONValue? {
        asked.append(key)
        switch object[key] {
        case .none, .null?:
            if let required { problems.append(.missing(path(key), required)) }
            return nil
        case let value?:
            return value
        }
    }

    /// A nested object read with `body`.
    mutating func object<T>(
        _ key: String, kind: String, required: String? = nil, _ body: (inout JSONObjectReader) -> T?
    ) -> T? {
        guard let value = value(key, required: required) else { return nil }
        return Self.nested(value, kind: kind, path: path(key), problems: &problems, body)
    }

    /// A list whose elements are converted by `element`, which gets each element's path.
    mutating func list<T>(
        _ key: String, required: String? = nil,
        _ element: (JSONValue, String, inout [ValidationProblem]) -> T?
    ) -> [T]? {
        guard let value = value(key, required: required) else { return nil }
        guard case .array(let items) = value else {
            problems.append(.wrongType(path(key), "expected a list, found \(value.kindName)"))
            return nil
        }
        var result: [T] = []
        var failed = false
        for (index, item) in items.enumerated() {
            if let converted = element(item, "\(path(key))[\(index)]", &problems) {
                result.append(converted)
            } else {
                failed = true
            }
        }
        return failed ? nil : result
    }

    private mutating func reportUnknownKeys(kind: String) {
        for key in object.keys.sorted() where !asked.contains(key) {
            let shown = key.count > 40 ? String(key.prefix(40)) + "…" : key
            problems.append(
                .unknownKey(
                    path(key),
                    "'\(shown)' is not a field of \(kind)" + NameSuggestion.hint(for: key, among: asked)))
        }
    }
}
