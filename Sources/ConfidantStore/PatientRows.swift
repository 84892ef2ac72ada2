import ConfidantCore
import ConfidantTrace

/// A patient flattened into the rows of the registry tables, and back.
///
/// Both adapters store the same tables (see `docs/architecture.md`), so the mapping
/// between ``ConfidantCore/Patient`` and rows lives here once. Dates are ISO
/// `YYYY-MM-DD` text; given names are joined by ``givenSeparator``.
public struct PatientRows: Hashable, Sendable {
    /// Given names are stored in one column, joined by the ASCII unit separator,
    /// which never occurs in a validated name.
    public static let givenSeparator: Character = "\u{1F}"

    /// `patient`: one row a patient.
    public struct Main: Hashable, Sendable {
        public var nhsNumber: Int64
        public var birthDate: String
        public var gender: String
        public var deathDate: String?
        public var gpPractice: String?
        public var registeredOn: String?
        public var phone: String?
        public var email: String?
        public var securityLabel: String

        public init(
            nhsNumber: Int64, birthDate: String, gender: String, deathDate: String?, gpPractice: String?,
            registeredOn: String?, phone: String?, email: String?, securityLabel: String
        ) {
            self.nhsNumber = nhsNumber
            self.birthDate = birthDate
            self.gender = gender
            self.deathDate = deathDate
            self.gpPractice = gpPractice
            self.registeredOn = registeredOn
            self.phone = phone
            self.email = email
            self.securityLabel = securityLabel
        }
    }

    /// `patient_name`: one row a name, numbered from 0 in record order.
    public struct Name: Hashable, Sendable {
        public var seq: Int
        public var use: String
        public var given: String
        public var family: String
        public var periodStart: String?
        public var periodEnd: String?

        public init(seq: Int, use: String, given: String, family: String, periodStart: String?, periodEnd: String?) {
            self.seq = seq
            self.use = use
            self.given = given
            self.family = family
            self.periodStart = periodStart
            self.periodEnd = periodEnd
        }
    }

    /// `patient_address`: one row an address, numbered from 0 in record order.
    public struct AddressRow: Hashable, Sendable {
        public var seq: Int
        public var lines: [String?]  // exactly four
        public var postcode: String?
        public var periodStart: String?
        public var periodEnd: String?

        public init(seq: Int, lines: [String?], postcode: String?, periodStart: String?, periodEnd: String?) {
            self.seq = seq
            self.lines = lines
            self.postcode = postcode
            self.periodStart = periodStart
            self.periodEnd = periodEnd
        }
    }

    /// `patient_objection`.
    public struct ObjectionRow: Hashable, Sendable {
        public var kind: String
        public var recordedOn: String?

        public init(kind: String, recordedOn: String?) {
            self.kind = kind
            self.recordedOn = recordedOn
        }
    }

    /// `service_usage`: one row an event, numbered from 0.
    public struct UsageRow: Hashable, Sendable {
        public var seq: Int
        public var date: String
        public var site: String
        public var kind: String

        public init(seq: Int, date: String, site: String, kind: String) {
            self.seq = seq
            self.date = date
            self.site = site
            self.kind = kind
        }
    }

    public var main: Main
    public var names: [Name]
    public var addresses: [AddressRow]
    public var objections: [ObjectionRow]
    public var usage: [UsageRow]
    /// The trace profile and blocking keys; `nil` for rows read back from a store.
    public var trace: TraceRows?

    public init(
        main: Main, names: [Name], addresses: [AddressRow], objections: [ObjectionRow], usage: [UsageRow],
        trace: TraceRows? = nil
    ) {
        self.main = main
        self.names = names
        self.addresses = addresses
        self.objections = objections
        self.usage = usage
        self.trace = trace
    }

