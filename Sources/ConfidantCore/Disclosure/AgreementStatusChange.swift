/// One entry in an agreement's status history: from `on`, the agreement has `status`.
public struct AgreementStatusChange: Hashable, Sendable, Codable {
    /// The status from this day on.
    public var status: AgreementStatus
    /// The first day the status applies (changes take effect that day).
    public var on: CalendarDate
    /// Why, in words the public may read ("MoU withdrawn by the Home Office").
    public var reason: String

    /// Creates a status change.
    public init(status: AgreementStatus, on: CalendarDate, reason: String) {
        self.status = status
        self.on = on
        self.reason = reason
    }

    /// Reads and checks one entry of `status_history`.
    static func read(_ reader: inout JSONObjectReader) -> AgreementStatusChange? {
        let status = reader.code(
            AgreementStatus.self, "status", kind: "an agreement status", required: "each change names its status")
        let on = reader.date("on", required: "each change says from which day it applies")
        let reason = reader.string("reason")
        guard let status, let on else { return nil }
        if status != .active, reason == nil {
            reader.report(.missing(reader.path("reason"), "a suspension or withdrawal states its reason"))
            return nil
        }
        return AgreementStatusChange(status: status, on: on, reason: reason ?? "")
    }
}
