extension ReleasedRecord {
    /// A date released in full, or only its year when the category is coarsened.
    public enum PartialDate: Hashable, Sendable {
        /// The whole date.
        case date(CalendarDate)
        /// Only the year.
        case year(Int)

        /// `date`, or only its year when `yearOnly`.
        init(_ date: CalendarDate, yearOnly: Bool) {
            self = yearOnly ? .year(date.year) : .date(date)
        }
    }
}
