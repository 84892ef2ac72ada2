import Foundation

extension CalendarDate {
    /// The UTC day that `date` falls on. Core never reads the clock; callers pass the time.
    public init(utcDayOf date: Date) {
        self.init(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
