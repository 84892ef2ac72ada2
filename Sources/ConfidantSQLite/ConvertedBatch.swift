import ConfidantCore
import ConfidantStore

/// One batch of an import, ready for the writer: its table rows in NHS number order, as the
/// values the writer binds (``BoundRows``), and the patients they came from.
///
/// The rows are built in NHS number order, so the writer walks the B-trees in key order,
/// while the patients stay where the source put them: reordering them meant copying every
/// patient, a retain of each of its strings and arrays on the conversion thread and a
/// release of the originals, for values the writer reads only to merge a patient it already
/// holds. ``patient(at:)`` finds a row's patient through the sort's permutation instead.
struct ConvertedBatch: Sendable {
    /// The batch's patients, in the source's order.
    private let patients: [Patient]
    /// `order[i]` is the position in `patients` of the patient whose rows are `rows[i]`.
    private let order: [Int]
    /// The patients' rows, sorted by NHS number.
    let rows: BoundRows

    /// Sorts `batch` and converts each patient; runs on the conversion thread.
    init(_ batch: [Patient]) {
        // Sorted batches walk the B-trees in key order, so consecutive inserts touch the same pages.
        // A file exported from a registry is in NHS number order already.
        let (order, rows) = batch.withUnsafeBufferPointer { buffer in
            // Each patient is handed on as its pointer: iterating the array, `batch[i]` and a
            // pointer's subscript or `pointee` each copied the whole patient when passed to a
            // call, a retain and a release of each of its strings and arrays.
            guard let patients = buffer.baseAddress else { return ([Int](), BoundRows()) }
            let sorted = buffer.indices.dropFirst().allSatisfy { patients[$0 - 1].nhsNumber < patients[$0].nhsNumber }
            let order =
                sorted
                ? Array(buffer.indices) : buffer.indices.sorted { patients[$0].nhsNumber < patients[$1].nhsNumber }
            var rows = BoundRows(reservingCapacityFor: buffer.count)
            for position in order { rows.append(patientAt: patients + position) }
            return (order, rows)
        }
        patients = batch
        self.order = order
        self.rows = rows
    }

    /// The patient whose rows are `rows[position]`.
    func patient(at position: Int) -> Patient {
        patients[order[position]]
    }
}
