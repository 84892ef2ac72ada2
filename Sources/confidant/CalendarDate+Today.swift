import ConfidantCore
import Foundation

extension CalendarDate {
    /// Today in UTC. Core never reads the clock; the executable does, here.
    static var today: CalendarDate {
        CalendarDate(utcDayOf: Date())
    }
}
