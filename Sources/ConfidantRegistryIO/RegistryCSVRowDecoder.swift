import ConfidantCore
import Foundation

/// Turns one CSV record into a validated ``ConfidantCore/Patient``.
///
/// Built once from the header, which it checks: every required column present,
/// no unknown or repeated column. Then each row is decoded field by field, and the
/// first problem is reported with its line and column.
public struct RegistryCSVRowDecoder: Sendable {
    /// Index in the header of each known column, by ``RegistryCSVColumn/ordinal``, or `nil`
    /// when the file omits it.
    private let indices: [Int?]
    private let width: Int

    /// Checks a header row.
    ///
    /// - Throws: ``RegistryFileError`` naming the missing, unknown or repeated column.
    public init(header: [String]) throws(RegistryFileError) {
        var indices: [RegistryCSVColumn: Int] = [:]
        for (index, raw) in header.enumerated() {
            // A UTF-8 byte order mark before the first column name is tolerated.
            let name = (index == 0 ? String(raw.drop { $0 == "\u{FEFF}" }) : raw)
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard let column = RegistryCSVColumn(rawValue: name) else {
                throw RegistryFileError(
                    .csv(line: 1, column: nil),
                    "unknown column \"\(name.prefix(40))\" in the header (see docs/registry-csv.md)")
            }
            guard indices[column] == nil else {
                throw RegistryFileError(.csv(line: 1, column: name), "column appears twice in the header")
            }
            indices[column] = index
        }
        for column in RegistryCSVColumn.required where indices[column] == nil {
            throw RegistryFileError(
                .csv(line: 1, column: column.rawValue), "required column is missing from the header")
        }
        var byOrdinal = [Int?](repeating: nil, count: RegistryCSVColumn.allCases.count)
        for (column, index) in indices { byOrdinal[column.ordinal] = index }
        self.indices = byOrdinal
        self.width = header.count
    }

    /// Decodes one record.
    ///
    /// - Parameters:
    ///   - fields: the record's fields, as the CSV reader split them.
    ///   - line: the line the record starts on, for error messages.
    /// - Throws: ``RegistryFileError`` for the first field that breaks a rule.
    public func patient(_ fields: [String], line: Int) throws(RegistryFileError) -> Patient {
        guard fields.count == width else {
            throw RegistryFileError(
                .csv(line: line, column: nil),
                "expected \(width) fields, found \(fields.count) (check the quoting and the commas)")
        }
        let cells = Cells(fields: fields, indices: indices, line: line)
        let nhsNumber = try cells.parse(.nhsNumber) { (text: String) throws(NHSNumberError) in try NHSNumber(text) }
        let given = try cells.name(.givenNames, required: false)
        let family = try cells.name(.familyName, required: true).joined(separator: " ")
        let previous = try cells.list(.previousFamilyNames).map { text throws(RegistryFileError) in
            try cells.checkName(text, .previousFamilyNames)
        }
        let birthDate = try cells.date(.birthDate)
        let gender = try cells.code(.gender, Gender.self)
        let deathDate = try cells.optionalDate(.deathDate)
        // Empty lines are left out here, as `Address` would drop them.
        var lines: [String] = []
        lines.reserveCapacity(4)
        for column in [RegistryCSVColumn.addressLine1, .addressLine2, .addressLine3, .addressLine4] {
            if let line = try cells.text(column) { lines.append(line) }
        }
        let postcode = try cells.optional(.postcode) { (text: String) throws(PostcodeError) in try Postcode(text) }
        let addressFrom = try cells.optionalDate(.addressFrom)
        let practice = try cells.optional(.gpPractice) { (text: String) throws(ODSCodeError) in
            try ODSCode(practice: text)
        }
        let registeredOn = try cells.optionalDate(.registeredOn)
        let label = try cells.optionalCode(.securityLabel, SecurityLabel.self) ?? .unrestricted
        let phone = try cells.phone(.phone)
        let email = try cells.email(.email)
        let objections = try cells.list(.objections).map { text throws(RegistryFileError) in
            guard let kind = Objection.Kind(rawValue: text.lowercased()) else {
                throw cells.error(.objections, "unknown objection; use national-data-opt-out or type-1")
            }
            return Objection(kind: kind)
        }

        var names: [PersonName] = []
        names.reserveCapacity(previous.count + 1)
        for family in previous { names.append(PersonName(use: .previous, given: given, family: family)) }
        names.append(PersonName(use: .usual, given: given, family: family))
        let hasAddress = postcode != nil || !lines.isEmpty
        if registeredOn != nil && practice == nil {
            throw cells.error(.registeredOn, "a registration date needs a gp_practice")
        }
        let patient = Patient(
            nhsNumber: nhsNumber, names: names, birthDate: birthDate, gender: gender, deathDate: deathDate,
            addresses: hasAddress
                ? [Address(lines: lines, postcode: postcode, period: Period(start: addressFrom))] : [],
            gp: practice.map { GPRegistration(practice: $0, registeredOn: registeredOn) },
            contact: ContactDetails(phone: phone, email: email), securityLabel: label,
            objections: objections
        )
        if let problem = patient.validationProblems().first {
            throw RegistryFileError(.csv(line: line, column: problem.field), problem.message)
        }
        return patient
    }
}
