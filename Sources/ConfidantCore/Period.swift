/// The dates during which a name, address or registration applied. Either end may be open.
public struct Period: Hashable, Sendable, Codable {
    /// First day it applied, if known.
    public var start: CalendarDate?
    /// Last day it applied; `nil` while it is current.
    public var end: CalendarDate?

    public init(start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether the period is still open (has no end).
    public var isCurrent: Bool { end == nil }
}
