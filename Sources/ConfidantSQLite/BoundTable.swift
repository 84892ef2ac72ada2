/// One table's rows in a batch, as ``BoundValue``s, row after row, with each patient's rows
/// together and the patients in the batch's order.
struct BoundTable: Sendable {
    /// Values a row.
    let columns: Int
    private(set) var values: [BoundValue] = []
    /// `firstRow[p]` is patient `p`'s first row; one more entry than patients.
    private var firstRow: [Int32] = [0]

    init(columns: Int) {
        self.columns = columns
    }

    /// Makes room for `rows` rows of `patients` patients.
    mutating func reserveCapacity(rows: Int, patients: Int) {
        values.reserveCapacity(rows * columns)
        firstRow.reserveCapacity(patients + 1)
    }

    /// Appends one value of the current patient's current row.
    mutating func append(_ value: BoundValue) {
        values.append(value)
    }

    /// Closes the current patient: the rows appended since the last call are theirs.
    mutating func endPatient() {
        precondition(values.count % columns == 0, "a row was left short of values")
        firstRow.append(Int32(values.count / columns))
    }

    /// The rows of the patient at `position` in the batch.
    func rows(of position: Int) -> Range<Int> {
        Int(firstRow[position])..<Int(firstRow[position + 1])
    }

    /// Row `row`'s values.
    func row(_ row: Int) -> ArraySlice<BoundValue> {
        values[row * columns..<(row + 1) * columns]
    }
}
