import ConfidantCore
import ConfidantStore

/// One batch of an import, ready for the writer: the patients in NHS number order and
/// their table rows, at the same positions.
///
/// Two arrays rather than an array of pairs, so the writer walks the rows in place: reading
/// a pair's rows through a lazy `map` copied the whole pair, patient included, on the
/// writer's thread.
struct ConvertedBatch: Sendable {
    /// The batch's patients, sorted by NHS number.
    let patients: [Patient]
    /// `PatientRows(patients[i])` at `i`.
    let rows: [PatientRows]

    /// Sorts `batch` and converts each patient; runs on the conversion thread.
    init(_ batch: [Patient]) {
        // Sorted batches walk the B-trees in key order, so consecutive inserts touch the same pages.
        // Sorting positions, not patients, saves moving large values about.
        let order = batch.indices.sorted { batch[$0].nhsNumber < batch[$1].nhsNumber }
        patients = order.map { batch[$0] }
        rows = patients.map(PatientRows.init)
    }
}
