import ConfidantCore
import Foundation

extension CalendarDate {
    /// Today in UTC. Core never reads the clock; the executable does, here.
    static var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
