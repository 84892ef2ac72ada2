import ConfidantCore
import ConfidantStore
import ConfidantTrace

/// A batch of patients as the values the import's writer binds to the registry tables, with
/// their trace profiles and blocking keys.
///
/// Built on the thread that parsed the batch, so that the writer, the import's one
/// sequential stage, only hands SQLite pointers into ``bytes``: binding a `PatientRows`
/// meant reading every string of it on the writer's thread, a retain and a release of each
/// and a copy into the statement's memory (about a seventh of the writer's time, see
/// `docs/performance.md`). The values are those of ``ConfidantStore/PatientRows`` for the same
/// patient, column for column; a test checks that they agree.
struct BoundRows: Sendable {
    /// Every text and blob value of the batch.
    private(set) var bytes = BoundBytes()
    /// The patients' NHS numbers, in the batch's order.
    private(set) var numbers: [Int64] = []
    /// `patient`: ``SQLitePatientReader/mainColumns``, then `trace_profile`.
    private(set) var main = BoundTable(columns: 10)
    /// `patient_name`: ``SQLitePatientReader/nameColumns``.
    private(set) var names = BoundTable(columns: 7)
    /// `patient_address`: ``SQLitePatientReader/addressColumns``.
    private(set) var addresses = BoundTable(columns: 9)
    /// `patient_objection`: ``SQLitePatientReader/objectionColumns``.
    private(set) var objections = BoundTable(columns: 3)
    /// `service_usage`: ``SQLitePatientReader/usageColumns``.
    private(set) var usage = BoundTable(columns: 5)
    /// The patients' blocking keys, deduplicated, patient after patient.
    private var keys: [Int64] = []
    /// `firstKey[p]` is where patient `p`'s keys start in ``keys``; one more entry than patients.
    private var firstKey: [Int32] = [0]

    /// How many patients the batch holds.
    var count: Int { numbers.count }

    /// An empty batch with room for about `count` patients: growing its arrays as it fills
    /// copied each of them several times over.
    init(reservingCapacityFor count: Int = 0) {
        bytes.reserveCapacity(count * 320)
        numbers.reserveCapacity(count)
        main.reserveCapacity(rows: count, patients: count)
        names.reserveCapacity(rows: count + count / 4, patients: count)
        addresses.reserveCapacity(rows: count, patients: count)
        objections.reserveCapacity(rows: count / 16, patients: count)
        usage.reserveCapacity(rows: 0, patients: count)
        keys.reserveCapacity(count * 13)
        firstKey.reserveCapacity(count + 1)
    }

    /// A batch of one patient.
    init(_ patient: Patient) {
        self.init(reservingCapacityFor: 1)
        append(patient)
    }

    /// The blocking keys of the patient at `position`.
    func keys(of position: Int) -> ArraySlice<Int64> {
        keys[Int(firstKey[position])..<Int(firstKey[position + 1])]
    }

    /// Appends a patient's rows, profile and keys.
    mutating func append(_ patient: borrowing Patient) {
        withUnsafePointer(to: patient) { append(patientAt: $0) }
    }

    /// ``append(_:)`` for the patient at `patient`, read where it lies: handed over as a value
    /// from a batch's array, it was copied first, a retain and a release of every string and
    /// array in it (``ConvertedBatch`` reads its patients through their pointers).
    mutating func append(patientAt patient: UnsafePointer<Patient>) {
        let number = Int64(patient.pointee.nhsNumber.value)
        numbers.append(number)
        let profile = TraceProfile(patientAt: patient)
        appendMain(patient, number: number, profile: profile)
        patient.pointee.names.forEachInPlace { seq, name in
            names.append(.integer(number))
            names.append(.integer(Int64(seq)))
            names.append(bytes.text(name.pointee.use.rawValue))
            names.append(bytes.appending(.text) { Self.joinGiven(name.pointee.given, into: &$0) })
            names.append(bytes.text(name.pointee.family))
            names.append(bytes.date(name.pointee.period.start))
            names.append(bytes.date(name.pointee.period.end))
        }
        patient.pointee.addresses.forEachInPlace { seq, address in
            addresses.append(.integer(number))
            addresses.append(.integer(Int64(seq)))
            for line in 0..<4 {
                addresses.append(
                    bytes.text(line < address.pointee.lines.count ? address.pointee.lines[line] : nil))
            }
            addresses.append(bytes.text(address.pointee.postcode?.description))
            addresses.append(bytes.date(address.pointee.period.start))
            addresses.append(bytes.date(address.pointee.period.end))
        }
        patient.pointee.objections.forEachInPlace { _, objection in
            objections.append(.integer(number))
            objections.append(bytes.text(objection.pointee.kind.rawValue))
            objections.append(bytes.date(objection.pointee.recordedOn))
        }
        patient.pointee.serviceUsage.forEachInPlace { seq, event in
            usage.append(.integer(number))
            usage.append(.integer(Int64(seq)))
            usage.append(bytes.date(event.pointee.date))
            usage.append(bytes.text(event.pointee.site.value))
            usage.append(bytes.text(event.pointee.kind.rawValue))
        }
        main.endPatient()
        names.endPatient()
        addresses.endPatient()
        objections.endPatient()
        usage.endPatient()
        BlockingKeys.appendKeys(for: profile, to: &keys)
        firstKey.append(Int32(keys.count))
    }

    private mutating func appendMain(_ patient: UnsafePointer<Patient>, number: Int64, profile: TraceProfile) {
        main.append(.integer(number))
        main.append(bytes.date(patient.pointee.birthDate))
        main.append(bytes.text(patient.pointee.gender.rawValue))
        main.append(bytes.date(patient.pointee.deathDate))
        main.append(bytes.text(patient.pointee.gp?.practice.value))
        main.append(bytes.date(patient.pointee.gp?.registeredOn))
        main.append(bytes.text(patient.pointee.contact.phone))
        main.append(bytes.text(patient.pointee.contact.email))
        main.append(bytes.text(patient.pointee.securityLabel.rawValue))
        main.append(bytes.appending(.blob) { profile.encode(appendingTo: &$0) })
    }

    /// Given names joined by ``ConfidantStore/PatientRows/givenSeparator``, as `PatientRows` stores them.
    private static func joinGiven(_ given: [String], into bytes: inout [UInt8]) {
        let separator = PatientRows.givenSeparator.asciiValue!
        for (index, name) in given.enumerated() {
            if index > 0 { bytes.append(separator) }
            bytes.appendUTF8(name)
        }
    }
}
