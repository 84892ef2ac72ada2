import ConfidantCore
import ConfidantTrace

/// What a patient adds to the trace index: the profile stored in the patient row and
/// the blocking keys filed in `blocking_key`.
///
/// Computed with the rest of ``PatientRows``, on the import pipeline's conversion
/// thread, so the writer only binds bytes.
public struct TraceRows: Hashable, Sendable {
    /// ``ConfidantTrace/TraceProfile`` in its binary encoding.
    public var profile: [UInt8]
    /// ``ConfidantTrace/BlockingKeys/keys(for:)``, deduplicated.
    public var keys: [Int64]

    /// Derives the profile and keys of a patient.
    public init(_ patient: Patient) {
        let profile = TraceProfile(patient: patient)
        self.profile = profile.encoded()
        keys = BlockingKeys.keys(for: profile)
    }
}
