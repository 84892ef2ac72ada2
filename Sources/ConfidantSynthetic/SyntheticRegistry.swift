import ConfidantCore

/// A deterministic synthetic patient registry (a stand-in for PDS) for seeding stores,
/// tests and benchmarks.
///
/// Every record is a pure function of `(seed, referenceDate, index)`: any slice can be
/// generated on its own, in any order, on any number of cores, and gives the same patients
/// every time. The data is built so that record matching is hard for the right reasons:
/// popular first names cluster by generation, surnames follow their real frequencies (many
/// John Smiths), people move and change their names, and twins share a surname, birth date,
/// address and GP. NHS numbers come from prefixes the NHS never issues (`9xx`, then `8xx`).
///
/// ```swift
/// let registry = SyntheticRegistry(seed: 42, referenceDate: try CalendarDate(year: 2025, month: 6, day: 1))
/// let patients = registry.patients(in: 0..<10_000)
/// ```
public struct SyntheticRegistry: Sendable {
    /// How many distinct patients the registry can generate: indices `0..<capacity` have
    /// distinct NHS numbers (`9xx` numbers for the first 90 million, `8xx` after).
    public static let capacity = NHSNumberAllocator.capacity

    let seed: UInt64
    let referenceDay: Int
    let ages: AgePyramid
    let allocator: NHSNumberAllocator

    /// The youngest registered patient: babies are registered a couple of weeks after birth.
    static let minimumAgeDays = 14
    /// 1930-01-01, the earliest birth date (40 years and 10 leap days before the epoch).
    static let firstBirthDay = -14_610

    /// Creates the registry for one seed.
    ///
    /// - Parameters:
    ///   - seed: selects the registry; different seeds give unrelated registries.
    ///   - referenceDate: "today" for the data set: nobody is born, moves, registers or dies after it,
    ///     and service usage covers the five years before it.
    public init(seed: UInt64, referenceDate: CalendarDate) {
        self.seed = seed
        referenceDay = referenceDate.daysSinceEpoch
        // Births run from 1930; a reference date before about 1931 gets a century of births instead.
        let spansAYear = referenceDay - Self.firstBirthDay >= 366 + Self.minimumAgeDays
        let oldest = spansAYear ? referenceDay - Self.firstBirthDay : 36_525
        ages = AgePyramid(minimumDays: Self.minimumAgeDays, maximumDays: oldest)
        allocator = NHSNumberAllocator(seed: seed)
    }

    /// The patient at `index`.
    ///
    /// Deterministic: the same (seed, index) always gives the same patient; different indices
    /// give different NHS numbers.
    ///
    /// - Parameter index: a position in `0..<SyntheticRegistry.capacity`.
    /// - Returns: a patient whose `validationProblems()` is empty.
    public func patient(at index: Int) -> Patient {
        let household = household(for: index)
        let person = person(at: index, in: household)
        return Patient(
            nhsNumber: allocator.number(for: index),
            names: person.names,
            birthDate: CalendarDate(daysSinceEpoch: household.birthDay),
            gender: person.gender,
            deathDate: person.deathDay.map(CalendarDate.init(daysSinceEpoch:)),
            addresses: household.addresses,
            gp: GPRegistration(
                practice: household.practice,
                registeredOn: CalendarDate(daysSinceEpoch: household.registeredDay)
            ),
            contact: contactDetails(at: index, for: person, in: household),
            securityLabel: household.isRestricted ? .restricted : .unrestricted,
            objections: person.objections,
            serviceUsage: serviceUsage(at: index, for: person, in: household)
        )
    }

    /// The patients at the indices in `range`, in order.
    ///
    /// - Parameter range: indices within `0..<SyntheticRegistry.capacity`.
    public func patients(in range: Range<Int>) -> [Patient] {
        var result: [Patient] = []
        result.reserveCapacity(range.count)
        for index in range {
            result.append(patient(at: index))
        }
        return result
    }

    /// A few clinical entries for some patients (about 5%), deterministic, empty for most.
    ///
    /// Kept apart from ``patient(at:)`` because clinical data lives in its own category
    /// that Confidant never releases.
    ///
    /// - Parameter index: a position in `0..<SyntheticRegistry.capacity`.
    /// - Returns: the entries for the patient at `index`, oldest first.
    public func clinicalEntries(at index: Int) -> [ClinicalEntry] {
        var rng = SeededRandomGenerator(seed: seed, index: index, stream: .clinical)
        guard rng.chance(Rates.clinicalRecord) else { return [] }
        return clinicalEntries(for: patient(at: index), using: &rng)
    }
}
