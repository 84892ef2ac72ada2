import ConfidantCore

/// The true details of a person a query is written about: from a registry ``Patient`` (as
/// written, with case and punctuation) or from a ``TraceProfile`` (already normalised, as the
/// trainer sees it).
struct Subject: Sendable {
    struct Residence: Sendable {
        /// The street line as a person would write it (`12 High Street`, `Flat 3, 12 High Street`).
        var line: String
        var postcode: Postcode?
    }

    var nhsNumber: NHSNumber
    /// Given names as written, first name first.
    var given: [String]
    var family: String
    /// Earlier family names (maiden names), most recent first.
    var previousFamilies: [String]
    var birthDate: CalendarDate
    var gender: Gender
    /// The current address first, then earlier ones, most recent first.
    var residences: [Residence]
    var gpPractice: ODSCode?
    var isRestricted: Bool

    init(patient: Patient) {
        nhsNumber = patient.nhsNumber
        let usual = patient.usualName ?? patient.names.last
        given = usual?.given ?? []
        let family = usual?.family ?? ""
        self.family = family
        previousFamilies = patient.previousNames.reversed().map(\.family).filter { $0 != family }
        birthDate = patient.birthDate
        gender = patient.gender
        let current = patient.currentAddress
        let ordered = (current.map { [$0] } ?? []) + patient.addresses.reversed().filter { $0 != current }
        residences = ordered.map { address in
            let street = address.lines.count >= 2 ? Array(address.lines.dropLast().prefix(2)) : address.lines
            // "Flat 3", "12 High Street" → "Flat 3, 12 High Street"; a locality line is not part of it.
            let line = street.first.map { first in
                first.hasPrefix("Flat") && street.count > 1 ? first + ", " + street[1] : first
            }
            return Residence(line: line ?? "", postcode: address.postcode)
        }
        gpPractice = patient.gp?.practice
        isRestricted = patient.securityLabel.isRestricted
    }

    init(profile: TraceProfile) {
        nhsNumber = profile.nhsNumber
        let usual = profile.usualName
        given = usual?.given ?? []
        let family = usual?.family.text ?? ""
        self.family = family
        previousFamilies = profile.names.dropFirst().map(\.family.text).filter { $0 != family }
        birthDate = profile.birthDate
        gender = profile.gender
        residences = profile.addresses.map { address in
            Residence(line: address.tokens.joined(separator: " "), postcode: address.postcode?.postcode)
        }
        gpPractice = profile.gpPractice.flatMap { try? ODSCode($0) }
        isRestricted = profile.isRestricted
    }
}
