import ConfidantCore

/// Turns registry patients into labelled queries written the way real requests are wrong:
/// typos, phonetic spellings, nicknames, swapped names, day and month swapped, year off by
/// one, old addresses, previous surnames and missing fields, in names written with titles,
/// in capitals or lower case, and dates written in many formats.
///
/// Deterministic: the query for `(seed, index)` is always the same.
public struct QueryCorruptor: Sendable {
    /// Selects the random draws.
    public let seed: UInt64
    /// How often each error happens.
    public let rates: Rates
    /// "Today": places two-digit years in the dates it writes; without it no two-digit years are written.
    public let referenceDate: CalendarDate?

    /// Creates a corruptor.
    public init(seed: UInt64, rates: Rates = .evaluation, referenceDate: CalendarDate? = nil) {
        self.seed = seed
        self.rates = rates
        self.referenceDate = referenceDate
    }

    /// A query about `patient`.
    ///
    /// - Parameters:
    ///   - index: selects the random draws, so each query of a set differs.
    ///   - inRegistry: whether the patient is in the registry being searched; the label's
    ///     truth is `nil` when not.
    public func query(for patient: Patient, index: Int, inRegistry: Bool = true) -> LabelledQuery {
        query(for: Subject(patient: patient), index: index, inRegistry: inRegistry)
    }

    /// A query about the person behind a profile (names come already normalised).
    public func query(for profile: TraceProfile, index: Int, inRegistry: Bool = true) -> LabelledQuery {
        query(for: Subject(profile: profile), index: index, inRegistry: inRegistry)
    }

    func query(for subject: Subject, index: Int, inRegistry: Bool) -> LabelledQuery {
        var draft = Draft(
            subject: subject, rng: SeededRandomGenerator(seed: seed, index: index, stream: 0x7175_6572_79))
        draft.corruptNames(rates)
        draft.corruptDate(rates)
        draft.chooseLocation(rates)
        draft.chooseOthers(rates)
        let fields = draft.writtenFields(rates, referenceDate: referenceDate)
        let query =
            (try? TraceQuery(
                nhsNumber: fields.nhsNumber, givenNames: fields.given, familyName: fields.family,
                birthDate: fields.birthDate, gender: fields.gender, postcode: fields.postcode,
                addressLine1: fields.addressLine, gpPractice: fields.gpPractice, referenceDate: referenceDate))
            ?? draft.typedQuery()
        return LabelledQuery(
            query: query, truth: inRegistry ? subject.nhsNumber : nil, corruptions: draft.corruptions,
            subjectIsRestricted: subject.isRestricted)
    }
}
