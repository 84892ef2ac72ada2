import ConfidantCore
import Foundation
import Testing

/// The policy case format (``PolicyInput`` as JSON) that `confidant policy explain` reads
/// and `generate` writes: it round-trips, fills documented defaults, and names the field
/// of every problem.
@Suite struct PolicyCaseFormatTests {
    static let year = SyntheticRequestYear(seed: 2016)
    /// A countersigned request about an offence, so every mistake below has a field to spoil.
    static let base = year.cases.first { $0.request.countersignatory != nil && $0.request.offence != nil }!

    /// A generated case as a JSON value, to change one field at a time.
    static func document(_ input: PolicyInput = base) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(input))
    }

    /// Every case of the full year. About 25 s in a debug build, most of it Swift Testing
    /// capturing a backtrace for each error that `JSONValue`'s decoder throws and catches
    /// while it tries each JSON type; `SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0` makes it about 7 s.
    @Test func everyGeneratedCaseRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let decoder = JSONDecoder()
        var mismatches: [String] = []
        for input in Self.year.cases {
            let decoded = try decoder.decode(PolicyInput.self, from: try encoder.encode(input))
            if decoded != input { mismatches.append(input.request.id.value) }
        }
        #expect(Self.year.cases.count == 11_667)
        #expect(mismatches.isEmpty, "\(mismatches.count) cases changed, first \(mismatches.first ?? "")")
    }

    @Test func writesThePolicysAttributeNamesInSnakeCase() throws {
        let input = try #require(Self.year.cases.first { $0.trace.outcome == .uniqueMatch })
        let json = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(input)) as? [String: Any])
        #expect(Set(json.keys) == ["request", "agency", "agreement", "trace", "patient", "decided_on"])
        let patient = try #require(json["patient"] as? [String: Any])
        #expect(Set(patient.keys) == ["security_label", "deceased", "opted_out"])
        #expect(patient["security_label"] as? String == input.patient.securityLabel.rawValue)
        let trace = try #require(json["trace"] as? [String: Any])
        #expect(trace["outcome"] as? String == "unique-match")
        #expect(json["decided_on"] as? String == input.decidedOn.description)
    }

    @Test func traceAndPatientAndDecisionDayHaveDocumentedDefaults() throws {
        let input = Self.base
        let minimal = try Self.document(input).removing("trace").removing("patient").removing("decided_on")
        let decoded = try #require(PolicyInput.validate(minimal).value)
        #expect(decoded.trace == .exactMatch)
        #expect(decoded.patient == PatientFlags())
        #expect(decoded.decidedOn == input.request.receivedOn)
        // Inside trace and patient, everything but the outcome is optional too.
        let partial = try Self.document(input)
            .setting(["trace"], .object(["outcome": .string("ambiguous")]))
            .setting(["patient"], .object(["deceased": .bool(true)]))
        let filled = try #require(PolicyInput.validate(partial).value)
        #expect(filled.trace == TraceSummary(outcome: .ambiguous, score: 0, candidates: 2))
        #expect(filled.patient == PatientFlags(isDeceased: true))
    }

    /// One mistake each, and the problem it must report (equality compares code and field).
    static let mistakes: [(path: [String], value: JSONValue?, problem: ValidationProblem)] = [
        (["trace", "score"], .string("high"), .wrongType("trace.score", "")),
        (["trace", "score"], .number(1.5), .outOfRange("trace.score", "")),
        (["trace", "outcome"], .string("match"), .unknownValue("trace.outcome", "")),
        (["trace", "outcome"], nil, .missing("trace.outcome", "")),
        (["trace", "candidates"], .number(-1), .outOfRange("trace.candidates", "")),
        (
            ["trace"], .object(["outcome": .string("ambiguous"), "candidates": .number(1)]),
            .inconsistent("trace.candidates", "")
        ),
        (["patient", "security_label"], .string("S"), .unknownValue("patient.security_label", "")),
        (["patient", "deceased"], .string("yes"), .wrongType("patient.deceased", "")),
        (["patient", "opted_in"], .bool(true), .unknownKey("patient.opted_in", "")),
        (["decided_on"], .string("2015-12-31"), .inconsistent("decided_on", "")),
        (["decided_on"], .string("2018-02-30"), .invalidFormat("decided_on", "")),
        (["decision_day"], .string("2018-06-01"), .unknownKey("decision_day", "")),
        (["agency"], nil, .missing("agency", "")),
        (["agency", "kind"], .string("immigration"), .unknownValue("agency.kind", "")),
        (["agreement", "permitted_fields"], .array([]), .missing("agreement.permitted_fields", "")),
        (["request"], .string("req-1"), .wrongType("request", "")),
        (
            ["request", "offence", "max_sentence_months"], .string("ten"),
            .wrongType("request.offence.max_sentence_months", "")
        ),
        (
            ["request", "countersignatory"], .string(base.request.officer.value),
            .inconsistent("request.countersignatory", "")
        ),
        (
            ["request", "requested_fields"], .array([.string("clinical")]),
            .notPermitted("request.requested_fields", "")
        ),
        (["request", "received_on"], nil, .missing("request.received_on", "")),
    ]

    @Test(arguments: mistakes.indices)
    func aBadCaseNamesItsField(_ index: Int) throws {
        let (path, value, expected) = Self.mistakes[index]
        let document = try Self.document().setting(path, value)
        let problems = PolicyInput.validate(document).problems
        #expect(problems.contains(expected), "\(path): got \(problems)")
        #expect(problems.allSatisfy { !$0.message.isEmpty })
    }

    @Test func decodingABadCaseThrowsNamingTheField() throws {
        let document = try Self.document().setting(["trace", "score"], .string("high"))
        let data = try JSONEncoder().encode(document)
        #expect {
            _ = try JSONDecoder().decode(PolicyInput.self, from: data)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.hasPrefix("trace.score: ")
        }
    }
}

extension JSONValue {
    /// This document with the value at `path` replaced (or removed, when `value` is `nil`).
    func setting(_ path: [String], _ value: JSONValue?) throws -> JSONValue {
        guard let key = path.first else { return value ?? .null }
        guard case .object(var object) = self else { throw SettingFailed(path: path) }
        if path.count == 1 {
            object[key] = value
        } else {
            object[key] = try (object[key] ?? .object([:])).setting(Array(path.dropFirst()), value)
        }
        return .object(object)
    }

    /// This document without the top-level `key`.
    func removing(_ key: String) throws -> JSONValue {
        try setting([key], nil)
    }

    struct SettingFailed: Error {
        let path: [String]
    }
}
