/// Writes fact values back in the policy language's notation, for "why not"
/// explanations and test failures.
enum PolicyValueFormat {
    /// `value` (as held in the facts) written as a value of `type`.
    static func display(_ value: Int, as type: PolicyType) -> String {
        switch type {
        case .bool: value != 0 ? "true" : "false"
        case .int: String(value)
        case .decimal: decimal(value)
        case .date: CalendarDate(daysSinceEpoch: value).description
        case .text: String(value)
        case .code(let enumeration):
            enumeration.members.indices.contains(value) ? enumeration.members[value] : "?"
        case .codeSet(let enumeration):
            "["
                + enumeration.members.indices.filter { value & (1 << $0) != 0 }.map { enumeration.members[$0] }
                .joined(separator: ", ") + "]"
        }
    }

    /// Millionths written as a decimal with no trailing zeros: 950000 is `0.95`, 1000000 is `1.0`.
    static func decimal(_ millionths: Int) -> String {
        let sign = millionths < 0 ? "-" : ""
        let magnitude = millionths.magnitude
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(sign)\(magnitude / 1_000_000).\(fraction)"
    }
}
