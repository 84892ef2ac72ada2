/// The GP practice a patient is registered with, and since when.
public struct GPRegistration: Hashable, Sendable, Codable {
    public var practice: ODSCode
    public var registeredOn: CalendarDate?

    public init(practice: ODSCode, registeredOn: CalendarDate?) {
        self.practice = practice
        self.registeredOn = registeredOn
    }
}
