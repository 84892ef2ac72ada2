import ConfidantCore
import ConfidantSynthetic
import Foundation

/// One registry and a sample of it, generated once and shared by the suites.
enum Sample {
    static let referenceDate: CalendarDate = {
        do {
            return try CalendarDate(year: 2025, month: 6, day: 1)
        } catch {
            fatalError("2025-06-01 is a valid date")
        }
    }()
    static let registry = SyntheticRegistry(seed: 20_250_601, referenceDate: referenceDate)
    static let size = 100_000
    static let patients = registry.patients(in: 0..<size)

    /// Indices `2k` whose pair `(2k, 2k+1)` looks like twins: same birth date, surname and address.
    static let twinPairs: [Int] = stride(from: 0, to: size - 1, by: 2).filter {
        isTwinPair(patients[$0], patients[$0 + 1])
    }

    static func isTwinPair(_ a: Patient, _ b: Patient) -> Bool {
        a.birthDate == b.birthDate && a.usualName?.family == b.usualName?.family
            && a.currentAddress == b.currentAddress
    }

    /// The share of the sample for which `predicate` holds.
    static func share(where predicate: (Patient) -> Bool) -> Double {
        Double(patients.count(where: predicate)) / Double(patients.count)
    }
}
