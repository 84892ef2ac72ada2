import ConfidantCore
import ConfidantSynthetic
import Synchronization

/// Synthetic values for tests. Every value is made up; none is a real person.
public enum Fixtures {
    /// The shared synthetic registry (seed 42), the same generator `confidant seed` uses.
    public static let registry = SyntheticRegistry(seed: 42, referenceDate: date("2026-01-01"))

    /// A date from a literal known to be valid.
    public static func date(_ text: String) -> CalendarDate {
        guard let date = try? CalendarDate(iso: text) else { preconditionFailure("bad fixture date") }
        return date
    }

    /// An NHS number from a literal known to be valid.
    public static func nhsNumber(_ text: String) -> NHSNumber {
        guard let number = try? NHSNumber(text) else { preconditionFailure("bad fixture NHS number") }
        return number
    }

    /// A postcode from a literal known to be valid.
    public static func postcode(_ text: String) -> Postcode {
        guard let postcode = try? Postcode(text) else { preconditionFailure("bad fixture postcode") }
        return postcode
    }

    /// A GP practice code from a literal known to be valid.
    public static func practice(_ text: String) -> ODSCode {
        guard let code = try? ODSCode(practice: text) else { preconditionFailure("bad fixture practice") }
        return code
    }

    /// A site ODS code from a literal known to be valid.
    public static func site(_ text: String) -> ODSCode {
        guard let code = try? ODSCode(text) else { preconditionFailure("bad fixture ODS code") }
        return code
    }

    /// A small hand-made patient: Amelia Smith, born 1990-04-12, in Leeds.
    public static func patient(nhsNumber text: String = "9990000018") -> Patient {
        Patient(
            nhsNumber: nhsNumber(text),
            names: [
                PersonName(
                    use: .usual, given: ["Amelia", "Rose"], family: "Smith", period: Period(start: date("1990-04-12")))
            ],
            birthDate: date("1990-04-12"),
            gender: .female,
            addresses: [
                Address(
                    lines: ["14 Park Row", "Leeds"], postcode: postcode("LS1 5HD"),
                    period: Period(start: date("2015-09-01")))
            ],
            gp: GPRegistration(practice: practice("B86024"), registeredOn: date("2015-09-14")),
            contact: ContactDetails(phone: "0113 496 0000", email: "amelia@example.org"),
            securityLabel: .unrestricted,
            serviceUsage: [ServiceUsageEvent(date: date("2025-11-03"), site: site("RR801"), kind: .emergency)]
        )
    }

    /// The error a ``FailingPatientSource`` throws.
    public struct SourceProblem: Error, Equatable, Sendable, CustomStringConvertible {
        public init() {}
        public var description: String { "line 7, column birth_date: no such day on the calendar" }
    }
}

/// Collects exported batches from a `@Sendable` callback.
final class Collected: Sendable {
    private let storage = Mutex<[Patient]>([])
    func append(_ batch: [Patient]) { storage.withLock { $0 += batch } }
    var patients: [Patient] { storage.withLock { $0 } }
}
