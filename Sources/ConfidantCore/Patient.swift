/// A patient's demographic record as the registry (PDS) holds it, with history.
///
/// Clinical entries are deliberately not part of this type: they live apart as
/// ``ClinicalEntry`` values in the ``FieldCategory/clinical`` category.
public struct Patient: Hashable, Sendable, Codable {
    public var nhsNumber: NHSNumber
    /// Every name, current and previous, in the order they were recorded.
    public var names: [PersonName]
    public var birthDate: CalendarDate
    public var gender: Gender
    public var deathDate: CalendarDate?
    /// Every address, the current one (open period) last.
    public var addresses: [Address]
    public var gp: GPRegistration?
    public var contact: ContactDetails
    public var securityLabel: SecurityLabel
    public var objections: [Objection]
    public var serviceUsage: [ServiceUsageEvent]

    public init(
        nhsNumber: NHSNumber,
        names: [PersonName],
        birthDate: CalendarDate,
        gender: Gender,
        deathDate: CalendarDate? = nil,
        addresses: [Address] = [],
        gp: GPRegistration? = nil,
        contact: ContactDetails = ContactDetails(),
        securityLabel: SecurityLabel = .unrestricted,
        objections: [Objection] = [],
        serviceUsage: [ServiceUsageEvent] = []
    ) {
        self.nhsNumber = nhsNumber
        self.names = names
        self.birthDate = birthDate
        self.gender = gender
        self.deathDate = deathDate
        self.addresses = addresses
        self.gp = gp
        self.contact = contact
        self.securityLabel = securityLabel
        self.objections = objections
        self.serviceUsage = serviceUsage
    }

    /// The current usual name: the open `usual` name, else the last `usual` one.
    public var usualName: PersonName? { usualNameIndex.map { names[$0] } }

    /// Where ``usualName`` is in ``names``, for code that reads it in place rather than copy it.
    public var usualNameIndex: Int? { Self.usualNameIndex(in: names) }

    /// ``usualNameIndex`` of a patient's names, for code that reads a patient through a
    /// pointer: calling the property on `pointee` copied the whole patient first.
    public static func usualNameIndex(in names: [PersonName]) -> Int? {
        // Through the base pointer, whose subscript reads a name in place: `lastIndex(where:)`
        // copied each name it looked at.
        names.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return nil }
            var lastUsual: Int?
            for index in all.indices.reversed() where base[index].use == .usual {
                if base[index].period.isCurrent { return index }
                if lastUsual == nil { lastUsual = index }
            }
            return lastUsual
        }
    }

    /// Names no longer in use, oldest first.
    public var previousNames: [PersonName] { names.filter { $0.use == .previous } }

    /// The address with an open period, if any.
    public var currentAddress: Address? { currentAddressIndex.map { addresses[$0] } }

    /// Where ``currentAddress`` is in ``addresses``.
    public var currentAddressIndex: Int? { Self.currentAddressIndex(in: addresses) }

    /// ``currentAddressIndex`` of a patient's addresses, for code that reads a patient through
    /// a pointer, as ``usualNameIndex(in:)``.
    public static func currentAddressIndex(in addresses: [Address]) -> Int? {
        // Read in place, as ``usualNameIndex(in:)`` reads names: `lastIndex(where:)` copied each address.
        addresses.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return nil }
            return all.indices.reversed().first { base[$0].period.isCurrent }
        }
    }

    /// Whether the patient has a recorded objection of this kind.
    public func hasObjection(_ kind: Objection.Kind) -> Bool { objections.contains { $0.kind == kind } }

    /// Checks the record's internal consistency.
    ///
    /// - Returns: the problems found, empty when the record is valid. Messages name the field, never its value.
    public func validationProblems() -> [CoreError] {
        var problems: [CoreError] = []
        // Every imported record is checked, so names and addresses are read in place
        // (``Swift/Array/forEachInPlace(_:)``): `contains(where:)` and `filter` copied each one.
        if usualNameIndex == nil {
            problems.append(.invalidField("names", "a patient needs a usual name"))
        }
        var emptyFamily = false
        names.forEachInPlace { _, name in emptyFamily = emptyFamily || name.pointee.family.isEmpty }
        if emptyFamily {
            problems.append(.invalidField("family_name", "a family name cannot be empty"))
        }
        if let deathDate, deathDate < birthDate {
            problems.append(.invalidField("death_date", "the death date is before the birth date"))
        }
        var current = 0
        addresses.forEachInPlace { _, address in current += address.pointee.period.isCurrent ? 1 : 0 }
        if current > 1 {
            problems.append(.invalidField("addresses", "only one address can be current"))
        }
        return problems
    }
}
