import ConfidantCore

/// A compact, pre-normalised view of a registry patient: everything tracing compares,
/// nothing it does not (no contact details, objections or clinical data).
///
/// Stores keep it as a BLOB beside the patient row (``encoded()`` / ``init(decoding:)``)
/// so that scoring a candidate never re-normalises names or re-parses postcodes.
public struct TraceProfile: Sendable, Hashable {
    public var nhsNumber: NHSNumber
    /// The PDS S-flag: never returned by a search that uses postcode, address or GP.
    public var isRestricted: Bool
    /// Whether a death date is recorded; deceased patients still trace, flagged.
    public var isDeceased: Bool
    public var gender: Gender
    public var birthDate: CalendarDate
    /// The registered GP practice's ODS code, upper case.
    public var gpPractice: String?
    /// The usual name first, then previous names (name history).
    var names: [ProfileName]
    /// The current address first, then previous ones, most recent first.
    var addresses: [ProfileAddress]

    /// Builds the profile of a registry patient.
    ///
    /// Normalises every name (current and previous) with their phonetic codes, packs the
    /// postcode of every address (the current one flagged), tokenises the street lines,
    /// and keeps birth date, gender, GP practice, the restriction flag and whether a death is recorded.
    public init(patient: borrowing Patient) {
        self = withUnsafePointer(to: patient) { TraceProfile(patientAt: $0) }
    }

    /// ``init(patient:)`` for the patient at `patient`, read where it lies.
    ///
    /// For an import, which holds its patients in arrays: handed over as a value from there,
    /// a patient was copied for the call first, a retain and a release of each of its strings
    /// and arrays.
    public init(patientAt patient: UnsafePointer<Patient>) {
        nhsNumber = patient.pointee.nhsNumber
        isRestricted = patient.pointee.securityLabel.isRestricted
        isDeceased = patient.pointee.deathDate != nil
        gender = patient.pointee.gender
        birthDate = patient.pointee.birthDate
        gpPractice = patient.pointee.gp?.practice.value
        // The usual name and the current address first, then the others, most recent first,
        // each read in place (``Swift/Array/forEachInPlace(first:thenReversed:)``): the old
        // `usualName`, `currentAddress` and loops over the arrays copied each element, a fifth
        // of a profile's cost in an import.
        var names: [ProfileName] = []
        names.reserveCapacity(patient.pointee.names.count)
        patient.pointee.names.forEachInPlace(first: Patient.usualNameIndex(in: patient.pointee.names)) {
            name, isUsual in
            let profileName = ProfileName(given: name.pointee.given, family: name.pointee.family, isUsual: isUsual)
            let seen = names.contains { $0.family.text == profileName.family.text && $0.given == profileName.given }
            if !seen { names.append(profileName) }
        }
        self.names = names
        var addresses: [ProfileAddress] = []
        addresses.reserveCapacity(patient.pointee.addresses.count)
        patient.pointee.addresses.forEachInPlace(first: Patient.currentAddressIndex(in: patient.pointee.addresses)) {
            address, isCurrent in
            addresses.append(
                ProfileAddress(lines: address.pointee.lines, postcode: address.pointee.postcode, isCurrent: isCurrent))
        }
        self.addresses = addresses
    }

    init(
        nhsNumber: NHSNumber, isRestricted: Bool, isDeceased: Bool, gender: Gender, birthDate: CalendarDate,
        gpPractice: String?, names: [ProfileName], addresses: [ProfileAddress]
    ) {
        self.nhsNumber = nhsNumber
        self.isRestricted = isRestricted
        self.isDeceased = isDeceased
        self.gender = gender
        self.birthDate = birthDate
        self.gpPractice = gpPractice
        self.names = names
        self.addresses = addresses
    }

    /// The usual name (the first one), if the patient has any name.
    var usualName: ProfileName? { names.first }
    /// The current address (the first one), if there is one.
    var currentAddress: ProfileAddress? { addresses.first { $0.isCurrent } }
}
