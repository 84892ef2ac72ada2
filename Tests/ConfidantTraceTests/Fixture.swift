import ConfidantCore
import ConfidantSynthetic
import Foundation

@testable import ConfidantTrace

/// A small synthetic registry, a model trained on it once, and hand-made patients for the rule tests.
enum Fixture {
    static let referenceDate = try! CalendarDate(year: 2025, month: 6, day: 1)
    static let registry = SyntheticRegistry(seed: 42, referenceDate: referenceDate)
    static let patients: [Patient] = registry.patients(in: 0..<3_000)
    static let profiles: [TraceProfile] = patients.map(TraceProfile.init(patient:))

    static let model: MatchModel = {
        var configuration = MatchTrainer.Configuration()
        configuration.uPairs = 40_000
        configuration.syntheticQueries = 1_500
        configuration.registrySize = 3_000
        return try! MatchTrainer(configuration: configuration)
            .train(profiles: profiles, trainedAt: Date(timeIntervalSince1970: 1_750_000_000))
    }()

    /// A valid NHS number outside the synthetic registry's 9xx/8xx ranges.
    static func nhsNumber(_ serial: Int) -> NHSNumber {
        var prefix = UInt64(100_000_000 + serial * 11)
        while true {
            if let number = NHSNumber.completing(prefix: prefix) { return number }
            prefix += 1
        }
    }

    static func date(_ text: String) -> CalendarDate { try! CalendarDate(iso: text) }

    /// A hand-made registry patient.
    static func patient(
        _ serial: Int, given: [String], family: String, born: String, gender: Gender = .male,
        postcode: String = "LS6 2AB", line: String = "12 Kirkstall Lane", previousFamily: String? = nil,
        oldPostcode: String? = nil, gp: String = "B86001", restricted: Bool = false, died: String? = nil
    ) -> Patient {
        var names: [PersonName] = []
        if let previousFamily {
            names.append(
                PersonName(
                    use: .previous, given: given, family: previousFamily, period: Period(end: date("2010-01-01"))))
        }
        names.append(PersonName(use: .usual, given: given, family: family))
        var addresses: [Address] = []
        if let oldPostcode {
            addresses.append(
                Address(
                    lines: ["3 Old Road", "Leeds"], postcode: try! Postcode(oldPostcode),
                    period: Period(start: date("2000-01-01"), end: date("2015-01-01"))))
        }
        addresses.append(
            Address(
                lines: [line, "Leeds"], postcode: try! Postcode(postcode), period: Period(start: date("2015-01-02"))))
        return Patient(
            nhsNumber: nhsNumber(serial), names: names, birthDate: date(born), gender: gender,
            deathDate: died.map(date), addresses: addresses,
            gp: GPRegistration(practice: try! ODSCode(practice: gp), registeredOn: nil),
            securityLabel: restricted ? .restricted : .unrestricted)
    }

    /// A tracer over the synthetic registry plus `extra` patients.
    static func tracer(with extra: [Patient]) -> Tracer {
        Tracer(model: model, source: InMemoryTraceIndex(profiles: profiles + extra.map(TraceProfile.init(patient:))))
    }
}