    /// Flattens a patient.
    public init(_ patient: Patient) {
        main = Main(
            nhsNumber: Int64(patient.nhsNumber.value),
            birthDate: patient.birthDate.description,
            gender: patient.gender.rawValue,
            deathDate: patient.deathDate?.description,
            gpPractice: patient.gp?.practice.value,
            registeredOn: patient.gp?.registeredOn?.description,
            phone: patient.contact.phone,
            email: patient.contact.email,
            securityLabel: patient.securityLabel.rawValue
        )
        names = patient.names.enumerated().map { seq, name in
            Name(
                seq: seq, use: name.use.rawValue,
                given: name.given.joined(separator: String(Self.givenSeparator)), family: name.family,
                periodStart: name.period.start?.description, periodEnd: name.period.end?.description
            )
        }
        addresses = patient.addresses.enumerated().map { seq, address in
            // One array of four, not a prefix, a padding and their concatenation.
            var lines: [String?] = []
            lines.reserveCapacity(4)
            for line in address.lines.prefix(4) { lines.append(line) }
            while lines.count < 4 { lines.append(nil) }
            return AddressRow(
                seq: seq, lines: lines,
                postcode: address.postcode?.description,
                periodStart: address.period.start?.description, periodEnd: address.period.end?.description
            )
        }
        objections = patient.objections.map {
            ObjectionRow(kind: $0.kind.rawValue, recordedOn: $0.recordedOn?.description)
        }
        usage = patient.serviceUsage.enumerated().map { seq, event in
            UsageRow(seq: seq, date: event.date.description, site: event.site.value, kind: event.kind.rawValue)
        }
        trace = TraceRows(patient)
    }

    /// Rebuilds the patient, checking every stored value.
    ///
    /// - Throws: ``StoreError/Code/corrupt`` if a stored value is not valid (the
    ///   schema's CHECK constraints make this a sign of tampering or a bug).
    public func patient() throws -> Patient {
        do {
            return Patient(
                nhsNumber: try NHSNumber(value: UInt64(main.nhsNumber)),
                names: try names.sorted { $0.seq < $1.seq }.map { row in
                    PersonName(
                        use: try Self.enumValue(PersonName.Use.self, row.use),
                        given: row.given.isEmpty
                            ? [] : row.given.split(separator: Self.givenSeparator).map(String.init),
                        family: row.family,
                        period: try Self.period(row.periodStart, row.periodEnd)
                    )
                },
                birthDate: try CalendarDate(iso: main.birthDate),
                gender: try Self.enumValue(Gender.self, main.gender),
                deathDate: try main.deathDate.map { try CalendarDate(iso: $0) },
                addresses: try addresses.sorted { $0.seq < $1.seq }.map { row in
                    Address(
                        lines: row.lines.compactMap { $0 },
                        postcode: try row.postcode.map { try Postcode($0) },
                        period: try Self.period(row.periodStart, row.periodEnd)
                    )
                },
                gp: try main.gpPractice.map {
                    GPRegistration(
                        practice: try ODSCode($0), registeredOn: try main.registeredOn.map { try CalendarDate(iso: $0) }
                    )
                },
                contact: ContactDetails(phone: main.phone, email: main.email),
                securityLabel: try Self.enumValue(SecurityLabel.self, main.securityLabel),
                objections: try objections.map {
                    Objection(
                        kind: try Self.enumValue(Objection.Kind.self, $0.kind),
                        recordedOn: try $0.recordedOn.map { try CalendarDate(iso: $0) }
                    )
                },
                serviceUsage: try usage.sorted { $0.seq < $1.seq }.map {
                    ServiceUsageEvent(
                        date: try CalendarDate(iso: $0.date), site: try ODSCode($0.site),
                        kind: try Self.enumValue(ServiceUsageEvent.Kind.self, $0.kind)
                    )
                }
            )
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.corrupt("a stored patient record does not decode", underlying: error)
        }
    }

    private static func period(_ start: String?, _ end: String?) throws -> Period {
        Period(start: try start.map { try CalendarDate(iso: $0) }, end: try end.map { try CalendarDate(iso: $0) })
    }

    private static func enumValue<T: RawRepresentable<String>>(_ type: T.Type, _ raw: String) throws -> T {
        guard let value = T(rawValue: raw) else {
            throw StoreError.corrupt("a stored \(T.self) code is not recognised")
        }
        return value
    }
}
