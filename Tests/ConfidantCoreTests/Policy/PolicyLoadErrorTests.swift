import ConfidantCore
import Testing

/// A policy that breaks a rule never loads, and says where and why.
@Suite struct PolicyLoadErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var source: String
        var code: PolicyLoadError.Code
        var line: Int
        var column: Int
        var message: String
        var description: String { name }
    }

    static let header = "policy \"t\" version 1 effective 2020-01-01\n"

    static let cases: [Case] = [
        Case(
            name: "unknown attribute", source: header + "refuse \"r\" when agency.knd == police because \"x\"",
            code: .unknownAttribute, line: 2, column: 17,
            message: "unknown attribute 'agency.knd'; did you mean 'agency.kind'?"),
        Case(
            name: "unknown enum value", source: header + "refuse \"r\" when agency.kind == polise because \"x\"",
            code: .unknownValue, line: 2, column: 32,
            message: "'polise' is not an agency kind; expected one of: immigration-enforcement, police,"),
        Case(
            name: "unknown value in a list",
            source: header + "refuse \"r\" when\n  offence.category in [murder, immigration-offence] because \"x\"",
            code: .unknownValue, line: 3, column: 32, message: "'immigration-offence' is not an offence category"),
        Case(
            name: "number compared with a code",
            source: header + "refuse \"r\" when offence.max_sentence_months >= serious because \"x\"",
            code: .typeMismatch, line: 2, column: 48,
            message: "offence.max_sentence_months is a whole number, but 'serious' is a code"),
        Case(
            name: "yes/no compared with a number",
            source: header + "refuse \"r\" when request.other_means_tried == 1 because \"x\"",
            code: .typeMismatch, line: 2, column: 46,
            message: "request.other_means_tried is yes/no (true or false), but 1 is a whole number"),
        Case(
            name: "ordering a code", source: header + "refuse \"r\" when agency.kind < police because \"x\"",
            code: .typeMismatch, line: 2, column: 29,
            message: "'<' compares numbers and dates, but agency.kind is an agency kind"),
        Case(
            name: "a code in quotes", source: header + "refuse \"r\" when agency.kind == \"police\" because \"x\"",
            code: .typeMismatch, line: 2, column: 32, message: "written without quotes"),
        Case(
            name: "a non-yes/no attribute alone", source: header + "refuse \"r\" when agency.kind because \"x\"",
            code: .typeMismatch, line: 2, column: 17, message: "agency.kind is an agency kind, not yes/no"),
        Case(
            name: "two attributes of different types",
            source: header + "refuse \"r\" when request.received_on == trace.score because \"x\"",
            code: .typeMismatch, line: 2, column: 40, message: "cannot be compared"),
        Case(
            name: "set used without in",
            source: header + "refuse \"r\" when request.fields == [identity] because \"x\"",
            code: .typeMismatch, line: 2, column: 32, message: "use it after 'in'"),
        Case(
            name: "missing because",
            source: header + "refuse \"r\" when agency.kind == police\nallow \"a\" fields [identity]",
            code: .syntax, line: 3, column: 1, message: "expected 'because' and the reason in quotes, found 'allow'"),
        Case(
            name: "and mixed with or",
            source: header
                + "refuse \"r\" when agency.kind == police and patient.deceased or patient.opted_out because \"x\"",
            code: .syntax, line: 2, column: 60, message: "'and' and 'or' are mixed here: add parentheses"),
        Case(
            name: "unclosed list",
            source: header + "allow \"a\" fields [identity when agency.kind == police because \"x\"",
            code: .syntax, line: 2, column: 28, message: "expected ',' or ']', found 'when'"),
        Case(
            name: "misspelt keyword", source: header + "alow \"a\" fields [identity] because \"x\"", code: .syntax,
            line: 2, column: 1, message: "found 'alow'; did you mean 'allow'?"),
        Case(
            name: "rule without a name", source: header + "allow fields [identity] because \"x\"", code: .syntax,
            line: 2, column: 7, message: "expected the rule's name in quotes"),
        Case(
            name: "single equals in a condition",
            source: header + "refuse \"r\" when agency.kind = police because \"x\"",
            code: .syntax, line: 2, column: 29, message: "'=' sets a value in a test"),
        Case(
            name: "unterminated text", source: header + "refuse \"r\" because \"no end", code: .syntax, line: 2,
            column: 20, message: "this text has no closing quote"),
        Case(
            name: "impossible date in the header", source: "policy \"t\" version 1 effective 2018-02-30\n",
            code: .badDate, line: 1, column: 32, message: "2018-02-30 is not a day on the calendar"),
        Case(
            name: "malformed date in a condition",
            source: header + "refuse \"r\" when request.received_on < 2018-5-9 because \"x\"", code: .badDate, line: 2,
            column: 39, message: "dates are written YYYY-MM-DD"),
        Case(
            name: "impossible date in a test",
            source: header + "test \"t\" {\n  request.received_on = 2019-13-01\n  expect refused\n}", code: .badDate,
            line: 3, column: 25, message: "2019-13-01 is not a day on the calendar"),
        Case(
            name: "duplicate rule name",
            source: header + "refuse \"same\" because \"x\"\nrefuse \"same\" when patient.deceased because \"y\"",
            code: .duplicateName, line: 3, column: 8, message: "there is already a rule called 'same' (line 2)"),
        Case(
            name: "duplicate test name",
            source: header + "test \"t\" { expect refused }\ntest \"t\" { expect refused }", code: .duplicateName,
            line: 3, column: 6, message: "there is already a test called 't' (line 2)"),
        Case(
            name: "test expecting an unknown rule",
            source: header + "refuse \"r\" because \"x\"\ntest \"t\" { expect refused by \"rr\" }", code: .unknownRule,
            line: 3, column: 30, message: "this policy has no rule called 'rr'"),
        Case(
            name: "unknown coarsening level",
            source: header + "coarsen \"c\" location to postcode because \"x\"", code: .unknownValue, line: 2,
            column: 25, message: "'postcode' is not a level of location; expected one of: full, sector, district, area"),
        Case(
            name: "unknown field category", source: header + "allow \"a\" fields [identity, adress] because \"x\"",
            code: .unknownValue, line: 2, column: 29, message: "'adress' is not a field category"),
        Case(
            name: "missing header", source: "refuse \"r\" because \"x\"", code: .syntax, line: 1, column: 1,
            message: "expected the header 'policy \"name\" version 1 effective YYYY-MM-DD'"),
        Case(
            name: "version zero", source: "policy \"t\" version 0 effective 2020-01-01", code: .invalidHeader, line: 1,
            column: 20, message: "the version is a whole number from 1"),
    ]

    @Test(arguments: cases)
    func failsToLoadWithFileLineColumnAndMessage(_ test: Case) {
        guard let error = PolicyFixtures.loadError(test.source) else {
            Issue.record("the policy loaded")
            return
        }
        #expect(error.code == test.code, "\(error)")
        #expect(error.file == "test.policy")
        #expect(error.line == test.line, "\(error)")
        #expect(error.column == test.column, "\(error)")
        #expect(error.message.contains(test.message), "\(error)")
        #expect(error.description.hasPrefix("test.policy:\(test.line):\(test.column): "))
    }

    @Test func theContentHashMustBeSHA256Hex() {
        #expect(throws: PolicyLoadError.self) {
            try Policy(source: Self.header, file: "a.policy", contentHash: "not-a-hash")
        }
        do {
            _ = try Policy(source: Self.header, file: "a.policy", contentHash: "abc")
        } catch {
            #expect(error.code == .invalidContentHash)
        }
    }

    @Test func commentsAndMultiLineReasonsLoad() throws {
        let policy = try PolicyFixtures.policy(
            Self.header + """
                # A comment line.
                refuse "r"   # a comment after a name
                  when patient.deceased
                  because "A reason
                           over two lines."
                """)
        #expect(policy.rules.map(\.reason) == ["A reason over two lines."])
        #expect(policy.rules.first?.condition == "patient.deceased")
        #expect(policy.rules.first?.line == 3)
    }
}
